/**
 * Node's built-in modules that only some runs need, loaded when first asked
 * for. Loading them is not free: node:crypto cost a one-posting run about
 * 4 ms of its start, child_process about 2 ms and worker_threads about
 * 1.5 ms, before anything asked for them. They are loaded by require, as the
 * command's script bundle cannot import (see src/import-module.ts); require
 * keeps each once loaded.
 */
import { createRequire } from 'node:module'

const requireBuiltin = createRequire(import.meta.url)

/** node:child_process: for runs that start git (`--changed`) or node again (runs on threads). */
export function childProcess(): typeof import('node:child_process') {
  return requireBuiltin('node:child_process') as typeof import('node:child_process')
}

/** node:worker_threads: for runs on threads. */
export function workerThreads(): typeof import('node:worker_threads') {
  return requireBuiltin('node:worker_threads') as typeof import('node:worker_threads')
}

/** node:crypto's hashes: for caches, baselines, the GitLab report. */
export function createHash(algorithm: string): import('node:crypto').Hash {
  return (requireBuiltin('node:crypto') as typeof import('node:crypto')).createHash(algorithm)
}

/** node:crypto's random bytes: for atomic writes' temporary names. */
export function randomBytes(size: number): Buffer {
  return (requireBuiltin('node:crypto') as typeof import('node:crypto')).randomBytes(size)
}
