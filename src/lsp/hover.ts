/**
 * Hover text for a problem: the rule's description and documentation and
 * each law the problem rests on, with its citation, dates and sources (a
 * rule about the law that names none says so).
 *
 * How it finds the laws: messages cite a law as "Name (citation)", and the
 * related locations list the laws a place brought in ("US-CO applies here
 * (…): Name; Name"). Both are matched against the jurisdiction data, so a
 * law named in either is shown, including those a long message shortens to
 * "and 2 more".
 */
import { MarkupKind, type MarkupContent } from 'vscode-languageserver'
import type { LintMessage } from '../types.js'
import { allJurisdictions, lineage, type ApplicableLaw } from '../jurisdictions/index.js'
import type { RuleInfo } from './protocol.js'

const LEGAL_CATEGORIES = new Set(['disclosure', 'discrimination'])

let citations: Array<{ cite: string; entry: ApplicableLaw }> | undefined

function allLaws(): Array<{ cite: string; entry: ApplicableLaw }> {
  citations ??= allJurisdictions().flatMap((jurisdiction) => jurisdiction.laws.map((law) => ({ cite: `${law.name} (${law.citation})`, entry: { jurisdiction, law } })))
  return citations
}

/** The laws a message rests on, in the order it names them. */
export function lawsOf(message: Pick<LintMessage, 'message' | 'relatedLocations'>): ApplicableLaw[] {
  const found = new Map<string, { at: number; entry: ApplicableLaw }>()
  for (const { cite, entry } of allLaws()) {
    const at = message.message.indexOf(cite)
    if (at !== -1) found.set(entry.law.id, { at, entry })
  }
  let order = message.message.length
  for (const related of message.relatedLocations ?? []) {
    const applies = appliesHere(related.message)
    if (!applies) continue
    const names = applies.laws.split('; ')
    for (const id of applies.ids.split(', ')) {
      for (const jurisdiction of lineage(id)) {
        for (const law of jurisdiction.laws) {
          if (names.includes(law.name) && !found.has(law.id)) found.set(law.id, { at: ++order, entry: { jurisdiction, law } })
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => a.at - b.at).map(({ entry }) => entry)
}

/**
 * The jurisdictions and laws of a related location's message, `US-CO, US-NY
 * apply here (…): Law one; Law two`, read in code (as one pattern, its lazy
 * runs backtrack on long messages).
 */
function appliesHere(message: string): { ids: string; laws: string } | null {
  const verb = / (?:applies|apply) here \(/g
  for (let found = verb.exec(message); found; found = verb.exec(message)) {
    if (found.index === 0) continue
    const after = found.index + found[0].length
    for (let close = message.indexOf('): ', after); close !== -1; close = message.indexOf('): ', close + 1)) {
      if (close + 3 < message.length) return { ids: message.slice(0, found.index), laws: message.slice(close + 3) }
    }
    return null
  }
  return null
}

/** A source's site, as a link's text: `leg.colorado.gov`. */
function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '')
  } catch {
    return url
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1')
}

/** The hover text for the problems under the cursor. */
export function hoverContent(messages: readonly LintMessage[], rules: Readonly<Record<string, RuleInfo>>, markdown: boolean): MarkupContent {
  const sections: string[] = []
  const text = markdown ? escapeMarkdown : (value: string): string => value
  for (const message of messages) {
    const lines: string[] = []
    const info = message.ruleId ? rules[message.ruleId] : undefined
    if (message.ruleId) {
      lines.push(markdown ? `**postlint** \`${message.ruleId}\`: ${text(info?.description ?? '')}` : `postlint ${message.ruleId}: ${info?.description ?? ''}`)
    } else {
      lines.push(markdown ? `**postlint**: ${text(message.message)}` : `postlint: ${message.message}`)
    }
    const laws = lawsOf(message)
    if (laws.length > 0 || (info?.category !== undefined && LEGAL_CATEGORIES.has(info.category))) {
      for (const { jurisdiction, law } of laws) {
        const dates = law.ends ? `in force ${law.effective} to ${law.ends}` : `in force since ${law.effective}`
        const confidence = law.confidence === 'unconfirmed' ? '; unconfirmed against the primary source' : ''
        if (markdown) {
          const sources = law.sources.map((source) => (/^https?:\/\//.test(source) ? `[${hostOf(source)}](${source})` : text(source))).join(', ')
          lines.push(`- ${text(jurisdiction.name)}: ${text(law.name)} (${text(law.citation)}), ${dates}${confidence}. Sources: ${sources}`)
        } else {
          lines.push(`- ${jurisdiction.name}: ${law.name} (${law.citation}), ${dates}${confidence}. Sources: ${law.sources.join(', ')}`)
        }
      }
      if (laws.length === 0) lines.push(markdown ? '_No law in force for this posting was named: see the rule documentation for where it applies._' : 'No law in force for this posting was named: see the rule documentation for where it applies.')
    }
    if (info?.url) lines.push(markdown ? `[Rule documentation](${info.url})` : `Rule documentation: ${info.url}`)
    sections.push(lines.join(markdown ? '\n\n' : '\n'))
  }
  return { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: sections.join(markdown ? '\n\n---\n\n' : '\n\n') }
}
