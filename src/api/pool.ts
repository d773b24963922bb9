/**
 * Linting files on worker threads. Each worker loads the configuration once
 * and takes the next file as soon as it is free, so long and short postings
 * balance out; results are put back in the order of the files, so the
 * output is the same as a single thread's.
 */
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { PACKAGE_ROOT } from '../version.js'
import type { LintResult } from '../types.js'
import type { LoadConfigOptions } from '../config/config-set.js'
import { FileError, UsageError, ConfigError } from '../config/errors.js'
import type { FileAnswer, FileTask } from './lint.js'

export type Concurrency = number | 'auto' | 'off'

/** Below this many files per thread, starting threads costs more than it saves. */
const FILES_PER_THREAD = 24

/** How many threads to use for `count` files. */
export function threadsFor(concurrency: Concurrency | undefined, count: number): number {
  if (concurrency === undefined || concurrency === 'off') return 1
  const cores = availableParallelism()
  if (concurrency === 'auto') return Math.max(1, Math.min(cores, Math.floor(count / FILES_PER_THREAD)))
  return Math.max(1, Math.min(concurrency, count))
}

/** Whether a configuration can be rebuilt in another thread (plugins given as objects, or fix filters as functions, cannot). */
export function transferable(recipe: LoadConfigOptions | undefined): recipe is LoadConfigOptions {
  if (!recipe) return false
  try {
    structuredClone(recipe)
    return true
  } catch {
    return false
  }
}

function rethrow(error: { name: string; message: string }): never {
  if (error.name === 'FileError') throw new FileError(error.message)
  if (error.name === 'UsageError') throw new UsageError(error.message)
  if (error.name === 'ConfigError') throw new ConfigError(error.message)
  throw new Error(error.message)
}

/** The worker's module: the bundled one beside the bundled command, else the one next to this module. */
function workerUrl(): URL {
  if (import.meta.url.includes('/dist/cli/')) return pathToFileURL(path.join(PACKAGE_ROOT, 'dist', 'cli', 'worker.js'))
  return new URL('./worker.js', import.meta.url)
}

/** Lint `tasks` on `threads` workers; answers come back in task order. */
export async function lintOnThreads(recipe: LoadConfigOptions, tasks: readonly FileTask[], threads: number): Promise<FileAnswer[]> {
  const answers: FileAnswer[] = new Array(tasks.length)
  const workers = Array.from({ length: threads }, () => new Worker(workerUrl(), { workerData: recipe }))
  let next = 0
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inHand = 0
            const give = (): void => {
              if (next >= tasks.length) {
                if (inHand === 0) resolve()
                return
              }
              inHand++
              worker.postMessage(tasks[next++])
            }
            worker.on('message', (answer: FileAnswer) => {
              answers[answer.index] = answer
              inHand--
              give()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => {
              if (next < tasks.length || code !== 0) reject(new Error(`A lint worker stopped (exit code ${code})`))
            })
            // Two files in hand: the worker reads the next while it lints one.
            give()
            give()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  for (const answer of answers) if (answer.error) rethrow(answer.error)
  return answers
}

export type { LintResult }
