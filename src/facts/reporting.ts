/**
 * Where disclosure rules put what they report. Something missing is
 * reported at the posting's title (its first heading), or its first
 * paragraph; the lines that made the law apply (the location, the remote
 * statement) go with it as related locations, so a reader sees why.
 */
import type { Paragraph } from 'nlcst'
import type { Range, RelatedLocationDescriptor, RuleContext } from '../types.js'
import type { SourceCode } from '../linter/source-code.js'
import { lineage, type ApplicableLaw } from '../jurisdictions/index.js'
import { citeLaws, lawsRequiring } from '../jurisdictions/requirements.js'
import type { LawRequirements } from '../jurisdictions/types.js'
import type { StatementType } from './types.js'

/** The range a "the posting lacks …" message points at. */
export function missingRange(sourceCode: SourceCode): Range {
  const title = sourceCode.headings[0]
  if (title) return title.range
  const first = sourceCode.nlcst.children.find((child): child is Paragraph => child.type === 'ParagraphNode')
  if (first) {
    const [start, end] = sourceCode.getRange(first)
    // The first line of the paragraph, up to its line ending (`\r` too: a range ending between `\r` and `\n` is inside no line).
    const { text } = sourceCode
    let lineEnd = start
    while (lineEnd < end && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++
    return [start, lineEnd]
  }
  return [sourceCode.postingRange[0], sourceCode.postingRange[0]]
}

/** The text that made these laws apply: each place in the file (a location line, a remote statement) with the laws it brought in. */
export function jurisdictionEvidence(context: RuleContext, laws: readonly ApplicableLaw[]): RelatedLocationDescriptor[] {
  const byPlace = new Map<string, { range: Range; ids: string[]; reason: string; laws: string[] }>()
  for (const match of context.posting.jurisdictions) {
    if (!match.range) continue
    const chain = lineage(match.id).map((jurisdiction) => jurisdiction.id)
    const covered = laws.filter(({ jurisdiction }) => chain.includes(jurisdiction.id))
    if (covered.length === 0) continue
    const key = `${match.range[0]}:${match.range[1]}`
    let place = byPlace.get(key)
    if (!place) byPlace.set(key, (place = { range: match.range, ids: [], reason: match.reason, laws: [] }))
    place.ids.push(match.id)
    for (const { law } of covered) if (!place.laws.includes(law.name)) place.laws.push(law.name)
  }
  return [...byPlace.values()].map((place) => ({
    range: place.range,
    message: `${place.ids.join(', ')} ${place.ids.length === 1 ? 'applies' : 'apply'} here (${place.reason}): ${place.laws.join('; ')}`,
  }))
}

/**
 * The shared check of the rules that ask for one statement where a law
 * requires it: if laws in force require `requirement` and the posting has no
 * statement of type `statement`, report `messageId` with the laws named.
 */
export function checkRequiredStatement(
  context: RuleContext,
  requirement: keyof LawRequirements,
  statement: StatementType,
  messageId: string,
  alsoSatisfied: () => boolean = () => false,
): void {
  const laws = lawsRequiring(context.posting.laws, requirement)
  if (laws.length === 0) return
  if (context.posting.statementsOf(statement).length > 0 || alsoSatisfied()) return
  context.report({
    range: missingRange(context.sourceCode),
    messageId,
    data: { laws: citeLaws(laws) },
    related: jurisdictionEvidence(context, laws),
  })
}
