#!/usr/bin/env node
/**
 * Feeds each rule, on its own, its worst case: long runs of each character
 * its regular expressions repeat (the characters under `*`, `+` and `{n,m}`
 * in the rule's file and in the data and fact modules it imports), at two
 * lengths, and records how long the rule took. Time that grows like the
 * length shows a ratio near 2 between the two lengths; a pattern that
 * backtracks shows 4 or more.
 *
 *   npm run build && node bench/stress-rules.mjs            # the table on stdout
 *   node bench/stress-rules.mjs --write                      # … and in bench/STRESS.md
 *   node bench/stress-rules.mjs --length 100000 --rule valid-email
 *
 * It reads the built modules in dist/ and the TypeScript sources next to them.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import ts from 'typescript'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({ options: { write: { type: 'boolean' }, length: { type: 'string' }, rule: { type: 'string', multiple: true } } })
const LENGTH = Number(values.length ?? 20_000)

const { Linter } = await import(path.join(ROOT, 'dist/src/linter/linter.js'))
const { builtinRules } = await import(path.join(ROOT, 'dist/rules/index.js'))

/** Regular expression sources written in a file: its literals and the string pieces of `new RegExp(…)`. */
function patternsOf(file) {
  const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found = []
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.text.slice(1, node.text.lastIndexOf('/')))
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (/[+*}]/.test(node.text)) found.push(node.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return { found, imports: sourceFile.statements.filter(ts.isImportDeclaration).map((statement) => statement.moduleSpecifier.text) }
}

/** The files a rule's patterns are in: the rule and the modules of rules/data and src/facts it imports. */
function filesOf(id) {
  const file = path.join(ROOT, 'rules', `${id}.ts`)
  const files = [file]
  for (const specifier of patternsOf(file).imports) {
    if (!specifier.startsWith('.')) continue
    const resolved = path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts'))
    if (resolved.includes(`${path.sep}rules${path.sep}data${path.sep}`) || resolved.includes(`${path.sep}src${path.sep}facts${path.sep}`)) files.push(resolved)
  }
  return files
}

const CLASS_SAMPLES = { s: [' ', '\t', '\n'], d: ['7'], w: ['a', '_'], p: ['a', 'É'], S: ['a'], W: ['-'], D: ['a'], n: ['\n'], t: ['\t'], r: ['\r'] }

/** Characters a quantified atom of `source` can repeat: a sample of each class and every literal character. */
function repeatedCharacters(source) {
  const characters = new Set()
  for (let i = 0; i < source.length; i++) {
    let atom = ''
    let end = i
    if (source[i] === '[') {
      end = i + 1
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1
      atom = source.slice(i, end + 1)
    } else if (source[i] === '\\') {
      end = source[i + 1] === 'p' || source[i + 1] === 'P' ? source.indexOf('}', i) : i + 1
      atom = source.slice(i, end + 1)
    } else {
      atom = source[i]
    }
    const next = source[end + 1]
    if (next === '*' || next === '+' || next === '{') {
      const body = atom.startsWith('[') ? atom.slice(atom[1] === '^' ? 2 : 1, -1) : atom
      if (atom.startsWith('[^') || atom === '.') characters.add('x').add(' ')
      for (let j = 0; j < body.length; j++) {
        if (body[j] === '\\') {
          const letter = body[j + 1]
          for (const sample of CLASS_SAMPLES[letter] ?? [letter]) characters.add(sample)
          if (letter === 'p' || letter === 'P') j = body.indexOf('}', j)
          else j++
        } else if (body[j] === '-' && j > 0 && j < body.length - 1) continue
        else characters.add(body[j])
      }
    }
    i = end
  }
  return characters
}

/** Milliseconds to lint `text` with one rule on. */
function timeOf(linter, id, text) {
  const started = performance.now()
  const output = linter.verify(text, { rules: { [id]: { severity: 2, options: [] } }, settings: { asOf: '2026-06-01', jurisdictions: ['US-CO'] } }, 'stress.md')
  const elapsed = performance.now() - started
  if (output.crashes.length > 0) throw new Error(`${id} crashed: ${output.crashes[0].error?.message}`)
  return elapsed
}

const linter = new Linter({ rules: builtinRules })
const ids = [...builtinRules.keys()].filter((id) => !values.rule || values.rule.includes(id)).sort()
const rows = []
for (const id of ids) {
  const characters = new Set(['a', ' '])
  for (const file of filesOf(id)) for (const source of patternsOf(file).found) for (const character of repeatedCharacters(source)) characters.add(character)
  let worst = { character: '', short: 0, long: 0 }
  for (const character of characters) {
    // A run of the character, then one that no pattern expects, so that the patterns fail at the end of the run.
    const run = (length) => `Posting\n\n${character.repeat(length)}\u0000!`
    const short = timeOf(linter, id, run(LENGTH))
    const long = timeOf(linter, id, run(LENGTH * 2))
    if (long > worst.long) worst = { character, short, long }
  }
  rows.push({ id, inputs: characters.size * 2, ...worst })
  process.stderr.write(`${id}: ${characters.size} characters, worst ${JSON.stringify(worst.character)} ${worst.long.toFixed(0)} ms\n`)
}

const table = [
  `Each rule alone on runs of each character its patterns repeat, ${LENGTH.toLocaleString('en')} and ${(LENGTH * 2).toLocaleString('en')} characters long (Node ${process.version}). The worst character per rule; "ratio" is the time on the long run over the time on the short one (about 2 when time grows with the length).`,
  '',
  '| Rule | Characters tried | Worst character | Short run (ms) | Long run (ms) | Ratio |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map(({ id, inputs, character, short, long }) => `| ${id} | ${inputs / 2} | \`${JSON.stringify(character).slice(1, -1).replace(/`/g, '\\`').replace(/\|/g, '\\|')}\` | ${short.toFixed(1)} | ${long.toFixed(1)} | ${(long / Math.max(short, 0.001)).toFixed(1)} |`),
  '',
].join('\n')
process.stdout.write(`${table}\n`)
if (values.write) writeFileSync(path.join(ROOT, 'bench', 'STRESS.md'), `# Rules under stress\n\nWritten by \`node bench/stress-rules.mjs --write\`.\n\n${table}`)
