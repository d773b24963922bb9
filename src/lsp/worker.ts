/**
 * The language server's lint thread: it loads each configuration it is
 * asked for (and keeps the last good one when a changed file breaks it),
 * then lints or fixes the text it is sent with the Node API, one job at a
 * time, and answers with plain data.
 */
import v8 from 'node:v8'
import { parentPort } from 'node:worker_threads'
import { ConfigSet, loadConfig } from '../config/config-set.js'
import { ConfigError } from '../config/errors.js'
import { createIgnoreTest } from '../api/files.js'
import { linterFor } from '../api/lint.js'
import type { VerifyOutput } from '../linter/linter.js'
import type { ConfigProblem, ConfigSpec, LintAnswer, LintJob, RuleInfo, StatsAnswer, StatsRequest } from './protocol.js'

const port = parentPort
if (!port) throw new Error('This module runs as a worker thread')

interface LoadedConfig {
  generation: number
  /** The options and ignore folder it was loaded with, as JSON. */
  recipe: string
  /** The last configuration that loaded, if any did. */
  config: ConfigSet | null
  isIgnored: (file: string) => boolean
  /** Why the configuration of `generation` did not load. */
  error: ConfigProblem | null
}

const configs = new Map<string, LoadedConfig>()

function describe(error: unknown): ConfigProblem {
  if (error instanceof ConfigError) return { message: error.message, file: error.file }
  return { message: error instanceof Error ? error.message : String(error), file: null }
}

/** The configuration for `spec`, loaded again when its generation is newer than the one kept or its options differ. */
async function configFor(spec: ConfigSpec): Promise<LoadedConfig> {
  const kept = configs.get(spec.key)
  const recipe = JSON.stringify([spec.options, spec.ignoreRoot])
  if (kept && kept.generation >= spec.generation && kept.recipe === recipe) return kept
  let loaded: LoadedConfig
  try {
    const config = await loadConfig(spec.options)
    const isIgnored = await createIgnoreTest({ cwd: spec.ignoreRoot, config })
    loaded = { generation: spec.generation, recipe, config, isIgnored, error: null }
  } catch (error) {
    loaded = { generation: spec.generation, recipe, config: kept?.config ?? null, isIgnored: kept?.isIgnored ?? (() => false), error: describe(error) }
  }
  configs.set(spec.key, loaded)
  return loaded
}

function rulesInfo(config: ConfigSet, ruleIds: Iterable<string>): Record<string, RuleInfo> {
  const info: Record<string, RuleInfo> = {}
  for (const ruleId of ruleIds) {
    const docs = config.rules.get(ruleId)?.meta.docs
    if (!docs) continue
    info[ruleId] = { description: docs.description, ...(docs.url ? { url: docs.url } : {}), ...(docs.category ? { category: docs.category } : {}) }
  }
  return info
}

async function run(job: LintJob): Promise<LintAnswer> {
  const loaded = await configFor(job.config)
  const answer: LintAnswer = { id: job.id, ...(loaded.error ? { configError: loaded.error } : {}) }
  const config = loaded.config
  if (!config) return answer
  answer.configFile = config.configFile
  if (job.checkIgnored && loaded.isIgnored(job.filePath)) return { ...answer, ignored: true, messages: [] }
  const linter = linterFor(config)
  const fileConfig = config.forFile(job.filePath)
  let verified: VerifyOutput
  if (job.kind === 'fix') {
    const fixed = linter.verifyAndFix(job.text, fileConfig, job.lintPath)
    answer.output = fixed.output
    verified = fixed
  } else {
    verified = linter.verify(job.text, fileConfig, job.lintPath)
  }
  answer.messages = verified.messages
  answer.rules = rulesInfo(config, new Set(verified.messages.flatMap((message) => (message.ruleId ? [message.ruleId] : []))))
  const sourceCode = verified.sourceCode
  if (sourceCode) {
    answer.layout = {
      format: sourceCode.format,
      frontMatter: sourceCode.frontMatter ? [sourceCode.frontMatter.range[0], sourceCode.frontMatter.range[1]] : null,
      comments: sourceCode.comments.map((comment) => [comment.range[0], comment.range[1]]),
    }
  }
  if (verified.crashes.length > 0) {
    answer.crashes = verified.crashes.map(({ ruleId, error }) => ({
      ruleId,
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
    }))
  }
  return answer
}

let queue: Promise<void> = Promise.resolve()

port.on('message', (request: LintJob | StatsRequest) => {
  queue = queue.then(async () => {
    if (request.kind === 'stats') {
      ;(globalThis as { gc?: () => void }).gc?.()
      const answer: StatsAnswer = { id: request.id, heapUsed: v8.getHeapStatistics().used_heap_size }
      port.postMessage(answer)
      return
    }
    let answer: LintAnswer
    try {
      answer = await run(request)
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error))
      answer = { id: request.id, error: { name: failure.name, message: failure.message, ...(failure.stack ? { stack: failure.stack } : {}) } }
    }
    port.postMessage(answer)
  })
})
