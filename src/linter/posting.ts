/**
 * Facts about the posting, extracted once per file on first use and shared by
 * every rule: the addresses and web domains it names, the employer, its
 * language, and the disclosure facts (pay, statements, contacts, where the
 * job is and the laws in force there; see `src/facts/index.ts`).
 */
import type { Range } from '../types.js'
import type { SourceCode } from './source-code.js'
import { domainOf, findEmails, isValidEmail } from './emails.js'
import { documentLanguage, type Language } from './language.js'
import type { Settings } from '../types.js'
import { createDisclosureFacts, type DisclosureFacts } from '../facts/index.js'
import { scanPhrases, type PhraseMatch, type PhraseMatches, type PhraseSet } from './phrases.js'

export interface EmailFact {
  address: string
  /** Where it stands in the text; null for front-matter values. */
  range: Range | null
  origin: 'text' | 'link' | 'front-matter'
}

export interface PostingFacts extends DisclosureFacts {
  /** Well-formed email addresses, in document order, front matter first. */
  readonly emails: readonly EmailFact[]
  /** Domains of the posting's addresses and links, lower-cased, most frequent first. */
  readonly domains: readonly string[]
  /** The employer's name, when front matter gives it. */
  readonly organization: string | undefined
  /** The posting's main language (see `languageOf` in language.ts for one paragraph's). */
  readonly language: Language
  /** Where a phrase list's phrases occur; every list is matched in the same single pass. */
  phrases<T>(set: PhraseSet<T>): ReadonlyArray<PhraseMatch<T>>
}

const ORGANIZATION_KEYS = ['company', 'organization', 'organisation', 'employer', 'hiringOrganization', 'hiring_organization', 'org', 'department']

/** Facts computed lazily, each at most once. */
export function createPostingFacts(sourceCode: SourceCode, settings: Settings = {}): PostingFacts {
  const disclosure = createDisclosureFacts(sourceCode, settings)
  let emails: EmailFact[] | undefined
  let domains: string[] | undefined
  let organization: { value: string | undefined } | undefined
  let phraseMatches: PhraseMatches | undefined

  const getEmails = (): EmailFact[] => {
    if (emails) return emails
    const found: EmailFact[] = []
    for (const value of frontMatterStrings(sourceCode.frontMatter?.data)) {
      for (const email of findEmails(value, 0)) found.push({ address: email.address, range: null, origin: 'front-matter' })
    }
    const seen = new Set<number>()
    for (const paragraph of sourceCode.nlcst.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      const [start] = sourceCode.getRange(paragraph)
      for (const email of findEmails(sourceCode.getText(paragraph), start)) {
        seen.add(email.range[0])
        found.push({ address: email.address, range: email.range, origin: 'text' })
      }
    }
    for (const link of sourceCode.links) {
      if (!/^mailto:/i.test(link.url)) continue
      const address = decodeURIComponent(link.url.slice(7).split('?')[0] ?? '')
      if (isValidEmail(address) && !seen.has(link.range[0]) && !found.some((e) => e.range && e.range[0] >= link.range[0] && e.range[1] <= link.range[1])) {
        found.push({ address, range: link.range, origin: 'link' })
      }
    }
    emails = found
    return found
  }

  return {
    get asOf() {
      return disclosure.asOf
    },
    get location() {
      return disclosure.location
    },
    get jurisdictions() {
      return disclosure.jurisdictions
    },
    get employer() {
      return disclosure.employer
    },
    get laws() {
      return disclosure.laws
    },
    get pay() {
      return disclosure.pay
    },
    get otherMoney() {
      return disclosure.otherMoney
    },
    get statements() {
      return disclosure.statements
    },
    get contacts() {
      return disclosure.contacts
    },
    statementsOf: (type) => disclosure.statementsOf(type),
    phrases<T>(set: PhraseSet<T>) {
      phraseMatches ??= scanPhrases(sourceCode)
      return (phraseMatches.get(set.id) ?? []) as ReadonlyArray<PhraseMatch<T>>
    },
    get emails() {
      return getEmails()
    },
    get domains() {
      if (domains) return domains
      const counts = new Map<string, number>()
      const add = (value: string): void => {
        const domain = domainOf(value)
        if (domain) counts.set(domain, (counts.get(domain) ?? 0) + 1)
      }
      for (const email of getEmails()) add(email.address)
      for (const link of sourceCode.links) if (/^https?:\/\//i.test(link.url)) add(link.url)
      domains = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([domain]) => domain)
      return domains
    },
    get language() {
      return documentLanguage(sourceCode)
    },
    get organization() {
      if (!organization) {
        const data = sourceCode.frontMatter?.data
        const key = data ? ORGANIZATION_KEYS.find((k) => typeof data[k] === 'string' && (data[k] as string).trim() !== '') : undefined
        organization = { value: key ? (data![key] as string).trim() : undefined }
      }
      return organization.value
    },
  }
}

/** Every string value in front matter, nested ones included. */
function frontMatterStrings(data: unknown, depth = 0): string[] {
  if (typeof data === 'string') return [data]
  if (depth > 8 || data === null || typeof data !== 'object') return []
  const values = Array.isArray(data) ? data : Object.values(data)
  return values.flatMap((value) => frontMatterStrings(value, depth + 1))
}
