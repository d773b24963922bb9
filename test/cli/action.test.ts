// action.yml, the GitHub Action: its inputs are wired to real postlint
// options, and its steps' scripts, run with bash as a runner runs them (the
// inputs given as the step's environment, outputs written to
// $GITHUB_OUTPUT), lint, write SARIF that validates against the SARIF 2.1.0
// schema, and fail at the level asked for.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseCliOptions } from '../../src/cli/options.js'
import { parseValidSarif } from '../formatters/sarif-schema.js'
import { MOJIBAKE, removeTempDirs, ROOT, tempDir, type Files } from './helpers.js'
import { commit, gitRepo } from './git.js'

afterAll(removeTempDirs)

interface Step {
  name: string
  id?: string
  if?: string
  uses?: string
  shell?: string
  env?: Record<string, string>
  with?: Record<string, string>
  run?: string
}

interface Action {
  name: string
  description: string
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string; value: string }>
  runs: { using: string; steps: Step[] }
}

const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action
const steps = action.runs.steps

function step(name: string): Step {
  const found = steps.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`action.yml has no step named '${name}'`)
  return found
}

/** The inputs a workflow would give: the defaults, with `given` over them (only inputs the action declares). */
function inputs(given: Record<string, string>): Record<string, string> {
  for (const name of Object.keys(given)) if (!Object.hasOwn(action.inputs, name)) throw new Error(`action.yml has no input '${name}'`)
  const values: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs)) values[name] = given[name] ?? input.default ?? ''
  return values
}

/** An expression as the runner evaluates the few kinds the action uses in `env`. */
function evaluate(value: string, values: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_whole, expression: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expression)
    if (input) {
      if (!Object.hasOwn(values, input[1]!)) throw new Error(`unknown input in ${value}`)
      return values[input[1]!]!
    }
    if (expression === 'github.action_path') return ROOT
    throw new Error(`expression not understood here: ${expression}`)
  })
}

interface StepRun {
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
}

/** Run a step's script with bash as a runner does (`bash --noprofile --norc -eo pipefail`), in `cwd`. */
function runStep(name: string, given: Record<string, string>, cwd: string): StepRun {
  const script = step(name)
  expect(script.shell).toBe('bash')
  const values = inputs(given)
  const outputFile = path.join(tempDir(), 'github-output')
  fs.writeFileSync(outputFile, '')
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_OUTPUT: outputFile }
  for (const variable of ['NO_COLOR', 'FORCE_COLOR', 'CI', 'TERM']) delete env[variable]
  for (const [variable, value] of Object.entries(script.env ?? {})) env[variable] = evaluate(value, values)
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script.run!], { cwd, env, encoding: 'utf8' })
  const outputs = Object.fromEntries(
    fs
      .readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  )
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs }
}

const CONFIG = JSON.stringify({ rules: { 'no-mojibake': 'error', 'no-missing-apostrophes': 'warn' } })
const PROJECT: Files = {
  '.postlintrc.json': CONFIG,
  'careers/barista.md': `# Barista\n\n${MOJIBAKE}.\n`,
  'careers/cook.md': '# Cook\n\nYoull love it.\n',
  'careers/host.md': '# Host\n\nA clean posting.\n',
}

