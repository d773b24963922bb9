/**
 * Linting files on threads: the calling thread and worker threads beside it.
 * Each worker loads the configuration once and takes the next file as soon
 * as it is free, so long and short postings balance out; the calling thread
 * takes files from the same queue between its turns at the workers'
 * answers. Results are put back in the order of the files, so the output is
 * the same as a single thread's.
 */
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Worker } from 'node:worker_threads'
import { PACKAGE_ROOT } from '../version.js'
import { workerThreads } from '../builtins.js'
import type { LintResult } from '../types.js'
import type { LoadConfigOptions } from '../config/config-set.js'
import { FileError, UsageError, ConfigError } from '../config/errors.js'
import { failedAnswer, type FileAnswer, type FileTask } from './lint.js'

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

/** Lints one task on the calling thread. */
export type LocalLint = (task: FileTask) => Promise<FileAnswer>

/**
 * Lint `tasks` on `threads` threads: with `local`, the calling thread is one
 * of them and `threads - 1` workers are started, else `threads` workers.
 * Answers come back in task order; the first error in that order is thrown
 * once every file is done.
 *
 * A worker keeps files in hand so that it does not wait for the calling
 * thread, which reads the workers' answers only between its own files.
 */
export async function lintOnThreads(recipe: LoadConfigOptions, tasks: readonly FileTask[], threads: number, local?: LocalLint): Promise<FileAnswer[]> {
  // Tasks are numbered by their place among all the files named (ignored and cached ones have no task).
  const position = new Map(tasks.map((task, i) => [task.index, i]))
  const answers: FileAnswer[] = new Array(tasks.length)
  const thrown = new Map<number, unknown>()
  const put = (answer: FileAnswer): void => {
    answers[position.get(answer.index)!] = answer
  }
  const { Worker } = workerThreads()
  const workers = Array.from({ length: local ? threads - 1 : threads }, () => new Worker(workerUrl(), { workerData: recipe }))
  // Two files in hand: the worker reads the next while it lints one; four when the calling thread lints too.
  const inHand = local ? 4 : 2
  let next = 0
  const onWorker = (worker: Worker): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      let held = 0
      const give = (): void => {
        if (next >= tasks.length) {
          if (held === 0) resolve()
          return
        }
        held++
        worker.postMessage(tasks[next++])
      }
      worker.on('message', (answer: FileAnswer) => {
        put(answer)
        held--
        give()
      })
      worker.on('error', reject)
      worker.on('exit', (code) => {
        if (next < tasks.length || code !== 0) reject(new Error(`A lint worker stopped (exit code ${code})`))
      })
      for (let i = 0; i < inHand; i++) give()
    })
  const onThisThread = async (lint: LocalLint): Promise<void> => {
    while (next < tasks.length) {
      const task = tasks[next++]!
      try {
        put(await lint(task))
      } catch (error) {
        thrown.set(task.index, error)
        put(failedAnswer(task.index, error))
      }
      // The workers' answers wait for this turn: each gets its next file.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  // The workers get their first files before this thread lints one (which holds the thread until it is done).
  const working = workers.map(onWorker)
  const here = local ? onThisThread(local) : Promise.resolve()
  try {
    await Promise.all([...working, here])
  } finally {
    // A worker that failed stops the run: this thread takes no further file and finishes the one it has.
    next = tasks.length
    await here.catch(() => undefined)
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  for (const answer of answers) {
    if (!answer.error) continue
    if (thrown.has(answer.index)) throw thrown.get(answer.index)
    rethrow(answer.error)
  }
  return answers
}

export type { LintResult }
