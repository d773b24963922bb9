/**
 * Helpers for the end-to-end CLI tests: run the built `postlint` command
 * (bin/postlint.js over dist/) in a child process, and make temporary
 * folders of files that are removed when the test file is done.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import type { LintResult } from '../../src/types.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const BIN = path.join(ROOT, 'bin', 'postlint.js')
export const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version

if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'cli', 'index.js'))) {
  throw new Error('The CLI tests run the built command: run `npm run build` first')
}

export interface CliResult {
  /** The exit code (null only if the process was killed). */
  code: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  /** The working directory. */
  cwd: string
  /** Text piped to standard input (otherwise it is closed at once). */
  stdin?: string | Uint8Array
  /** Variables set (a string) or removed (undefined) over the test's environment. */
  env?: Record<string, string | undefined>
  /** Close the reading end of stdout after the first chunk, as `postlint | head -1` does. */
  closeStdoutEarly?: boolean
  /** Run as a user without privileges (`nobody`) when the tests run as root, so that file permissions apply. */
  unprivileged?: boolean
}

/** Whether the tests run as root, whom file permissions do not stop. */
export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0
/** The user and group of `nobody`, for {@link RunOptions.unprivileged}. */
export const NOBODY = 65534

/** Variables that change the output whatever the test asks for; removed unless a test sets them. */
const UNSET = ['NO_COLOR', 'FORCE_COLOR', 'CI', 'TERM', 'NODE_OPTIONS']

function environment(extra: RunOptions['env'] = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of UNSET) delete env[name]
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  return env
}

/** Run `node bin/postlint.js ...args` and collect its exit code and output. */
export function postlint(args: readonly string[], options: RunOptions): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const user = options.unprivileged && IS_ROOT ? { uid: NOBODY, gid: NOBODY } : {}
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: environment(options.env), stdio: ['pipe', 'pipe', 'pipe'], ...user })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk)
      if (options.closeStdoutEarly) child.stdout.destroy()
    })
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') })
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.stdin ?? '')
  })
}

/** File contents by path relative to a folder; `null` makes a folder. */
export type Files = Record<string, string | Uint8Array | null>

const created = new Set<string>()

/** A new temporary folder holding `files`; removed by {@link removeTempDirs}. */
export function tempDir(files: Files = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-cli-')))
  created.add(dir)
  writeFiles(dir, files)
  return dir
}

/** Write `files` under `dir`, making folders as needed. */
export function writeFiles(dir: string, files: Files): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name)
    if (content === null) {
      fs.mkdirSync(file, { recursive: true })
      continue
    }
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, content)
  }
}

/** Remove every folder {@link tempDir} made (call from `afterAll`). */
export function removeTempDirs(): void {
  for (const dir of created) fs.rmSync(dir, { recursive: true, force: true })
  created.clear()
}

/** Every file under `dir`, relative, sorted (dot-files included). */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** Text garbled by a wrong encoding that `no-mojibake` reports (and fixes) at columns 3–6. */
export const MOJIBAKE = 'Weâ€™re hiring'
/** {@link MOJIBAKE} repaired. */
export const REPAIRED = 'We’re hiring'
/** The message `no-mojibake` gives for {@link MOJIBAKE}, as `stylish` prints it (without the final period). */
export const MOJIBAKE_MESSAGE = "Encoding damage: 'â€™' is a garbled '’'"


/** Source of a plugin for the tests (`export default { rules }`). */
export const PLUGIN_SOURCE = `
const docs = (description) => ({ description, category: 'hygiene', recommended: false, url: 'https://example.com/rules' })

export default {
  rules: {
    // Reports every word equal to options[0].word (default "foo").
    word: {
      meta: {
        type: 'problem',
        docs: docs('Reports one word'),
        messages: { found: "Found '{{word}}'." },
        schema: [{ type: 'object', properties: { word: { type: 'string' } }, additionalProperties: false }],
        defaultOptions: [{ word: 'foo' }],
      },
      create(context) {
        const word = context.options[0].word
        return {
          WordNode(node) {
            if (context.sourceCode.getText(node) === word) context.report({ node, messageId: 'found', data: { word } })
          },
        }
      },
    },
    // Reports the settings and options it was given, once per file, at 1:1.
    settings: {
      meta: {
        type: 'suggestion',
        docs: docs('Reports its settings'),
        messages: { show: 'settings={{settings}} options={{options}}' },
        schema: false,
      },
      create(context) {
        return {
          Document() {
            context.report({ range: [0, 0], messageId: 'show', data: { settings: JSON.stringify(context.settings), options: JSON.stringify(context.options) } })
          },
        }
      },
    },
    // Throws on the first word.
    boom: {
      meta: { type: 'problem', docs: docs('Always fails'), messages: { never: 'never' }, schema: [] },
      create() {
        return {
          WordNode() {
            throw new Error('kaboom')
          },
        }
      },
    },
  },
}
`

/** Parse `--format json` output and check every result and message has exactly ESLint's keys. */
export function parseJsonResults(stdout: string): LintResult[] {
  const results = JSON.parse(stdout) as LintResult[]
  expect(Array.isArray(results)).toBe(true)
  const resultKeys = ['filePath', 'messages', 'suppressedMessages', 'errorCount', 'warningCount', 'fatalErrorCount', 'fixableErrorCount', 'fixableWarningCount']
  for (const result of results) {
    const keys = Object.keys(result).filter((key) => key !== 'output')
    expect(keys.sort()).toEqual([...resultKeys].sort())
    for (const message of [...result.messages, ...result.suppressedMessages]) {
      const allowed = ['ruleId', 'severity', 'message', 'messageId', 'line', 'column', 'endLine', 'endColumn', 'fix', 'suggestions', 'fatal', 'suppressions', 'relatedLocations']
      for (const key of Object.keys(message)) expect(allowed).toContain(key)
      expect(typeof message.message).toBe('string')
      expect([1, 2]).toContain(message.severity)
      expect(Number.isInteger(message.line) && Number.isInteger(message.column)).toBe(true)
    }
  }
  return results
}

/** Assert an exit-2 failure: nothing on stdout, exactly one `postlint: ` line on stderr, no stack trace. */
export function expectOneLineFailure(result: CliResult, expected: string | RegExp): void {
  expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: '' })
  expect(result.stderr).toMatch(/^postlint: [^\n]+\n$/)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  if (typeof expected === 'string') expect(result.stderr).toBe(`postlint: ${expected}\n`)
  else expect(result.stderr).toMatch(expected)
}

/**
 * A configuration file turning on `no-mojibake` alone, as an error. (`--no-config` would not do:
 * it applies `postlint:recommended`, whose rules change as rules are written.)
 */
export const MOJIBAKE_CONFIG = path.join(tempDir({ 'only-mojibake.json': JSON.stringify({ rules: { 'no-mojibake': 'error' } }) }), 'only-mojibake.json')
/** Arguments that lint with {@link MOJIBAKE_CONFIG}, whatever configuration the working directory has. */
export const ONLY_MOJIBAKE = ['--config', MOJIBAKE_CONFIG] as const
