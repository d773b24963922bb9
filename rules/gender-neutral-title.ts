/**
 * gender-neutral-title: a job title that names one sex ("Salesman",
 * "Waitress"), or a French title that names only the masculine
 * ("Conseiller principal en politiques").
 *
 * Only titles are read: front matter `title`, the HTML `<title>` and every
 * heading; wording in the body is inclusive-language's. The words are found
 * by the shared phrase index (data/gendered-titles.ts): headings are in the
 * document's tree; front matter and `<title>` are not, so each is matched
 * on its own, as a one-line document, with the same lists.
 * A title stays silent when it already names everyone: both forms
 * ("Waiter/Waitress", "Concepteur ou conceptrice", "Développeur-développeuse"),
 * an abbreviated doublet ("Adjoint(e)", "Conseiller/ère"), a marker such as
 * "(m/f/d)" or "H/F"; and when the word names someone else's post
 * ("Assistant to the Chairman", "Adjoint·e exécutif·ve – directeur des
 * opérations", "auprès du directeur"). French words are read only in French
 * titles, English ones only in titles that are not French. A word the
 * `<title>` or front matter repeats from a heading is reported once.
 * The message names the laws in force that bar sex-specific advertising
 * (Title VII, the UK Equality Act 2010, the EU Pay Transparency Directive).
 */
import type { Paragraph } from 'nlcst'
import type { Element, Root as HastRoot, Text } from 'hast'
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import type { Range } from '../src/types.js'
import { definePhrases, scanPhrases, type PhraseMatch, type PhraseSet, type WordToken } from '../src/linter/phrases.js'
import { languageOf } from '../src/linter/language.js'
import { parseDocument } from '../src/linter/parse.js'
import { LineIndex } from '../src/linter/lines.js'
import { SourceCode } from '../src/linter/source-code.js'
import { frontMatterKeyRange } from '../src/facts/index.js'
import { citeLaws, lawsForbidding } from '../src/jurisdictions/requirements.js'
import { jurisdictionEvidence } from '../src/facts/reporting.js'
import { ALL_GENDERS, ENGLISH_TITLES, inTitleHeading, FEMININE_ENDINGS, FRENCH_ADJECTIVES, FRENCH_TITLES, SUPPORT_NOUNS, type FrenchTitle, type GenderedTitle } from './data/gendered-titles.js'

const ENGLISH = definePhrases<GenderedTitle>('gender-neutral-title/en', ENGLISH_TITLES.flatMap((title) => title.words.map((phrase) => ({ phrase, data: title }))))
const FRENCH = definePhrases<{ title: FrenchTitle; plural: boolean }>(
  'gender-neutral-title/fr',
  FRENCH_TITLES.flatMap((title) => [false, true].map((plural) => ({ phrase: plural ? `${title.masculine}s` : title.masculine, data: { title, plural } }))),
)

/** Words before a title that make it someone else's post ("Assistant to the Chairman", "our Chairman"). */
const OTHER_PERSON_BEFORE = new Set(['to', 'for', 'from', 'by', 'our', 'his', 'her', 'their'])
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'your'])
/** French words before a noun that make it a complement ("auprès du directeur", "chef des concepteurs"). */
const FRENCH_COMPLEMENT_BEFORE = new Set(['du', 'au', 'aux', 'auprès'])
/** Nouns after which "des" means "of the" ("chef des concepteurs"), not "some" ("nous recherchons des développeurs"). */
const FRENCH_HEADS = new Set(['chef', 'cheffe', 'responsable', 'gestionnaire', 'bureau', 'équipe', 'direction', 'communauté', 'réseau', ...FRENCH_TITLES.flatMap((title) => [title.masculine, ...title.feminine])])
const PLURAL = /(?:men|ies|[^s]s|sses)$/
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'at', 'with'])

/** A match, wherever its title came from, with its words placed in the file. */
interface TitleMatch<T> {
  data: T
  index: number
  words: readonly WordToken[]
  range: Range
  /** The whole title or heading, as a reader sees it. */
  title: string
  fromHeading: boolean
}

function capitalise(text: string, original: string, titleCase: boolean): string {
  if (original.length > 1 && original === original.toUpperCase()) return text.toUpperCase()
  if (!/^\p{Lu}/u.test(original)) return text
  return titleCase ? text.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) : text.charAt(0).toUpperCase() + text.slice(1)
}

/** `text` without the spaces and tabs around it. */
function trimBlanks(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--
  return text.slice(start, end)
}

/** A YAML scalar without the quotes that enclose it, if any. */
function unquote(value: string): string {
  return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]) ? value.slice(1, -1) : value
}

