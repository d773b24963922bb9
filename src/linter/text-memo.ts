/**
 * Answers remembered by text, across files: postings repeat their
 * boilerplate (equal-opportunity statements, how to apply), so what is read
 * from a sentence or a paragraph alone is worth keeping for the next posting.
 *
 * Bounded in texts and in characters: emptied when either is full, so a run
 * over any number of files, however long their paragraphs, keeps at most
 * `limit` texts and `budget` characters of them. A text longer than a
 * sixteenth of the budget is not kept (long texts seldom come back). Never
 * wrong, only sometimes forgetful.
 */
export class TextMemo<V> {
  /** Every memo made, for forgetAll. */
  static readonly #all: Array<TextMemo<unknown>> = []

  /** Empty every memo: for measurements that must not see the texts of the runs before them (bench/). */
  static forgetAll(): void {
    for (const memo of TextMemo.#all) memo.clear()
  }

  readonly #limit: number
  readonly #budget: number
  readonly #known = new Map<string, V>()
  #characters = 0

  /** `budget`: characters of text kept at most, 256 per text of `limit` unless given. */
  constructor(limit: number, budget = limit * 256) {
    this.#limit = limit
    this.#budget = budget
    TextMemo.#all.push(this as TextMemo<unknown>)
  }

  clear(): void {
    this.#known.clear()
    this.#characters = 0
  }

  get(text: string): V | undefined {
    return this.#known.get(text)
  }

  /** The answer kept for `text`, else `answer(text)`, kept. */
  remember(text: string, answer: (text: string) => V): V {
    let value = this.#known.get(text)
    if (value === undefined) {
      value = answer(text)
      this.#add(text, value)
    }
    return value
  }

  set(text: string, value: V): void {
    if (this.#known.has(text)) this.#known.set(text, value)
    else this.#add(text, value)
  }

  /** Keep a text not kept yet (remember knows it is not: no second look). */
  #add(text: string, value: V): void {
    if (text.length > this.#budget / 16) return
    if (this.#known.size >= this.#limit || this.#characters + text.length > this.#budget) this.clear()
    this.#characters += text.length
    this.#known.set(text, value)
  }
}
