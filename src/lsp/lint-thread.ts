/**
 * A lint thread seen from the main thread: jobs go in one at a time, in
 * the order given, and each job's text is read only when its turn comes, so
 * a document edited while it waited is linted as it is then. A thread that
 * dies (out of memory on a huge document, say) fails its jobs and is started
 * again for the next one; `cancel()` stops it at once.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { PACKAGE_ROOT } from '../version.js'
import type { LintAnswer, LintJob, StatsAnswer } from './protocol.js'

/** A job stopped by {@link LintThread.cancel}. */
export class CancelledError extends Error {
  override name = 'CancelledError'
}

/** The thread stopped while it had the job (it ran out of memory, or crashed). */
export class ThreadError extends Error {
  override name = 'ThreadError'
}

interface Pending {
  /** Builds the job when its turn comes; null when there is nothing to do any more. */
  make: (id: number) => LintJob | null
  resolve: (answer: LintAnswer | null) => void
  reject: (error: Error) => void
}

/** The thread's module: the bundled one beside the bundled command, else the one next to this module. */
function workerUrl(): URL {
  if (import.meta.url.includes('/dist/cli/')) return pathToFileURL(path.join(PACKAGE_ROOT, 'dist', 'cli', 'lsp-worker.js'))
  return new URL('./worker.js', import.meta.url)
}

export class LintThread {
  #worker: Worker | null = null
  readonly #queue: Pending[] = []
  #current: (Pending & { id: number }) | null = null
  #nextId = 1
  readonly #stats = new Map<number, (answer: StatsAnswer) => void>()
  readonly #onLog: (text: string) => void

  constructor(onLog: (text: string) => void) {
    this.#onLog = onLog
  }

  /** Whether a job is running or waiting. */
  get busy(): boolean {
    return this.#current !== null || this.#queue.length > 0
  }

  /** Run the job `make` builds when its turn comes; resolves null when `make` gives nothing. */
  run(make: (id: number) => LintJob | null): Promise<LintAnswer | null> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ make, resolve, reject })
      this.#next()
    })
  }

  /** The thread's heap in use (after a collection, when the process allows one), or null when no thread runs. */
  heapUsed(): Promise<number | null> {
    const worker = this.#worker
    if (!worker) return Promise.resolve(null)
    const id = this.#nextId++
    return new Promise((resolve) => {
      this.#stats.set(id, (answer) => resolve(answer.heapUsed))
      worker.postMessage({ id, kind: 'stats' })
    })
  }

  /** Stop the thread: the running and waiting jobs fail with {@link CancelledError}. */
  async cancel(): Promise<void> {
    const worker = this.#worker
    this.#worker = null
    const failed = [...(this.#current ? [this.#current] : []), ...this.#queue.splice(0)]
    this.#current = null
    for (const pending of failed) pending.reject(new CancelledError('The lint was cancelled'))
    this.#dropStats()
    if (worker) await worker.terminate()
  }

  #dropStats(): void {
    for (const resolve of this.#stats.values()) resolve({ id: 0, heapUsed: 0 })
    this.#stats.clear()
  }

  #start(): Worker {
    const worker = new Worker(workerUrl())
    worker.on('message', (answer: LintAnswer | StatsAnswer) => {
      const stats = this.#stats.get(answer.id)
      if (stats) {
        this.#stats.delete(answer.id)
        stats(answer as StatsAnswer)
        return
      }
      const current = this.#current
      if (!current || current.id !== answer.id) return
      this.#current = null
      current.resolve(answer as LintAnswer)
      this.#next()
    })
    worker.on('error', (error) => this.#died(worker, error))
    worker.on('exit', (code) => this.#died(worker, new Error(`exit code ${code}`)))
    // An idle thread does not keep the process alive.
    worker.unref()
    return worker
  }

  #died(worker: Worker, error: Error): void {
    if (this.#worker !== worker) return
    this.#worker = null
    this.#dropStats()
    const current = this.#current
    this.#current = null
    const reason = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'it ran out of memory' : error.message
    this.#onLog(`The lint thread stopped: ${reason}`)
    current?.reject(new ThreadError(`The lint thread stopped: ${reason}`))
    this.#next()
  }

  #next(): void {
    while (!this.#current && this.#queue.length > 0) {
      const pending = this.#queue.shift()!
      const id = this.#nextId++
      let job: LintJob | null
      try {
        job = pending.make(id)
      } catch (error) {
        pending.reject(error as Error)
        continue
      }
      if (!job) {
        pending.resolve(null)
        continue
      }
      this.#worker ??= this.#start()
      this.#current = { ...pending, id }
      this.#worker.postMessage(job)
    }
  }
}
