// The README's command line reference and its examples stay true: every
// option --help lists has a row in the README's table, every postlint
// command the README shows is one postlint accepts, and its YAML and JSON
// examples parse.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { HELP, parseCliOptions } from '../../src/cli/options.js'
import { ROOT } from './helpers.js'

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')

/** The fenced code blocks of the README: their language and text. */
function codeBlocks(): Array<{ lang: string; text: string }> {
  return [...README.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({ lang: match[1]!, text: match[2]! }))
}

/** Split a command line as a shell would for these examples: words, and double-quoted strings. */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!)
}

/** The arguments of every postlint command the README shows, in code blocks and inline code. */
function postlintCommands(): string[][] {
  const lines = [
    ...codeBlocks().flatMap((block) => block.text.split('\n')),
    // Inline, only whole commands: `postlint explain` alone names the command, it is not an example.
    ...[...README.replace(/^```\w*\n[\s\S]*?^```$/gm, '').matchAll(/`(npx postlint [^`\n]+)`/g)].map((match) => match[1]!),
  ]
  const commands: string[][] = []
  for (const line of lines) {
    const text = line.replace(/^\$ /, '').trim()
    // lint-staged's "glob": "postlint …"; `npx postlint …`, a hook's `entry: postlint …`, or a bare `postlint …`.
    const quoted = /": "postlint( [^"]*)?"/.exec(text)
    const found = quoted ?? /(?:^|\bnpx (?:--no-install )?|entry: )postlint( .*)?$/.exec(text)
    if (found) commands.push(words(found[1] ?? ''))
  }
  return commands
}

describe('README', () => {
  it('has a row in the command line table for every option --help lists', () => {
    const table = README.slice(README.indexOf('## Command line'), README.indexOf('### Exit codes'))
    const options = [...new Set(HELP.match(/(?<=^ {2}|, )--?[a-z][a-z-]*/gm))]
    expect(options.length).toBeGreaterThan(30)
    for (const option of options) expect({ option, inTable: new RegExp(`^\\| \`[^|]*${option}(?![\\w-])`, 'm').test(table) }).toEqual({ option, inTable: true })
  })

  it('shows only postlint commands that postlint accepts', () => {
    const commands = postlintCommands()
    const shown = commands.map((args) => args.join(' '))
    for (const expected of [
      '--baseline postlint-baseline.json --update-baseline postings/',
      '--cache --format gitlab --output-file gl-code-quality-report.json postings/',
      '--format github --fail-on warning postings/',
      '--changed --since $CI_MERGE_REQUEST_DIFF_BASE_SHA postings/',
      '--fix --no-warn-ignored',
      '--no-warn-ignored',
    ]) {
      expect(shown).toContain(expected)
    }
    for (const args of commands) {
      const explain = args[0] === 'explain'
      let problem = ''
      try {
        parseCliOptions(args)
      } catch (error) {
        problem = (error as Error).message
      }
      expect({ command: args.join(' '), problem }).toEqual({ command: args.join(' '), problem: '' })
      if (!explain) expect(args.every((arg) => !/^-[a-z]{2,}/.test(arg))).toBe(true)
    }
  })

  it('has YAML and JSON examples that parse', () => {
    const blocks = codeBlocks().filter((block) => block.lang === 'yaml' || block.lang === 'json')
    expect(blocks.length).toBeGreaterThan(8)
    for (const block of blocks) {
      let problem = ''
      try {
        if (block.lang === 'json') JSON.parse(block.text)
        else parse(block.text)
      } catch (error) {
        problem = (error as Error).message
      }
      expect({ example: block.text.split('\n')[0], problem }).toEqual({ example: block.text.split('\n')[0], problem: '' })
    }
  })

  it('shows the pre-commit hook and action inputs as the files declare them', () => {
    const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; files: string; args: string[] }>
    const local = codeBlocks().find((block) => block.lang === 'yaml' && block.text.includes('repo: local'))
    expect(local).toBeDefined()
    const localHook = (parse(local!.text) as { repos: Array<{ hooks: Array<Record<string, unknown>> }> }).repos[0]!.hooks[0]!
    expect(localHook).toMatchObject({ id: hooks[0]!.id, files: hooks[0]!.files, language: 'system' })
    expect(String(localHook['entry'])).toBe(`postlint ${hooks[0]!.args.join(' ')}`)

    const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }> }
    const table = README.slice(README.indexOf('| Input | Default | What it does |'))
    for (const [name, input] of Object.entries(action.inputs)) {
      const shown = input.default === '' ? '' : ` \`${input.default.replace(/[.]/g, '\\.')}\``
      const row = new RegExp(`^\\| \`${name}\` \\|${shown} \\|`, 'm')
      expect({ name, documented: row.test(table) }).toEqual({ name, documented: true })
    }
  })
})
