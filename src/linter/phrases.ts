/**
 * Word lists matched in one pass.
 *
 * Rules declare their phrase lists when they load (`definePhrases`); all of
 * them are compiled into one trie keyed by word. The first rule to ask for
 * matches in a file walks the natural-language tree once, sentence by
 * sentence, looking each word up in the trie, and the matches of every list
 * are kept for every rule: no rule scans the text for its own words, and no
 * list costs a pass of its own.
 *
 * Words are compared lower-cased (a phrase written with capitals, such as
 * "ADD", matches only as written), with typographic apostrophes read as
 * `'`; hyphens and slashes split words, so "man hours", "man-hours" and
 * "man/hours" are the same phrase, while punctuation between words is not
 * part of a phrase ("work hard, play hard" matches "work hard play hard").
 * `*` in a phrase stands for any one word. Matches never cross a sentence.
 *
 * A hyphenated word is also read whole, without its hyphens, as nlcst-search
 * reads it: "able-bodied" matches the phrase "ablebodied". A French elided
 * article or pronoun is not part of the word it leans on: "d'ingénieur" is
 * read as "ingénieur", in postings and in phrases alike.
 */
import type { Paragraph, Sentence, SentenceContent } from 'nlcst'
import type { Range } from '../types.js'
import type { SourceCode } from './source-code.js'

export interface PhraseEntry<T> {
  /** Words as a reader writes them: "hit the ground running", "man-hours", "father of *". */
  phrase: string
  data: T
}

export interface PhraseMatch<T> {
  entry: PhraseEntry<T>
  /** The file range from the first word to the last. */
  range: Range
  /** The words as written in the posting. */
  text: string
  sentence: Sentence
  paragraph: Paragraph
  /** Index, in the sentence's word tokens, of the first word matched (for reading neighbours). */
  index: number
  /** How many of the sentence's word tokens the match covers (a hyphenated word read whole counts each part). */
  count: number
  /** The sentence's word tokens, for rules that read the words around a match. */
  words: readonly WordToken[]
}

/** A word of a sentence as the matcher reads it. */
/** Order matches by where they start, the longest first at each start. */
export function byStartLongestFirst<T>(a: PhraseMatch<T>, b: PhraseMatch<T>): number {
  return a.range[0] - b.range[0] || b.range[1] - a.range[1]
}

/** Keep the longest match where matches overlap ("current pay rate" over "current pay"), in document order. */
export function longestMatches<T>(matches: ReadonlyArray<PhraseMatch<T>>): Array<PhraseMatch<T>> {
  const kept: Array<PhraseMatch<T>> = []
  for (const match of [...matches].sort(byStartLongestFirst)) {
    const previous = kept.at(-1)
    if (!previous || match.range[0] >= previous.range[1]) kept.push(match)
  }
  return kept
}

export interface WordToken {
  /** Lower-cased, apostrophes normalised. */
  norm: string
  /** As written. */
  text: string
  range: Range
  /**
   * For the first part of a hyphenated word: the whole word without its
   * hyphens, lower-cased, and how many tokens it spans.
   */
  joined?: { norm: string; parts: number }
}

interface Terminal {
  set: PhraseSet<unknown>
  entry: PhraseEntry<unknown>
  /** Exact spelling required (the phrase has capitals), one word per token. */
  exact: string[] | null
}

/**
 * A phrase in the trie. Only its first word is read when the trie is made
 * (the root sorts every phrase by it); the others, and whether it has
 * capitals, when a posting first reaches a node one word on. Over all the
 * lists (some 8,000 phrases), reading every phrase whole took about 12 ms of
 * a one-posting run.
 */
interface Pending extends Terminal {
  /** The first word's key. */
  first: string
  /** Every word's key; null until read (see `keysOf`). */
  keys: string[] | null
}

/**
 * A node of the phrase trie: the phrases that go on from it wait in
 * `pending` until a posting first reaches it. Of the thousands of phrases
 * the lists hold, a posting reaches few beyond their first word, so a run
 * builds only that part of the trie (a one-posting run spent more on
 * building the whole trie than on matching).
 */
interface TrieNode {
  /** The nodes one word on, by the word's key; null until the node is opened. */
  next: Map<string, TrieNode> | null
  /** The node one word on by a wildcard (`next`'s entry for `*`, looked up once), if any. */
  any: TrieNode | null
  /** The phrases that end here (set when the node is opened). */
  ends: Terminal[]
  /** The phrases that reach this node, until it is opened. */
  pending: Pending[] | null
  /** How many words lead here. */
  depth: number
}

/** A trie node reached, and the index of the next word to read. */
interface State {
  node: TrieNode
  at: number
}

const WILDCARD = '*'

/** French elisions that lean on the next word: l', d', qu', jusqu'… */
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/iu