describe('action.yml', () => {
  it('is a composite action whose every input is described, has a default and is used', () => {
    expect(action.runs.using).toBe('composite')
    const text = JSON.stringify(steps)
    for (const [name, input] of Object.entries(action.inputs)) {
      expect({ name, described: input.description.length > 10, default: typeof input.default }).toEqual({ name, described: true, default: 'string' })
      expect({ name, used: new RegExp(`inputs\\.${name}(?![\\w-])`).test(text) }).toEqual({ name, used: true })
    }
  })

  it('passes postlint only options it has', () => {
    const script = step('Run postlint').run!
    const flags = [...new Set(script.match(/(?<![\w-])--[a-z][a-z-]*/g) ?? [])].filter((flag) => flag !== '--noprofile')
    expect(flags.sort()).toEqual(['--baseline', '--changed', '--config', '--fail-on', '--format', '--output-file', '--since'])
    for (const flag of flags) {
      for (const args of [[flag], [flag, 'value']]) {
        let message = ''
        try {
          parseCliOptions(args)
        } catch (error) {
          message = (error as Error).message
        }
        expect({ flag, message }).not.toMatchObject({ message: expect.stringMatching(/^Unknown option/) })
      }
    }
    // The inputs postlint validates keep their meaning: fail-on's default is a value --fail-on takes.
    expect(parseCliOptions(['--fail-on', action.inputs['fail-on']!.default!]).failOn).toBe('error')
    expect(parseCliOptions(['--format', action.inputs['format']!.default!]).format).toBe('sarif')
  })

  it('names its outputs after what the lint step writes, and uploads that SARIF file with codeql-action', () => {
    expect(action.outputs['exit-code']!.value).toBe('${{ steps.lint.outputs.exit-code }}')
    expect(action.outputs['sarif-file']!.value).toBe('${{ steps.lint.outputs.sarif-file }}')
    expect(step('Run postlint').id).toBe('lint')
    const upload = step('Upload SARIF to code scanning')
    expect(upload.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/)
    expect(upload.with).toEqual({ sarif_file: '${{ steps.lint.outputs.sarif-file }}', category: '${{ inputs.category }}' })
    expect(upload.if).toBe("inputs.format == 'sarif' && inputs.upload == 'true' && steps.lint.outputs.sarif-file != ''")
    expect(step('Fail on problems').if).toBe("steps.lint.outputs.exit-code != '0'")
  })

  it('install step: leaves a built postlint alone', () => {
    const result = runStep('Install postlint', {}, tempDir())
    expect(result).toEqual({ status: 0, stdout: '', stderr: '', outputs: {} })
  })

  it('by default writes SARIF that validates against the schema, gives its path and the exit code, and lets the upload run', () => {
    const dir = tempDir(PROJECT)
    const result = runStep('Run postlint', {}, dir)
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: '', stderr: '' })
    expect(result.outputs).toEqual({ 'exit-code': '1', 'sarif-file': path.join(dir, 'postlint.sarif') })
    const log = parseValidSarif(fs.readFileSync(path.join(dir, 'postlint.sarif'), 'utf8'))
    const run = log.runs[0]!
    expect(run.results.map((result) => [result.ruleId, result.level, result.locations![0]!.physicalLocation!.artifactLocation.uri])).toEqual([
      ['no-mojibake', 'error', 'careers/barista.md'],
      ['no-missing-apostrophes', 'warning', 'careers/cook.md'],
    ])
  })

  it('format github: annotations in the log, no SARIF; fail-on decides the exit code', () => {
    const dir = tempDir(PROJECT)
    const errors = runStep('Run postlint', { format: 'github', paths: 'careers/barista.md\ncareers/host.md' }, dir)
    expect(errors).toEqual({
      status: 0,
      stdout: "::error file=careers/barista.md,line=3,col=3,endLine=3,endColumn=6,title=postlint (no-mojibake)::Encoding damage: 'â€™' is a garbled '’'.\n",
      stderr: '',
      outputs: { 'exit-code': '1' },
    })
    expect(fs.existsSync(path.join(dir, 'postlint.sarif'))).toBe(false)
    const warningsPass = runStep('Run postlint', { format: 'github', paths: 'careers/cook.md careers/host.md' }, dir)
    expect(warningsPass.outputs).toEqual({ 'exit-code': '0' })
    expect(warningsPass.stdout).toMatch(/^::warning file=careers\/cook\.md,line=3,col=1,/)
    const warningsFail = runStep('Run postlint', { format: 'github', paths: 'careers/cook.md careers/host.md', 'fail-on': 'warning' }, dir)
    expect(warningsFail.outputs).toEqual({ 'exit-code': '1' })
  })

  it('passes globs to postlint unexpanded, and config, baseline, args and sarif-file as the options they name', () => {
    const dir = tempDir({ ...PROJECT, 'careers/kitchen/line/chef.md': `${MOJIBAKE}.\n`, 'quiet.json': JSON.stringify({ rules: { 'no-missing-apostrophes': 'warn' } }) })
    // Expanded by bash (no globstar), careers/**/*.md would name no file directly under careers/ and none two folders down.
    const glob = runStep('Run postlint', { format: 'compact', paths: 'careers/**/*.md' }, dir)
    expect([...new Set(glob.stdout.split('\n').flatMap((line) => /^(\S+): line/.exec(line)?.[1] ?? []))]).toEqual([
      'careers/barista.md',
      'careers/cook.md',
      'careers/kitchen/line/chef.md',
    ])
    expect(glob.outputs['exit-code']).toBe('1')

    expect(runStep('Run postlint', { format: 'compact', config: 'quiet.json' }, dir).outputs['exit-code']).toBe('0')
    expect(runStep('Run postlint', { format: 'compact', config: 'quiet.json', args: '--max-warnings 0' }, dir).outputs['exit-code']).toBe('1')

    const record = runStep('Run postlint', { format: 'compact', args: '--baseline known.json --update-baseline' }, dir)
    expect(record.outputs['exit-code']).toBe('0')
    const known = runStep('Run postlint', { baseline: 'known.json', 'sarif-file': 'reports/postlint.sarif' }, dir)
    expect(known.outputs).toEqual({ 'exit-code': '0', 'sarif-file': path.join(dir, 'reports', 'postlint.sarif') })
    expect(known.stderr).toBe('postlint: 3 problems suppressed by the baseline known.json.\n')
    expect(parseValidSarif(fs.readFileSync(path.join(dir, 'reports', 'postlint.sarif'), 'utf8')).runs[0]!.results).toEqual([])
  })

  it('changed-since lints only what changed since that ref', () => {
    const dir = gitRepo(PROJECT as Record<string, string>)
    commit(dir, { 'careers/new.md': `${MOJIBAKE}.\n` }, 'A new posting')
    const result = runStep('Run postlint', { format: 'compact', 'changed-since': 'HEAD~1' }, dir)
    expect(result.stdout).toMatch(/^careers\/new\.md: line 1, col 3, Error - /)
    expect(result.stdout).toMatch(/\n1 problem\n$/)
    expect(result.outputs['exit-code']).toBe('1')
  })

  it('stops at once, without a report to upload, on a usage or configuration error', () => {
    const dir = tempDir(PROJECT)
    const result = runStep('Run postlint', { config: 'missing.json' }, dir)
    expect(result.status).toBe(2)
    expect(result.outputs).toEqual({ 'exit-code': '2' })
    expect(result.stderr).toMatch(/^postlint: .*missing\.json: cannot read file: it does not exist\n$/)
  })

  it('the last step fails the job with an annotation when postlint found problems', () => {
    // The runner fills POSTLINT_EXIT_CODE from steps.lint.outputs.exit-code.
    expect(step('Fail on problems').env).toEqual({ POSTLINT_EXIT_CODE: '${{ steps.lint.outputs.exit-code }}', POSTLINT_FAIL_ON: '${{ inputs.fail-on }}' })
    const failing = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step('Fail on problems').run!], {
      env: { ...process.env, POSTLINT_EXIT_CODE: '1', POSTLINT_FAIL_ON: 'warning' },
      encoding: 'utf8',
    })
    expect({ status: failing.status, stdout: failing.stdout }).toEqual({
      status: 1,
      stdout: "::error title=postlint::postlint found problems at or above the 'warning' level (see the report above or the code scanning alerts)\n",
    })
  })
})
