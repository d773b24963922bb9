/**
 * Answers remembered by text, across files: postings repeat their
 * boilerplate (equal-opportunity statements, how to apply), so what is read
 * from a sentence or a paragraph alone is worth keeping for the next posting.
 * Bounded: emptied when full, so a run over any number of files keeps at
 * most `limit` texts, and it is never wrong, only sometimes forgetful.
 */
export class TextMemo<V> {
  readonly #limit: number
  readonly #known = new Map<string, V>()

  constructor(limit: number) {
    this.#limit = limit
  }

  get(text: string): V | undefined {
    return this.#known.get(text)
  }

  set(text: string, value: V): void {
    if (this.#known.size >= this.#limit) this.#known.clear()
    this.#known.set(text, value)
  }
}