/** Punctuation around a word (what is neither letter, digit, wildcard nor apostrophe), unless the word is nothing else. */
const WORD_EDGES = /^[^\p{L}\p{N}*']+|(?<![^\p{L}\p{N}*'])[^\p{L}\p{N}*']+$/gu

/** A word with no edges to strip: ASCII letters, digits, wildcards and apostrophes (most phrases' words). */
const PLAIN_WORD = /^[a-z0-9*']+$/i

function phraseWord(word: string): string {
  const stripped = PLAIN_WORD.test(word) ? word : word.replace(WORD_EDGES, '')
  return stripped.includes("'") ? stripped.replace(ELISION, '') : stripped
}

/** A phrase of plain words (see PLAIN_WORD) without apostrophes, one space apart: its words are its pieces. */
const PLAIN_PHRASE = /^[a-z0-9*]+(?: [a-z0-9*]+)*$/i

/**
 * Split a phrase into the words the matcher compares. Every phrase of every
 * list goes through here when the first posting is matched, so plain words
 * skip the Unicode patterns, and plain phrases (most of them) the splitting.
 */
export function phraseWords(phrase: string): string[] {
  if (PLAIN_PHRASE.test(phrase)) return phrase.split(' ')
  return phrase
    .replace(/[’‘]/g, "'")
    .split(/[\s\-‐–/]+/u)
    .map(phraseWord)
    .filter((word) => word !== '')
}

/** A phrase's words, lower-cased, one space apart: the same key for every spelling the matcher reads alike ("Man-hours", "man hours"). */
export function phraseKey(phrase: string): string {
  // A plain phrase's words joined again are the phrase: thousands of word-list entries are keyed as the command starts.
  if (PLAIN_PHRASE.test(phrase)) return phrase.toLowerCase()
  return phraseWords(phrase).join(' ').toLowerCase()
}

function normalize(word: string): string {
  return (word.includes('’') || word.includes('‘') ? word.replace(/[’‘]/g, "'") : word).toLowerCase()
}

/** A named list of phrases, matched together with every other list. */
export class PhraseSet<T> {
  readonly id: string
  readonly entries: ReadonlyArray<PhraseEntry<T>>
  constructor(id: string, entries: ReadonlyArray<PhraseEntry<T>>) {
    this.id = id
    this.entries = entries
  }
}

const sets = new Map<string, PhraseSet<unknown>>()
let trie: TrieNode | undefined

/** Declare a phrase list (once, when a rule module loads). */
export function definePhrases<T>(id: string, entries: ReadonlyArray<PhraseEntry<T>>): PhraseSet<T> {
  const existing = sets.get(id)
  if (existing) return existing as PhraseSet<T>
  const set = new PhraseSet(id, entries)
  sets.set(id, set as PhraseSet<unknown>)
  trie = undefined
  return set
}

function compile(): TrieNode {
  const pending: Pending[] = []
  for (const set of sets.values()) {
    for (const entry of set.entries) {
      const { phrase } = entry
      // A plain phrase's words are its pieces between spaces (see phraseWords), and lower-casing normalises them.
      if (PLAIN_PHRASE.test(phrase)) {
        const space = phrase.indexOf(' ')
        pending.push({ set, entry, first: (space === -1 ? phrase : phrase.slice(0, space)).toLowerCase(), keys: null, exact: null })
        continue
      }
      const item: Pending = { set, entry, first: '', keys: null, exact: null }
      const keys = keysOf(item)
      if (keys.length === 0) continue
      item.first = keys[0]!
      pending.push(item)
    }
  }
  return open({ next: null, any: null, ends: [], pending, depth: 0 })
}

/** A phrase's keys, one per word (a wildcard kept as it is), read once, and its exact spelling when it has capitals. */
function keysOf(phrase: Pending): string[] {
  if (phrase.keys !== null) return phrase.keys
  const words = phraseWords(phrase.entry.phrase)
  phrase.exact = words.some((word) => word !== word.toLowerCase()) ? words : null
  phrase.keys = words.map((word) => (word === WILDCARD ? WILDCARD : normalize(word)))
  return phrase.keys
}

/** Open a trie node: sort the phrases waiting at it into those that end here and the nodes one word on. */
function open(node: TrieNode): TrieNode {
  if (node.pending === null) return node
  const next = new Map<string, TrieNode>()
  const { depth } = node
  for (const phrase of node.pending) {
    let key: string
    if (depth === 0) key = phrase.first
    else {
      const keys = keysOf(phrase)
      if (keys.length === depth) {
        node.ends.push(phrase)
        continue
      }
      key = keys[depth]!
    }
    let child = next.get(key)
    if (!child) next.set(key, (child = { next: null, any: null, ends: [], pending: [], depth: depth + 1 }))
    child.pending!.push(phrase)
  }
  node.next = next
  node.any = next.get(WILDCARD) ?? null
  node.pending = null
  return node
}

/** Take a French elided article or pronoun off a word token ("d'ingénieur" is read as "ingénieur"). */
function dropElision(token: WordToken): void {
  const elided = token.text.includes("'") || token.text.includes('’') ? ELISION.exec(token.text) : null
  if (!elided) return
  token.text = token.text.slice(elided[0].length)
  token.norm = normalize(token.text)
  token.range = [token.range[0] + elided[0].length, token.range[1]]
}

/** The word tokens of a sentence: words split at hyphens and slashes, punctuation left out. */
export function sentenceWords(sentence: Sentence): WordToken[] {
  const tokens: WordToken[] = []
  const push = (nodes: ReadonlyArray<{ type: string; value?: string; position?: Sentence['position']; children?: unknown[] }>): void => {
    const first = tokens.length
    let text = ''
    let start = -1
    let end = -1
    const flush = (): void => {
      if (text !== '' && start >= 0) tokens.push({ norm: normalize(text), text, range: [start, end] })
      text = ''
      start = -1
    }
    let hyphenated = true
    for (const node of nodes) {
      const value = node.value ?? ''
      const split = node.type !== 'TextNode' && /^[-‐–/]+$/u.test(value)
      if (split) {
        if (!/^[-‐]$/u.test(value)) hyphenated = false
        flush()
        continue
      }
      if (node.type === 'TextNode' || node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
        if (start === -1) start = node.position?.start.offset ?? -1
        end = node.position?.end.offset ?? end
        text += value
      }
    }
    flush()
    for (let i = first; i < tokens.length; i++) dropElision(tokens[i]!)
    const parts = tokens.length - first
    if (hyphenated && parts > 1) {
      tokens[first]!.joined = { norm: tokens.slice(first).map((token) => token.norm).join(''), parts }
    }
  }
  for (const child of sentence.children as SentenceContent[]) {
    if (child.type !== 'WordNode') continue
    const only = child.children.length === 1 ? child.children[0]! : undefined
    // Most words are one text node: read without the closures and joins hyphenated words need.
    if (only?.type === 'TextNode') {
      const start = only.position?.start.offset ?? -1
      if (only.value === '' || start < 0) continue
      const token: WordToken = { norm: normalize(only.value), text: only.value, range: [start, only.position?.end.offset ?? -1] }
      tokens.push(token)
      dropElision(token)
    } else {
      push(child.children)
    }
  }
  // Trailing apostrophes and dots belong to the sentence, not the word ("engineers'" keeps its s).
  for (const token of tokens) {
    const last = token.text[token.text.length - 1]
    if (last !== '.' && last !== "'") continue
    const trimmed = token.text.replace(/(?<![.'])[.']+$/u, '')
    if (trimmed !== token.text && trimmed !== '') {
      token.range = [token.range[0], token.range[1] - (token.text.length - trimmed.length)]
      token.text = trimmed
      token.norm = normalize(trimmed)
    }
  }
  return tokens
}

/** Whether a list already holds a match at the same words with the same data (matches at one index are pushed together, last). */
function hasTwin(list: ReadonlyArray<PhraseMatch<unknown>>, sentence: Sentence, index: number, count: number, data: unknown): boolean {
  for (let k = list.length - 1; k >= 0 && list[k]!.sentence === sentence && list[k]!.index === index; k--) {
    if (list[k]!.count === count && list[k]!.entry.data === data) return true
  }
  return false
}

export type PhraseMatches = ReadonlyMap<string, ReadonlyArray<PhraseMatch<unknown>>>

/** The states reached from trie node `node` by the word at `at` of `words`, added to `next` (made only when there is one). */
function advance(words: readonly WordToken[], node: TrieNode, at: number, next: State[] | null): State[] | null {
  const word = words[at]
  if (!word) return next
  // Nodes are opened as they are reached: a state's node has its ends and next set.
  const exact = node.next!.get(word.norm)
  if (exact) (next ??= []).push({ node: open(exact), at: at + 1 })
  if (node.any) (next ??= []).push({ node: open(node.any), at: at + 1 })
  if (word.joined) {
    const whole = node.next!.get(word.joined.norm)
    if (whole) (next ??= []).push({ node: open(whole), at: at + word.joined.parts })
  }
  return next
}

/** Match every declared list against a document, in one walk. */
export function scanPhrases(sourceCode: SourceCode): PhraseMatches {
  trie ??= compile()
  const root = trie
  const found = new Map<string, Array<PhraseMatch<unknown>>>()
  for (const paragraph of sourceCode.nlcst.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const words = sentenceWords(sentence)
      for (let i = 0; i < words.length; i++) {
        // Each state is a trie node reached and the index of the next word to read; most words start no phrase.
        let states = advance(words, root, i, null)
        while (states) {
          for (const { node, at } of states) {
            for (const terminal of node.ends) {
              const matched = words.slice(i, at)
              if (terminal.exact && !(terminal.exact.length === matched.length && terminal.exact.every((w, k) => w === WILDCARD || w === matched[k]!.text))) continue
              let list = found.get(terminal.set.id)
              if (!list) found.set(terminal.set.id, (list = []))
              // "man-hours" is both "man hours" and "manhours": one finding when both spellings carry the same data.
              if (hasTwin(list, sentence, i, matched.length, terminal.entry.data)) continue
              const range: Range = [matched[0]!.range[0], matched[matched.length - 1]!.range[1]]
              list.push({ entry: terminal.entry, range, text: sourceCode.getText(range), sentence, paragraph, index: i, count: matched.length, words })
            }
          }
          let next: State[] | null = null
          for (const { node, at } of states) next = advance(words, node, at, next)
          states = next
        }
      }
    }
  }
  return found
}
