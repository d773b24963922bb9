/**
 * A lint worker thread: loads the configuration once from the main thread's
 * recipe, then lints the files it is sent, one at a time, and answers with
 * each file's result (and the errors rules threw, as plain data).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { loadConfig, type LoadConfigOptions } from '../config/config-set.js'
import { failedAnswer, lintFile, type FileTask } from './lint.js'

const port = parentPort
if (!port) throw new Error('This module runs as a worker thread')

const recipe = workerData as LoadConfigOptions
const ready = loadConfig(recipe)

port.on('message', (task: FileTask) => {
  ready
    .then((config) => lintFile(config, task))
    .then(
      (answer) => port.postMessage(answer),
      (error: unknown) => port.postMessage(failedAnswer(task.index, error)),
    )
})