export default defineRule<'gendered' | 'masculineOnly' | 'useNeutral' | 'addFeminine', []>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Report job titles that name one sex (salesman, waitress) or, in French, only the masculine form, in the title and headings',
      category: 'inclusive-language',
      recommended: true,
      url: ruleDocsUrl('gender-neutral-title'),
    },
    messages: {
      gendered: "'{{text}}' is a job title for one sex; write a neutral title such as '{{neutral}}'.{{law}}",
      masculineOnly: "The title names only the masculine '{{text}}'; write both forms ('{{pair}}') or an epicene title.{{law}}",
      useNeutral: "Write '{{neutral}}'.",
      addFeminine: "Write '{{pair}}'.",
    },
    schema: [],
    hasSuggestions: true,
  },
  create(context) {
    const { sourceCode, posting } = context
    const text = sourceCode.text

    /** Matches of a list in the headings. */
    const inHeadings = <T>(set: PhraseSet<T>): Array<TitleMatch<T>> =>
      posting
        .phrases(set)
        .filter((match) => inTitleHeading(sourceCode, match))
        .map((match) => ({ data: match.entry.data, index: match.index, words: match.words, range: match.range, title: sourceCode.getProse(match.paragraph as Paragraph).text, fromHeading: true }))

    /** Titles outside the document's tree: front matter `title` and HTML `<title>`, as [start, end) of their text. */
    const otherTitles = (): Range[] => {
      const ranges: Range[] = []
      const line = frontMatterKeyRange(sourceCode, ['title'])
      if (line) {
        const value = /^title[ \t]*:(.*)$/.exec(text.slice(line[0], line[1]))
        const title = value ? unquote(trimBlanks(value[1]!)) : ''
        if (value && title && !/^[>|]/.test(title)) {
          const start = line[0] + value.index + value[0].indexOf(title, value[0].indexOf(':') + 1)
          ranges.push([start, start + title.length])
        }
      }
      if (sourceCode.format === 'html' && sourceCode.markup) {
        const stack: Array<HastRoot | Element> = [sourceCode.markup as HastRoot]
        while (stack.length > 0) {
          const node = stack.pop()!
          for (const child of node.children) {
            if (child.type !== 'element') continue
            if (child.tagName === 'title') {
              const first = child.children[0] as Text | undefined
              const last = child.children.at(-1) as Text | undefined
              const start = first?.position?.start.offset
              const end = last?.position?.end.offset
              if (start !== undefined && end !== undefined) ranges.push([start, end])
            } else if (child.tagName === 'html' || child.tagName === 'head') stack.push(child)
          }
        }
      }
      return ranges
    }

    /** Matches of both lists in one title that is not in the tree, placed in the file. */
    const inOtherTitles = (): { en: Array<TitleMatch<GenderedTitle>>; fr: Array<TitleMatch<{ title: FrenchTitle; plural: boolean }>> } => {
      const en: Array<TitleMatch<GenderedTitle>> = []
      const fr: Array<TitleMatch<{ title: FrenchTitle; plural: boolean }>> = []
      for (const [start, end] of otherTitles()) {
        const title = text.slice(start, end)
        const mini = new SourceCode(title, false, parseDocument(title, 'text', new LineIndex(title)))
        const found = scanPhrases(mini)
        const place = <T>(match: PhraseMatch<unknown>): TitleMatch<T> => ({
          data: match.entry.data as T,
          index: match.index,
          words: match.words.map((word) => ({ ...word, range: [word.range[0] + start, word.range[1] + start] as const })),
          range: [match.range[0] + start, match.range[1] + start],
          title,
          fromHeading: false,
        })
        for (const match of found.get(ENGLISH.id) ?? []) en.push(place(match))
        for (const match of found.get(FRENCH.id) ?? []) fr.push(place(match))
      }
      return { en, fr }
    }

    return {
      'Document:exit'() {
        const others = inOtherTitles()
        const english = [...inHeadings(ENGLISH), ...others.en]
        const french = [...inHeadings(FRENCH), ...others.fr]
        if (english.length === 0 && french.length === 0) return
        const laws = lawsForbidding(posting.laws, 'genderedTitles')
        const law = laws.length > 0 ? ` Job advertisements that indicate a sex are restricted by ${citeLaws(laws)}.` : ''
        const related = laws.length > 0 ? jurisdictionEvidence(context, laws) : []
        // The <title> or front matter repeating a heading ("Salesman | Acme" and "# Salesman") is reported once, at the heading.
        const reported: Array<{ word: string; heading: string }> = []
        const already = (match: TitleMatch<unknown>): boolean => {
          const word = match.words[match.index]!.norm
          const title = match.title.trim().toLowerCase()
          if (match.fromHeading) reported.push({ word, heading: title })
          return !match.fromHeading && reported.some((entry) => entry.word === word && (title.includes(entry.heading) || entry.heading.includes(title)))
        }

        for (const match of english) {
          const title = match.data
          const { words, index } = match
          if (languageOf(sourceCode, match.title) === 'fr' || ALL_GENDERS.test(match.title)) continue
          if (words.some((word) => title.counterparts.includes(word.norm))) continue
          const before = words[index - 1]?.norm
          const person = before !== undefined && DETERMINERS.has(before) && before !== 'our' && before !== 'your' ? words[index - 2]?.norm : before
          if (person !== undefined && OTHER_PERSON_BEFORE.has(person)) continue
          if (already(match)) continue
          const written = text.slice(match.range[0], match.range[1])
          const plural = PLURAL.test(written.toLowerCase())
          // Title Case when the other words are capitalised ("Salesman, Night Shift"), not in "Handyman wanted".
          const others = words.filter((word, i) => i !== index && !MINOR_WORDS.has(word.norm) && /^\p{L}/u.test(word.text))
          const titleCase = others.every((word) => /^\p{Lu}/u.test(word.text))
          const neutral = (plural && title.neutralPlural ? title.neutralPlural : title.neutral).map((option) => capitalise(option, written, titleCase))
          context.report({
            range: match.range,
            messageId: 'gendered',
            data: { text: written, law, neutral: neutral[0]! },
            related,
            suggest: neutral.map((option) => ({ messageId: 'useNeutral', data: { neutral: option }, fix: (fixer) => fixer.replaceTextRange(match.range, option) })),
          })
        }

        const consumed = new Set<number>()
        for (const match of french) {
          const { title: entry, plural } = match.data
          const { words, index } = match
          if (consumed.has(match.range[0]) || languageOf(sourceCode, match.title) !== 'fr' || ALL_GENDERS.test(match.title)) continue
          if (entry.headOnly && index > 0) continue
          const next = words[index + 1]
          if (next && FEMININE_ENDINGS.has(next.norm) && /^\s?[(/·.•‧⋅-]\s?$/u.test(text.slice(match.range[1], next.range[0]))) continue
          const feminine = entry.feminine.flatMap((form) => [form, `${form}s`])
          // A misspelt feminine still pairs ("Traducteur/traductrie"): a word sharing the feminine's stem that the masculine lacks.
          const stems = entry.feminine.filter((form) => form.length >= 8).map((form) => form.slice(0, -2)).filter((stem) => !entry.masculine.startsWith(stem))
          if (words.some((word) => feminine.includes(word.norm) || stems.some((stem) => word.norm.startsWith(stem)))) continue
          const before = words[index - 1]?.norm
          if (before !== undefined && (FRENCH_COMPLEMENT_BEFORE.has(before) || (before === 'des' && index > 1 && FRENCH_HEADS.has(words[index - 2]!.norm)))) continue
          if (entry.superior && words.slice(0, index).some((word) => SUPPORT_NOUNS.some((noun) => word.norm.startsWith(noun)))) continue
          if (already(match)) continue
          // The noun and the adjectives that agree with it: "Conseiller principal" → "Conseiller principal ou conseillère principale".
          let last = index
          while (words[last + 1] && FRENCH_ADJECTIVES[words[last + 1]!.norm] && /^\s+$/.test(text.slice(words[last]!.range[1], words[last + 1]!.range[0]))) {
            last++
            consumed.add(words[last]!.range[0])
          }
          const range: Range = [match.range[0], words[last]!.range[1]]
          const written = text.slice(range[0], range[1])
          const adjectives = words.slice(index + 1, last + 1).map((word) => ` ${FRENCH_ADJECTIVES[word.norm]!}`)
          const shout = written.length > 1 && written === written.toUpperCase()
          const added = `${plural ? 'et' : 'ou'} ${entry.feminine[0]!}${plural ? 's' : ''}${adjectives.join('')}`
          const pair = `${written} ${shout ? added.toUpperCase() : added}`
          context.report({
            range,
            messageId: 'masculineOnly',
            data: { text: written, law, pair },
            related,
            suggest: [{ messageId: 'addFeminine', data: { pair }, fix: (fixer) => fixer.replaceTextRange(range, pair) }],
          })
        }
      },
    }
  },
})
