/**
 * The markup tree (mdast, hast) is walked, and for Markdown built, only when
 * a rule visits its nodes: a lint whose rules visit the natural-language
 * tree alone never asks for it. Observed through the parser's deferred tree,
 * counted each time it is built.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { defineRule } from '../../src/define-rule.js'
import type { Linter as LinterClass } from '../../src/linter/linter.js'
import type { RuleModule, RuleVisitors } from '../../src/types.js'

const built = vi.hoisted(() => ({ count: 0 }))

vi.mock('../../src/linter/parse.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/linter/parse.js')>()
  return {
    ...original,
    parseDocument: (...args: Parameters<typeof original.parseDocument>) => {
      const document = original.parseDocument(...args)
      const markup = document.markup
      if (typeof markup !== 'function') return document
      return {
        ...document,
        markup: () => {
          built.count++
          return markup()
        },
      }
    },
  }
})

// The setup file has loaded the linter already, with the parser unmocked: load it again, with the mock.
let Linter: typeof LinterClass
beforeAll(async () => {
  vi.resetModules()
  ;({ Linter } = await import('../../src/linter/linter.js'))
})

const docs = { description: 'test rule', category: 'hygiene' as const, recommended: false, url: 'https://example.test' }

/** A rule with these visitors, reporting the type of each node it visits. */
function visiting(...types: string[]): RuleModule {
  return defineRule({
    meta: { type: 'problem', docs, messages: { seen: '{{type}}' }, schema: [] },
    create(context) {
      const visitors: RuleVisitors = {}
      for (const type of types) visitors[type] = (node: { type: string }) => context.report({ node: node as never, messageId: 'seen', data: { type: node.type } })
      return visitors
    },
  }) as RuleModule
}

function lint(rule: RuleModule, text: string): string[] {
  const linter = new Linter({ rules: new Map([['probe', rule]]) })
  return linter.verify(text, { rules: { probe: { severity: 2, options: [] } } }, 'posting.md').messages.map((message) => message.message)
}

const POSTING = '# Data analyst\n\nWe pay **well**.\n\n- Remote\n'

describe('the markup tree on demand', () => {
  it('is not built when the rules visit the natural-language tree alone', () => {
    built.count = 0
    expect(lint(visiting('Document', 'SentenceNode', 'WordNode:exit'), POSTING)).toEqual(['RootNode', 'SentenceNode', 'WordNode', 'WordNode', 'SentenceNode', 'WordNode', 'WordNode', 'WordNode', 'SentenceNode', 'WordNode'])
    expect(built.count).toBe(0)
  })

  it('is built once, and walked, when a rule visits Markdown nodes', () => {
    built.count = 0
    expect(lint(visiting('heading', 'strong:exit', 'listItem'), POSTING)).toEqual(['heading', 'strong', 'listItem'])
    expect(built.count).toBe(1)
  })
})
