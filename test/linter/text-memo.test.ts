import { describe, expect, it } from 'vitest'
import { TextMemo } from '../../src/linter/text-memo.js'

describe('TextMemo', () => {
  it('gives back what was set for a text, by value, not by string identity', () => {
    const memo = new TextMemo<number>(8)
    memo.set('equal opportunity employer', 1)
    expect(memo.get(['equal', 'opportunity', 'employer'].join(' '))).toBe(1)
    expect(memo.get('equal opportunity')).toBeUndefined()
  })

  it('holds at most its limit of texts: full, it forgets everything and starts again', () => {
    const memo = new TextMemo<number>(3)
    for (const [index, text] of ['a', 'b', 'c'].entries()) memo.set(text, index)
    expect(['a', 'b', 'c'].map((text) => memo.get(text))).toEqual([0, 1, 2])
    memo.set('d', 3)
    expect(['a', 'b', 'c', 'd'].map((text) => memo.get(text))).toEqual([undefined, undefined, undefined, 3])
  })

  it('holds at most its budget of characters, and does not keep a text longer than a sixteenth of it', () => {
    const memo = new TextMemo<number>(100, 160)
    const texts = Array.from({ length: 16 }, (_, index) => String(index).padStart(10, 'x'))
    texts.forEach((text, index) => memo.set(text, index))
    expect(texts.map((text) => memo.get(text))).toEqual(texts.map((_, index) => index))
    memo.set('y'.repeat(10), 16)
    expect(memo.get(texts[0]!)).toBeUndefined()
    expect(memo.get('y'.repeat(10))).toBe(16)
    memo.set('z'.repeat(11), 17)
    expect(memo.get('z'.repeat(11))).toBeUndefined()
    expect(memo.get('y'.repeat(10))).toBe(16)
  })

  it('counts a text set again once', () => {
    const memo = new TextMemo<number>(100, 32)
    for (let round = 0; round < 5; round++) memo.set('0123456789'.slice(0, 2), round)
    memo.set('ab', 9)
    expect(memo.get('01')).toBe(4)
  })
})

describe('TextMemo.forgetAll', () => {
  it('empties every memo made', () => {
    const one = new TextMemo<number>(8)
    const two = new TextMemo<string>(8)
    one.set('a', 1)
    two.set('b', 'x')
    TextMemo.forgetAll()
    expect(one.get('a')).toBeUndefined()
    expect(two.get('b')).toBeUndefined()
    one.set('a', 2)
    expect(one.get('a')).toBe(2)
  })
})

describe('TextMemo.remember', () => {
  it('works an answer out once per text kept, and again once the text is forgotten', () => {
    const memo = new TextMemo<number>(2)
    let asked = 0
    const length = (text: string): number => {
      asked++
      return text.length
    }
    expect([memo.remember('ab', length), memo.remember('ab', length), memo.remember('abc', length)]).toEqual([2, 2, 3])
    expect(asked).toBe(2)
    memo.remember('abcd', length)
    expect(memo.remember('ab', length)).toBe(2)
    expect(asked).toBe(4)
  })
})
