/**
 * no-dangling-link-text's phrases are compiled and run alternative by
 * alternative (WordAlternatives): they must find what the one pattern of
 * all of them, a named group per scope, finds.
 */
import { describe, expect, it } from 'vitest'
import { LINK_PHRASE_PATTERN, LINK_PHRASES, type LinkPhraseScope } from '../../rules/data/link-phrases.js'
import { matchesOf } from '../../src/linter/matches.js'
import { gateText, WORD_END, WORD_START } from '../../src/linter/word-patterns.js'
import { corpusProse } from '../corpus-prose.js'

const SCOPES = Object.keys(LINK_PHRASES) as LinkPhraseScope[]
const ONE = new RegExp(
  `${WORD_START}(?:${SCOPES.map((scope) => `(?<${scope}>${LINK_PHRASES[scope].map((entry) => entry.replaceAll(' ', '\\s+')).join('|')})`).join('|')})${WORD_END}`,
  'giu',
)

/** Phrases written to reach each entry, among words that start like them, English and French. */
const WRITTEN = [
  'Click here to apply, or tap on here.', 'Apply online here today.', 'Why not apply here?', 'Register here for the session.', 'Submit your résumé here.',
  'The form can be downloaded here.', 'More information is available here.', 'Learn more here.', 'Please see here.', 'You can see here the map.', 'Check it out here.',
  'Cliquez ici pour postuler.', 'Postulez en ligne ici.', 'Pourquoi postuler ici ?', 'En savoir plus ici.', "Plus d'informations ici.",
  'Follow this link to apply.', 'See the following website.', 'The links provided below.', 'Below links.', 'Suivez ce lien.', 'Les liens ci-dessous.',
  'The link above.', 'Above URLs.', 'Liens ci-dessus.',
  'Visit our careers site.', "Visit the company's federal jobs portal.", 'See our page 3.', 'Check out our site.', 'Apply through our careers page.',
  'Details are posted on our website.', 'Visitez notre site web.', 'Consultez notre page carrières.',
  'Under Unicode case folding the long s is an s: ſubmit your reſume here, viſit our ſite.',
]

describe('link phrases', () => {
  it('are found, alternative by alternative, as the one pattern finds them, with its scope', () => {
    const asOne = (text: string) => matchesOf(text, ONE).map((match) => ({ index: match.index, text: match[0], tag: SCOPES.find((scope) => match.groups?.[scope] !== undefined) }))
    const samples = [...corpusProse().paragraphs, ...WRITTEN, ...WRITTEN.map((text) => text.toUpperCase())]
    const differing = samples.filter((text) => JSON.stringify(LINK_PHRASE_PATTERN.matches(text, gateText(text))) !== JSON.stringify(asOne(text)))
    expect(differing).toEqual([])
    // The written phrases reach every scope, and the corpus has its own.
    const found = samples.flatMap((text) => asOne(text))
    expect(new Set(found.map((match) => match.tag))).toEqual(new Set(SCOPES))
    expect(found.length).toBeGreaterThan(100)
  })
})
