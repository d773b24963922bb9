import { describe, expect, it } from 'vitest'
import { TextMemo } from '../../src/linter/text-memo.js'

describe('TextMemo', () => {
  it('gives back what was set for a text, by value, not by string identity', () => {
    const memo = new TextMemo<number>(8)
    memo.set('equal opportunity employer', 1)
    expect(memo.get(['equal', 'opportunity', 'employer'].join(' '))).toBe(1)
    expect(memo.get('equal opportunity')).toBeUndefined()
  })

  it('holds at most its limit: full, it forgets everything and starts again', () => {
    const memo = new TextMemo<number>(3)
    for (const [index, text] of ['a', 'b', 'c'].entries()) memo.set(text, index)
    expect(['a', 'b', 'c'].map((text) => memo.get(text))).toEqual([0, 1, 2])
    memo.set('d', 3)
    expect(['a', 'b', 'c', 'd'].map((text) => memo.get(text))).toEqual([undefined, undefined, undefined, 3])
  })
})
