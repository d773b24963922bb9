/**
 * RuleTester: test a rule with valid and invalid cases, as ESLint's does.
 *
 * It is strict on purpose: trees are frozen, so a rule that mutates them
 * fails; an invalid case whose rule fixes the text must say what the fixed
 * `output` is; fixed output is linted again and must not crash, and fixing
 * it once more must change nothing; duplicate cases are refused.
 *
 * ```ts
 * import { describe, it } from 'vitest'
 * import { RuleTester } from 'postlint/rule-tester'
 * RuleTester.describe = describe
 * RuleTester.it = it
 * new RuleTester().run('my-rule', rule, { valid: ['…'], invalid: [{ code: '…', errors: [{ messageId: 'x' }] }] })
 * ```
 */
import assert from 'node:assert/strict'
import type { LintMessage, RuleModule, Settings } from './types.js'
import { Linter, type LinterConfig } from './linter/linter.js'
import { applyFixes } from './linter/fixes.js'
import { interpolate } from './linter/report.js'
import { mergeOptions, validateOptions } from './config/validate.js'

export interface ValidTestCase {
  code: string
  /** A name for the test (default: the code). */
  name?: string
  options?: unknown[]
  settings?: Settings
  /** Decides the format by extension (default `posting.md`). */
  filename?: string
  /** Run only this case (with the test framework's `it.only`). */
  only?: boolean
}

export interface SuggestionExpectation {
  messageId?: string
  desc?: string
  data?: Record<string, string | number>
  /** The text with this suggestion applied. */
  output: string
}

export interface TestCaseError {
  messageId?: string
  message?: string | RegExp
  data?: Record<string, string | number>
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  /** Expected suggestions, in order; `null` or `[]` for none. */
  suggestions?: SuggestionExpectation[] | null
}

export interface InvalidTestCase extends ValidTestCase {
  /** The expected messages, or how many. */
  errors: number | Array<TestCaseError | string>
  /** The text after one pass of fixes; `null` when the rule must not fix anything. */
  output?: string | null
}

export interface RuleTesterDefaults {
  filename?: string
  settings?: Settings
}

type TestFunction = (name: string, fn: () => void) => void

function text(value: unknown): string {
  return JSON.stringify(value)
}

export class RuleTester {
  /** The test framework's `describe` (defaults to a global one, or running cases directly). */
  static describe: TestFunction | undefined
  /** The test framework's `it`. */
  static it: TestFunction | undefined
  /** The test framework's `it.only`. */
  static itOnly: TestFunction | undefined

  readonly #defaults: RuleTesterDefaults

  constructor(defaults: RuleTesterDefaults = {}) {
    this.#defaults = defaults
  }

