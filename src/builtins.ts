/**
 * node:crypto, loaded when first used. Only caches, baselines, the GitLab
 * report and atomic writes need it, and loading it cost a one-posting run
 * about 4 ms of its start, before any of them was asked for.
 */
import { createRequire } from 'node:module'

type Crypto = typeof import('node:crypto')

let crypto: Crypto | undefined

function nodeCrypto(): Crypto {
  return (crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto)
}

export function createHash(algorithm: string): import('node:crypto').Hash {
  return nodeCrypto().createHash(algorithm)
}

export function randomBytes(size: number): Buffer {
  return nodeCrypto().randomBytes(size)
}
