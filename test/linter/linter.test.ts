/**
 * The linter core: the rule API contract, one merged walk, crash isolation,
 * inline directives and fix passes.
 */
import { describe, expect, it } from 'vitest'
import { Linter, type LinterConfig } from '../../src/linter/linter.js'
import { defineRule } from '../../src/define-rule.js'
import type { RuleModule } from '../../src/types.js'
import { applyFixes } from '../../src/linter/fixes.js'

const docs = { description: 'test rule', category: 'hygiene' as const, recommended: false, url: 'https://example.test' }

/** Reports every word equal to `word`. */
function wordRule(word: string, extra: Partial<RuleModule['meta']> = {}, fix?: string): RuleModule {
  return defineRule({
    meta: { type: 'problem', docs, messages: { found: "Found '{{word}}'." }, schema: [], ...extra },
    create(context) {
      return {
        WordNode(node) {
          const text = context.sourceCode.getText(node)
          if (text !== word) return
          context.report({ node, messageId: 'found', data: { word: text }, ...(fix !== undefined ? { fix: (fixer) => fixer.replaceText(node, fix) } : {}) })
        },
      }
    },
  }) as RuleModule
}

function linterWith(rules: Record<string, RuleModule>): Linter {
  return new Linter({ rules: new Map(Object.entries(rules)) })
}

function on(...ids: string[]): LinterConfig {
  return { rules: Object.fromEntries(ids.map((id) => [id, { severity: 2 as const, options: [] }])) }
}

