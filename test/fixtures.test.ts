/**
 * The fixture sweep: every `fixtures/<rule>/valid/*` file must be silent for
 * its rule; every `fixtures/<rule>/invalid/*` file must make it report, and
 * what it reports (and the fixed text, for fixable rules) is pinned in a
 * snapshot. `npx vitest -u` updates snapshots; read every diff.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Linter } from '../src/linter/linter.js'
import { builtinRules } from '../rules/index.js'
import { mergeOptions } from '../src/config/validate.js'
import type { LintMessage } from '../src/types.js'

const root = path.join(import.meta.dirname, '..', 'fixtures')
const linter = new Linter({ rules: builtinRules })

function configFor(ruleId: string) {
  const rule = builtinRules.get(ruleId)!
  return { rules: { [ruleId]: { severity: 2 as const, options: mergeOptions(rule.meta.defaultOptions, []) } } }
}

function compact(message: LintMessage): string {
  return `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.severity === 2 ? 'error' : 'warn'} ${message.ruleId}/${message.messageId} ${message.message}`
}

const ruleDirs = readdirSync(root).filter((name) => builtinRules.has(name))

describe('fixtures', () => {
  it('every fixture folder is named after a rule', () => {
    const others = readdirSync(root).filter((name) => !builtinRules.has(name) && name !== 'examples')
    expect(others).toEqual([])
  })

  for (const ruleId of ruleDirs) {
    describe(ruleId, () => {
      for (const kind of ['valid', 'invalid'] as const) {
        const dir = path.join(root, ruleId, kind)
        const files = existsSync(dir) ? readdirSync(dir).sort() : []
        it(`has ${kind} fixtures`, () => expect(files.length).toBeGreaterThan(0))
        for (const file of files) {
          it(`${kind}/${file}`, () => {
            const text = readFileSync(path.join(dir, file), 'utf8')
            const result = linter.verify(text, configFor(ruleId), file)
            expect(result.crashes).toEqual([])
            const messages = result.messages.filter((m) => m.ruleId === ruleId)
            if (kind === 'valid') {
              expect(messages.map(compact)).toEqual([])
              return
            }
            expect(messages.length).toBeGreaterThan(0)
            let snapshot = messages.map(compact).join('\n')
            if (builtinRules.get(ruleId)!.meta.fixable) {
              const fixed = linter.verifyAndFix(text, configFor(ruleId), file)
              if (fixed.fixed) snapshot += `\n--- fixed ---\n${fixed.output}`
            }
            expect(snapshot).toMatchSnapshot()
          })
        }
      }
    })
  }
})