  static #framework(): { describe: TestFunction; it: TestFunction; itOnly: TestFunction } {
    const globals = globalThis as unknown as { describe?: TestFunction; it?: TestFunction & { only?: TestFunction } }
    const direct: TestFunction = (_name, fn) => fn()
    const it = RuleTester.it ?? globals.it ?? direct
    return {
      describe: RuleTester.describe ?? globals.describe ?? direct,
      it,
      itOnly: RuleTester.itOnly ?? (it as TestFunction & { only?: TestFunction }).only ?? globals.it?.only ?? it,
    }
  }

  /** Declare one test per case (inside a `describe` named after the rule). */
  run(ruleId: string, rule: RuleModule, tests: { valid: Array<ValidTestCase | string>; invalid: InvalidTestCase[] }): void {
    assert.ok(rule && typeof rule.create === 'function' && rule.meta, `${ruleId}: not a rule (it needs meta and create)`)
    const framework = RuleTester.#framework()
    const linter = new Linter({ rules: new Map([[ruleId, rule]]), freeze: true })
    const seen = new Set<string>()
    const checkDuplicate = (kind: string, testCase: ValidTestCase): void => {
      const key = text([kind, testCase.code, testCase.options, testCase.settings, testCase.filename])
      assert.ok(!seen.has(key), `${ruleId}: duplicate ${kind} test case: ${text(testCase.code)}`)
      seen.add(key)
    }

    framework.describe(ruleId, () => {
      framework.describe('valid', () => {
        for (const raw of tests.valid) {
          const testCase = typeof raw === 'string' ? { code: raw } : raw
          checkDuplicate('valid', testCase)
          const declare = testCase.only ? framework.itOnly : framework.it
          declare(testCase.name ?? testCase.code, () => {
            const messages = this.#lint(linter, ruleId, rule, testCase)
            assert.equal(messages.length, 0, `Expected no problems, got ${messages.length}:\n${messages.map(describe).join('\n')}`)
          })
        }
      })
      framework.describe('invalid', () => {
        for (const testCase of tests.invalid) {
          checkDuplicate('invalid', testCase)
          const declare = testCase.only ? framework.itOnly : framework.it
          declare(testCase.name ?? testCase.code, () => this.#checkInvalid(linter, ruleId, rule, testCase))
        }
      })
    })
  }

  #config(ruleId: string, rule: RuleModule, testCase: ValidTestCase): LinterConfig {
    const options = mergeOptions(rule.meta.defaultOptions, testCase.options)
    validateOptions(rule, options, null, `${ruleId} options`)
    return { rules: { [ruleId]: { severity: 2, options } }, settings: { ...this.#defaults.settings, ...testCase.settings } }
  }

  #filename(testCase: ValidTestCase): string {
    return testCase.filename ?? this.#defaults.filename ?? 'posting.md'
  }

  #lint(linter: Linter, ruleId: string, rule: RuleModule, testCase: ValidTestCase): LintMessage[] {
    const result = linter.verify(testCase.code, this.#config(ruleId, rule, testCase), this.#filename(testCase))
    const crash = result.crashes[0]
    if (crash) throw crash.error
    return result.messages
  }

  #checkInvalid(linter: Linter, ruleId: string, rule: RuleModule, testCase: InvalidTestCase): void {
    assert.ok(
      typeof testCase.errors === 'number' ? testCase.errors > 0 : Array.isArray(testCase.errors) && testCase.errors.length > 0,
      'Invalid cases need at least one expected error',
    )
    const messages = this.#lint(linter, ruleId, rule, testCase)
    const expected = typeof testCase.errors === 'number' ? testCase.errors : testCase.errors.length
    assert.equal(messages.length, expected, `Expected ${expected} problem(s), got ${messages.length}:\n${messages.map(describe).join('\n')}`)

    if (Array.isArray(testCase.errors)) {
      testCase.errors.forEach((error, index) => this.#checkMessage(rule, messages[index]!, typeof error === 'string' ? { message: error } : error, testCase.code, index))
    }

    const fixes = messages.filter((message) => message.fix).map((message) => message.fix!)
    const bom = testCase.code.startsWith('\uFEFF') ? '\uFEFF' : ''
    const source = bom ? testCase.code.slice(1) : testCase.code
    const once = bom + applyFixes(source, fixes).output
    if (testCase.output === undefined) {
      assert.equal(once, testCase.code, `The rule fixed the text; add output: ${text(once)}`)
    } else if (testCase.output === null) {
      assert.equal(once, testCase.code, 'Expected no fixes (output: null)')
    } else {
      assert.equal(once, testCase.output, 'Fixed output differs')
    }
    if (once !== testCase.code) {
      const config = this.#config(ruleId, rule, testCase)
      const relinted = linter.verify(once, config, this.#filename(testCase))
      if (relinted.crashes[0]) throw relinted.crashes[0].error
      const full = linter.verifyAndFix(testCase.code, config, this.#filename(testCase)).output
      const again = linter.verifyAndFix(full, config, this.#filename(testCase)).output
      assert.equal(again, full, 'Fixing the fixed text changed it again: the fix is not idempotent')
    }
  }

  #checkMessage(rule: RuleModule, message: LintMessage, expected: TestCaseError, code: string, index: number): void {
    const label = `Problem ${index + 1} (${describe(message)})`
    if (expected.messageId !== undefined) {
      assert.ok(Object.hasOwn(rule.meta.messages, expected.messageId), `${label}: the rule has no messageId '${expected.messageId}'`)
      assert.equal(message.messageId, expected.messageId, `${label}: messageId`)
    }
    if (expected.data !== undefined) {
      assert.ok(expected.messageId !== undefined, `${label}: 'data' needs 'messageId'`)
      assert.equal(message.message, interpolate(rule.meta.messages[expected.messageId]!, expected.data), `${label}: message with data`)
    }
    if (expected.message instanceof RegExp) assert.match(message.message, expected.message, `${label}: message`)
    else if (expected.message !== undefined) assert.equal(message.message, expected.message, `${label}: message`)
    for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
      if (expected[key] !== undefined) assert.equal(message[key], expected[key], `${label}: ${key}`)
    }
    if (expected.suggestions !== undefined) {
      const suggestions = message.suggestions ?? []
      const wanted = expected.suggestions ?? []
      assert.equal(suggestions.length, wanted.length, `${label}: expected ${wanted.length} suggestion(s), got ${suggestions.length}: ${text(suggestions.map((s) => s.desc))}`)
      wanted.forEach((want, i) => {
        const got = suggestions[i]!
        if (want.messageId !== undefined) assert.equal(got.messageId, want.messageId, `${label}: suggestion ${i + 1} messageId`)
        if (want.desc !== undefined) assert.equal(got.desc, want.desc, `${label}: suggestion ${i + 1} desc`)
        if (want.data !== undefined && want.messageId !== undefined) {
          assert.equal(got.desc, interpolate(rule.meta.messages[want.messageId]!, want.data), `${label}: suggestion ${i + 1} desc with data`)
        }
        const bom = code.startsWith('\uFEFF') ? '\uFEFF' : ''
        const output = bom + applyFixes(bom ? code.slice(1) : code, [got.fix]).output
        assert.equal(output, want.output, `${label}: suggestion ${i + 1} output`)
      })
    }
  }
}

function describe(message: LintMessage): string {
  return `${message.line}:${message.column}-${message.endLine ?? '?'}:${message.endColumn ?? '?'} ${message.ruleId ?? ''}/${message.messageId ?? ''} ${message.message}`
}