describe('rule API', () => {
  it('fills placeholders and reports exact 1-based positions', () => {
    const { messages } = linterWith({ foo: wordRule('foo') }).verify('Some foo here.', on('foo'))
    expect(messages).toEqual([
      { ruleId: 'foo', severity: 2, message: "Found 'foo'.", messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 9 },
    ])
  })

  it('turns an unknown messageId into a fatal message naming the rule', () => {
    const bad = defineRule({
      meta: { type: 'problem', docs, messages: { a: 'A' }, schema: [] },
      create: (context) => ({ WordNode: (node) => context.report({ node, messageId: 'nope' as 'a' }) }),
    }) as RuleModule
    const result = linterWith({ bad }).verify('word', on('bad'))
    expect(result.messages).toHaveLength(1)
    expect(result.messages[0]).toMatchObject({ ruleId: 'bad', fatal: true, severity: 2 })
    expect(result.messages[0]!.message).toMatch(/^Rule 'bad' failed: context.report\(\) used unknown messageId 'nope'/)
    expect(result.crashes).toHaveLength(1)
  })

  it('refuses fixes and suggestions that meta does not declare', () => {
    const fixing = wordRule('foo', {}, 'bar')
    expect(linterWith({ fixing }).verify('foo', on('fixing')).messages[0]!.message).toMatch(/reported a fix but its meta does not set 'fixable'/)
    const suggesting = defineRule({
      meta: { type: 'problem', docs, messages: { a: 'A' }, schema: [] },
      create: (context) => ({ WordNode: (node) => context.report({ node, messageId: 'a', suggest: [{ messageId: 'a', fix: (f) => f.remove(node) }] }) }),
    }) as RuleModule
    expect(linterWith({ suggesting }).verify('foo', on('suggesting')).messages[0]!.message).toMatch(/does not set 'hasSuggestions'/)
  })

  it('keeps the other rules running when one throws', () => {
    const thrower = defineRule({
      meta: { type: 'problem', docs, messages: {}, schema: [] },
      create: () => ({
        SentenceNode() {
          throw new Error('boom')
        },
      }),
    }) as RuleModule
    const result = linterWith({ thrower, foo: wordRule('foo') }).verify('One foo.\n\nTwo foo.', on('thrower', 'foo'))
    expect(result.messages.map((m) => [m.ruleId, m.line, m.fatal ?? false])).toEqual([
      ['thrower', 1, true],
      ['foo', 1, false],
      ['foo', 3, false],
    ])
    expect(result.messages[0]!.message).toBe("Rule 'thrower' failed: boom")
  })

  it('walks each tree once with every rule’s visitors merged, in document order', () => {
    const calls: string[] = []
    // Text without a file name is read as Markdown.
    const tracer = (name: string): RuleModule =>
      defineRule({
        meta: { type: 'suggestion', docs, messages: {}, schema: [] },
        create: () => ({
          Document: () => calls.push(`${name}:Document`),
          heading: () => calls.push(`${name}:heading`),
          ParagraphNode: () => calls.push(`${name}:ParagraphNode`),
          'ParagraphNode:exit': () => calls.push(`${name}:ParagraphNode:exit`),
          'Document:exit': () => calls.push(`${name}:Document:exit`),
        }),
      }) as RuleModule
    linterWith({ a: tracer('a'), b: tracer('b') }).verify('# Hi\n\nText.', on('a', 'b'))
    expect(calls).toEqual([
      'a:Document', 'b:Document',
      'a:heading', 'b:heading',
      'a:ParagraphNode', 'b:ParagraphNode', 'a:ParagraphNode:exit', 'b:ParagraphNode:exit',
      'a:ParagraphNode', 'b:ParagraphNode', 'a:ParagraphNode:exit', 'b:ParagraphNode:exit',
      'a:Document:exit', 'b:Document:exit',
    ])
  })

  it('walks inside paragraphs only when a rule listens there, and then for every rule', () => {
    const counter = (types: string[], seen: Record<string, number>): RuleModule =>
      defineRule({
        meta: { type: 'suggestion', docs, messages: {}, schema: [] },
        create: () => Object.fromEntries(types.map((type) => [type, () => void (seen[type] = (seen[type] ?? 0) + 1)])),
      }) as RuleModule
    const text = 'One two.\n\nThree, four five. Six.\n\n- seven'
    const alone: Record<string, number> = {}
    linterWith({ paragraphs: counter(['ParagraphNode', 'ParagraphNode:exit', 'RootNode'], alone) }).verify(text, on('paragraphs'))
    expect(alone).toEqual({ RootNode: 1, ParagraphNode: 3, 'ParagraphNode:exit': 3 })
    const together: Record<string, number> = {}
    const words: Record<string, number> = {}
    linterWith({ paragraphs: counter(['ParagraphNode'], together), words: counter(['WordNode', 'SentenceNode:exit'], words) }).verify(text, on('paragraphs', 'words'))
    expect(together).toEqual({ ParagraphNode: 3 })
    expect(words).toEqual({ WordNode: 7, 'SentenceNode:exit': 4 })
  })
  it('freezes the trees when asked, so a rule cannot change them', () => {
    const mutator = defineRule({
      meta: { type: 'problem', docs, messages: {}, schema: [] },
      create: () => ({
        WordNode(node) {
          node.children = []
        },
      }),
    }) as RuleModule
    const linter = new Linter({ rules: new Map([['mutator', mutator]]), freeze: true })
    expect(linter.verify('word', on('mutator')).messages[0]).toMatchObject({ ruleId: 'mutator', fatal: true })
  })

  it('passes options, settings and the file name, and computes posting facts once', () => {
    const seen: unknown[] = []
    const rule = defineRule({
      meta: { type: 'problem', docs, messages: {}, schema: [{ type: 'object' }] },
      create(context) {
        seen.push(context.options, context.settings, context.filename, context.posting === context.posting, context.posting.emails.map((e) => e.address))
        return {}
      },
    }) as RuleModule
    const config: LinterConfig = { rules: { r: { severity: 1, options: [{ x: 1 }] } }, settings: { asOf: '2026-01-01' } }
    linterWith({ r: rule }).verify('Write to jobs@acme.example.', config, 'job.md')
    expect(seen).toEqual([[{ x: 1 }], { asOf: '2026-01-01' }, 'job.md', true, ['jobs@acme.example']])
  })

  it('gives undecodable input one fatal message', () => {
    const linter = linterWith({ foo: wordRule('foo') })
    expect(linter.verify(new Uint8Array([0x66, 0x6f, 0xff, 0x6f]), on('foo')).messages).toEqual([
      { ruleId: null, severity: 2, fatal: true, message: 'File is not valid UTF-8 (first bad byte at offset 2)', line: 1, column: 1 },
    ])
    expect(linter.verify(new Uint8Array([0x61, 0x00, 0x62]), on('foo')).messages[0]!.message).toBe('File is binary, not text (it contains NUL bytes)')
    expect(linter.verify(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), on('foo')).messages[0]!.message).toMatch(/UTF-16/)
  })
})

