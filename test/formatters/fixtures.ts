/**
 * Results for the formatter tests: built by hand (every field under the
 * test's control, rules that do not exist yet) and from real runs of the
 * linter with the finished `no-mojibake` rule.
 */
import path from 'node:path'
import { Linter } from '../../src/linter/linter.js'
import { toResult, ignoredResult } from '../../src/api/lint.js'
import { builtinRules } from '../../rules/index.js'
import type { FormatterContext, LintMessage, LintResult, RuleMeta } from '../../src/types.js'

/** The project the results belong to. */
export const CWD = path.resolve('/srv/careers-site')

/** An absolute path inside {@link CWD}, from a `/`-separated relative one. */
export function inCwd(relative: string): string {
  return path.join(CWD, ...relative.split('/'))
}

const mojibakeMeta = builtinRules.get('no-mojibake')!.meta as RuleMeta

/** Metadata of rules used only in hand-built results. */
export const handMadeMeta: Record<string, RuleMeta> = {
  'pay-range': {
    type: 'problem',
    docs: {
      description: 'Require a pay range where the law asks for one',
      category: 'disclosure',
      recommended: true,
      url: 'https://github.com/postlint/postlint/blob/main/rules/pay-range.md',
    },
    messages: { missing: 'Add a pay range.' },
    schema: [],
  },
  'gendered-title': {
    type: 'suggestion',
    docs: {
      description: 'Prefer gender-neutral job titles',
      category: 'inclusive-language',
      recommended: true,
      url: 'https://github.com/postlint/postlint/blob/main/rules/gendered-title.md',
    },
    messages: { gendered: "Use '{{neutral}}' instead of '{{title}}'." },
    schema: [],
    fixable: 'text',
  },
  'age-limit': {
    type: 'problem',
    docs: {
      description: 'Report age limits and age-coded wording',
      category: 'discrimination',
      recommended: true,
      url: 'https://github.com/postlint/postlint/blob/main/rules/age-limit.md',
    },
    messages: { ageLimit: 'Age limits are unlawful in most jurisdictions.' },
    schema: [],
  },
}

export function makeContext(overrides: Partial<FormatterContext> = {}): FormatterContext {
  return {
    cwd: CWD,
    rulesMeta: { 'no-mojibake': mojibakeMeta, ...handMadeMeta },
    version: '1.2.3',
    color: false,
    ...overrides,
  }
}

/** A message with sensible defaults: an error of `pay-range` on 1:1–1:5. */
export function msg(overrides: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: 'pay-range',
    severity: 2,
    message: 'Add a pay range.',
    messageId: 'missing',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 5,
    ...overrides,
  }
}

/** A result counted as the Node API counts it. */
export function result(relativeOrAbsolute: string, messages: LintMessage[], output?: string): LintResult {
  const filePath = path.isAbsolute(relativeOrAbsolute) ? relativeOrAbsolute : inCwd(relativeOrAbsolute)
  return toResult(filePath, { messages, suppressedMessages: [] }, output)
}

/** The result the Node API gives for a named file that is ignored (a line-0 warning). */
export function ignored(relative: string): LintResult {
  return ignoredResult(inCwd(relative))
}

const linter = new Linter({ rules: builtinRules })
const mojibakeOnly = { rules: { 'no-mojibake': { severity: 2 as const, options: [] } } }

/** Lint `text` as the file `relative` with only `no-mojibake` on (an error unless `severity` says otherwise). */
export function lintMojibake(text: string | Uint8Array, relative = 'postings/sao-paulo.md', severity: 1 | 2 = 2): LintResult {
  const filePath = inCwd(relative)
  const config = { rules: { 'no-mojibake': { severity, options: [] } } }
  return toResult(filePath, linter.verify(text, config, filePath))
}

/** Lint and fix `text` as `relative`: the result carries the fixed `output`. */
export function fixMojibake(text: string, relative = 'postings/sao-paulo.md'): LintResult {
  const filePath = inCwd(relative)
  const fixed = linter.verifyAndFix(text, mojibakeOnly, filePath)
  return toResult(filePath, fixed, fixed.fixed ? fixed.output : undefined)
}

/** Lint with a rule that throws: the file gets a fatal message naming the rule. */
export function lintWithCrash(text: string, relative = 'postings/crash.md'): LintResult {
  const filePath = inCwd(relative)
  const rules = new Map(builtinRules)
  rules.set('explodes', {
    meta: {
      type: 'problem',
      docs: { description: 'Throw on every sentence', category: 'hygiene', recommended: false, url: 'https://example.com/explodes' },
      messages: {},
      schema: [],
    },
    create: () => ({
      SentenceNode() {
        throw new Error('cannot read "salary" of undefined')
      },
    }),
  })
  const crashing = new Linter({ rules })
  const config = { rules: { ...mojibakeOnly.rules, explodes: { severity: 2 as const, options: [] } } }
  return toResult(filePath, crashing.verify(text, config, filePath))
}

/** Lint with unused disable directives reported as errors: messages without a rule id, not fatal. */
export function lintUnusedDirective(text: string, relative = 'postings/directives.md'): LintResult {
  const filePath = inCwd(relative)
  return toResult(filePath, linter.verify(text, { ...mojibakeOnly, reportUnusedDisableDirectives: 2 }, filePath))
}

/** A posting with two pieces of encoding damage on line 1. */
export const SAO_PAULO = 'Weâ€™re hiring in SÃ£o Paulo.'

/** UTF-16 bytes, which postlint cannot read: a fatal message without a rule. */
export const UTF16_BYTES = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00])