describe('directives', () => {
  const linter = linterWith({ foo: wordRule('foo'), bar: wordRule('bar') })
  const both = on('foo', 'bar')

  it('disables and enables by rule and for all rules', () => {
    const text = 'foo bar\n\n<!-- postlint-disable foo -->\n\nfoo bar\n\n<!-- postlint-enable foo -->\n\nfoo\n\n<!-- postlint-disable -->\n\nfoo bar\n'
    const result = linter.verify(text, both)
    expect(result.messages.map((m) => `${m.line}:${m.ruleId}`)).toEqual(['1:foo', '1:bar', '5:bar', '9:foo'])
    expect(result.suppressedMessages.map((m) => `${m.line}:${m.ruleId}`)).toEqual(['5:foo', '13:foo', '13:bar'])
    expect(result.suppressedMessages[0]!.suppressions).toEqual([{ kind: 'directive', justification: '' }])
  })

  it('handles disable-line and disable-next-line, with reasons', () => {
    const text = 'foo <!-- postlint-disable-line foo -- a quoted title --> bar\n<!-- postlint-disable-next-line -->\nfoo bar\nfoo'
    const result = linter.verify(text, both)
    expect(result.messages.map((m) => `${m.line}:${m.ruleId}`)).toEqual(['1:bar', '4:foo'])
    expect(result.suppressedMessages.map((m) => m.suppressions![0]!.justification)).toEqual(['a quoted title', '', ''])
  })

  it('works in HTML comments of HTML files', () => {
    const html = '<main><!-- postlint-disable-next-line foo -->\n<p>foo bar</p></main>'
    expect(linter.verify(html, both, 'p.html').messages.map((m) => m.ruleId)).toEqual(['bar'])
  })

  it('reports unknown rules in directives', () => {
    const result = linter.verify('<!-- postlint-disable nope -->\n\nfoo', on('foo'))
    expect(result.messages.map((m) => [m.ruleId, m.message, m.line])).toEqual([
      [null, "Definition for rule 'nope' was not found.", 1],
      ['foo', "Found 'foo'.", 3],
    ])
  })

  it('reports unused directives, with a fix that removes the comment line', () => {
    const text = '<!-- postlint-disable foo -->\nbar\n<!-- postlint-disable-next-line foo, bar -->\nbar\n'
    const result = linter.verify(text, { ...both, reportUnusedDisableDirectives: 1 })
    expect(result.messages.map((m) => [m.line, m.severity, m.message])).toEqual([
      [1, 1, "Unused postlint-disable directive (no problems were reported from 'foo')."],
      [2, 2, "Found 'bar'."],
      [3, 1, "Unused postlint-disable-next-line directive (no problems were reported from 'foo')."],
    ])
    expect(applyFixes(text, [result.messages[0]!.fix!]).output).toBe('bar\n<!-- postlint-disable-next-line foo, bar -->\nbar\n')
    expect(result.messages[2]!.fix).toBeUndefined()
  })
})

describe('fixes', () => {
  it('applies non-overlapping fixes, leaving touching ones for the next pass', () => {
    const text = 'abcdef'
    const fixes = [
      { range: [0, 2] as [number, number], text: 'X' },
      { range: [2, 3] as [number, number], text: 'Y' },
      { range: [1, 4] as [number, number], text: 'Z' },
      { range: [4, 6] as [number, number], text: 'W' },
    ]
    const result = applyFixes(text, fixes)
    expect(result.output).toBe('XcdW')
    expect(result.skipped).toEqual([fixes[2], fixes[1]])
  })

  it('repeats passes until nothing changes, and keeps the BOM and CRLF', () => {
    const linter = linterWith({ chain: wordRule('aaa', { fixable: 'text' }, 'bbb'), chain2: wordRule('bbb', { fixable: 'text' }, 'ccc') })
    const result = linter.verifyAndFix('\uFEFFaaa\r\nline two aaa\r\n', on('chain', 'chain2'))
    expect(result.fixed).toBe(true)
    expect(result.output).toBe('\uFEFFccc\r\nline two ccc\r\n')
    expect(result.messages).toEqual([])
  })

  it('writes the file’s own line ending into fixes that insert lines', () => {
    const inserter = defineRule({
      meta: { type: 'problem', docs, messages: { m: 'm' }, schema: [], fixable: 'text' },
      create: (context) => ({
        'Document:exit': () => {
          if (!context.sourceCode.text.startsWith('#')) {
            context.report({ range: [0, 0], messageId: 'm', fix: (fixer) => fixer.insertTextBeforeRange([0, 0], '# Title\n\n') })
          }
        },
      }),
    }) as RuleModule
    expect(linterWith({ inserter }).verifyAndFix('Body.\r\n', on('inserter')).output).toBe('# Title\r\n\r\nBody.\r\n')
  })

  it('stops after ten passes even if a rule keeps fixing', () => {
    const grower = defineRule({
      meta: { type: 'problem', docs, messages: { m: 'm' }, schema: [], fixable: 'text' },
      create: (context) => ({ 'Document:exit': () => context.report({ range: [0, 0], messageId: 'm', fix: (f) => f.insertTextBeforeRange([0, 0], 'x') }) }),
    }) as RuleModule
    expect(linterWith({ grower }).verifyAndFix('a', on('grower')).output).toBe('xxxxxxxxxxa')
  })
})
