/**
 * The posting facts the disclosure rules and `postlint explain` read: pay,
 * statements and their contacts, where the job is, and the laws in force
 * there on the as-of date. Each finder runs at most once per file, on first
 * use, and its offsets are turned into file ranges here.
 */
import type { Range, Settings } from '../types.js'
import type { SourceCode } from '../linter/source-code.js'
import { lawsInForce, remoteReach, today, type ApplicableLaw } from '../jurisdictions/index.js'
import type { Contact, JurisdictionMatch, OtherMoney, PayExpression, Place, RemoteKind, Statement, StatementType } from './types.js'
import { findPay, payFromFrontMatter, type PayFindings } from './pay.js'
import { accommodationContacts, findStatements } from './statements.js'
import { findContacts } from './contacts.js'
import { findLocation } from './location.js'
import { findEmployer, type EmployerFact } from './employer.js'
import { readKeyLines } from '../linter/parse-markdown.js'
import { escapeRegExp } from '../linter/matches.js'
import { TextMemo } from '../linter/text-memo.js'

/** A pay expression placed in the file (`range` null for front-matter values). */
export interface PayFact extends Omit<PayExpression, 'start' | 'end'> {
  range: Range | null
  origin: 'text' | 'front-matter'
  /** Front-matter keys it was read from. */
  keys?: string[]
}

export interface OtherMoneyFact extends Omit<OtherMoney, 'start' | 'end'> {
  range: Range
}

export interface ContactFact extends Omit<Contact, 'start' | 'end'> {
  range: Range
}

export interface StatementFact extends Omit<Statement, 'start' | 'end'> {
  range: Range
  /** For accommodation statements: the contacts they offer. */
  contacts?: ContactFact[]
}

export interface LocationFacts {
  places: Array<Omit<Place, 'start' | 'end'> & { range: Range | null }>
  remote: RemoteKind
  country: string | null
  jurisdictions: JurisdictionMatch[]
}

/** The facts, each computed on first use. */
export interface DisclosureFacts {
  /** The date whose law applies: `settings.asOf`, else front matter `datePosted`, else today. */
  readonly asOf: string
  readonly location: LocationFacts
  /** The jurisdictions that apply, each with why. */
  readonly jurisdictions: readonly JurisdictionMatch[]
  /** Whether the employer is a national government (bound by national law only). */
  readonly employer: EmployerFact
  /**
   * Laws in force on `asOf` for those jurisdictions (ancestors included) and
   * for `settings.profiles`; for jurisdictions brought in only because the job
   * is remote, just their laws that reach remote jobs; for a national
   * government employer, national laws only; laws that bind only employers
   * under national jurisdiction, only for such an employer.
   */
  readonly laws: readonly ApplicableLaw[]
  readonly pay: readonly PayFact[]
  /** Money that is not pay: funding, stipends, signing bonuses… */
  readonly otherMoney: readonly OtherMoneyFact[]
  readonly statements: readonly StatementFact[]
  /** Every contact in the posting's prose. */
  readonly contacts: readonly ContactFact[]
  /** The statements of one type, in document order. */
  statementsOf(type: StatementType): readonly StatementFact[]
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
/** What binds a national government employer: national law and profiles (such as federal contractor rules). */
const NATIONAL: ReadonlySet<'country' | 'profile'> = new Set(['country', 'profile'])

/** The as-of date for a file: explicit setting, else the posting's own date, else today. */
export function asOfDate(settings: Settings, frontMatter: Record<string, unknown> | null | undefined): string {
  if (typeof settings.asOf === 'string' && ISO_DATE.test(settings.asOf)) return settings.asOf
  const posted = frontMatter?.['datePosted'] ?? frontMatter?.['date_posted']
  if (posted instanceof Date && !Number.isNaN(posted.getTime())) return posted.toISOString().slice(0, 10)
  if (typeof posted === 'string' && ISO_DATE.test(posted.slice(0, 10))) return posted.slice(0, 10)
  return today()
}

/** The line of the first of `keys` in the front matter (where a front-matter fact is reported), or null. */
export function frontMatterKeyRange(sourceCode: SourceCode, keys: readonly string[]): Range | null {
  const block = sourceCode.frontMatter
  if (!block) return null
  const text = sourceCode.getText(block.range)
  for (const key of keys) {
    const match = new RegExp(`^[ \\t]*${escapeRegExp(key)}[ \\t]*:[^\\n\\r]*`, 'm').exec(text)
    if (match) {
      const start = block.range[0] + match.index + (match[0].length - match[0].trimStart().length)
      return [start, block.range[0] + match.index + match[0].trimEnd().length]
    }
  }
  return null
}

/** Build the lazily computed facts of one file. */
export function createDisclosureFacts(sourceCode: SourceCode, settings: Settings): DisclosureFacts {
  const memo = new Map<string, unknown>()
  const once = <T>(key: string, compute: () => T): T => {
    if (!memo.has(key)) memo.set(key, compute())
    return memo.get(key) as T
  }
  const frontMatter = sourceCode.frontMatter?.data ?? null
  /** Front matter as a reader takes it, even when its YAML does not parse. */
  const readableFrontMatter = frontMatter ?? (sourceCode.frontMatter ? readKeyLines(sourceCode.getText(sourceCode.frontMatter.range).replace(/^(?:---|\+\+\+)[^\n]*\n?|\n?(?:---|\+\+\+)\s*$/g, '')) : null)
  const asOf = (): string => once('asOf', () => asOfDate(settings, frontMatter))

  const location = (): LocationFacts =>
    once('location', () => {
      const explicit = Array.isArray(settings.jurisdictions) && settings.jurisdictions.length > 0 ? settings.jurisdictions : undefined
      const found = findLocation(sourceCode, { ...(explicit ? { jurisdictions: explicit } : {}), asOf: asOf() })
      const jurisdictions = [...found.jurisdictions]
      // settings.remote: every posting is remote and open to that country's residents.
      if (settings.remote) {
        for (const id of [settings.remote, ...remoteReach(settings.remote, asOf()).map((j) => j.id)]) {
          if (!jurisdictions.some((match) => match.id === id)) jurisdictions.push({ id, reason: 'config', text: `settings.remote: ${settings.remote}`, range: null })
        }
      }
      return {
        places: found.places.map(({ start, end, ...place }) => ({ ...place, range: start >= 0 ? ([start, end] as const) : null })),
        remote: settings.remote ? (settings.remote === 'CA' ? 'yes-ca' : 'yes-us') : found.remote,
        country: found.country ?? settings.remote ?? null,
        jurisdictions,
      }
    })

  const money = (): { pay: PayFact[]; other: OtherMoneyFact[] } =>
    once('money', () => {
      const defaultCurrency = location().country === 'CA' ? 'CAD' : 'USD'
      const pay: PayFact[] = []
      const other: OtherMoneyFact[] = []
      if (readableFrontMatter) {
        for (const { keys, ...expression } of payFromFrontMatter(readableFrontMatter, { defaultCurrency })) {
          // Front matter holds figures a site template presents with its currency sign.
          const currency = expression.currency ?? defaultCurrency
          pay.push({ ...expression, currency, range: frontMatterKeyRange(sourceCode, keys), origin: 'front-matter', keys })
        }
      }
      for (const paragraph of sourceCode.paragraphs) {
        const prose = sourceCode.getProse(paragraph)
        const found = paragraphPay(prose.text, defaultCurrency)
        for (const { start, end, ...expression } of found.pay) pay.push({ ...expression, range: prose.rangeOf(start, end), origin: 'text' })
        for (const { start, end, ...item } of found.other) other.push({ ...item, range: prose.rangeOf(start, end) })
      }
      return { pay, other }
    })

  const statements = (): StatementFact[] =>
    once('statements', () =>
      findStatements(sourceCode).map((statement) => {
        const { start, end, ...rest } = statement
        const fact: StatementFact = { ...rest, range: [start, end] }
        if (statement.type === 'accommodation') {
          fact.contacts = accommodationContacts(sourceCode, statement).map(({ start: from, end: to, ...contact }) => ({ ...contact, range: [from, to] as const }))
        }
        return fact
      }),
    )

  const profiles = settings.profiles ?? []

  return {
    get asOf() {
      return asOf()
    },
    get location() {
      return location()
    },
    get jurisdictions() {
      return location().jurisdictions
    },
    get employer() {
      return once('employer', () => findEmployer(sourceCode, settings))
    },
    get laws() {
      return once('laws', () => {
        const matches = location().jurisdictions
        const government = this.employer.kind === 'national-government'
        const laws = lawsInForce(
          {
            ids: [...matches.filter((match) => match.reason !== 'remote').map((match) => match.id), ...profiles],
            remoteIds: matches.filter((match) => match.reason === 'remote').map((match) => match.id),
            ...(government ? { kinds: NATIONAL } : {}),
          },
          asOf(),
        )
        // A law for national-jurisdiction employers only (the Canadian Human Rights Act) binds a provincially regulated business only if it says so.
        return government ? laws : laws.filter((entry) => entry.law.binds !== 'national-government')
      })
    },
    get pay() {
      return money().pay
    },
    get otherMoney() {
      return money().other
    },
    get statements() {
      return statements()
    },
    get contacts() {
      return once('contacts', () => {
        const contacts: ContactFact[] = []
        for (const paragraph of sourceCode.paragraphs) {
          const prose = sourceCode.getProse(paragraph)
          for (const { start, end, ...contact } of findContacts(prose.text)) contacts.push({ ...contact, range: prose.rangeOf(start, end) })
        }
        return contacts
      })
    },
    statementsOf(type: StatementType) {
      return statements().filter((statement) => statement.type === type)
    },
  }
}

/**
 * The pay a paragraph's text holds, by currency and text: what findPay reads
 * depends on them alone, and paragraphs of boilerplate come back posting
 * after posting. The findings are only read (each fact is a copy).
 */
const payByCurrency = new Map<string, TextMemo<PayFindings>>()

function paragraphPay(text: string, defaultCurrency: string): PayFindings {
  let memo = payByCurrency.get(defaultCurrency)
  if (!memo) payByCurrency.set(defaultCurrency, (memo = new TextMemo<PayFindings>(2048)))
  return memo.remember(text, (value) => findPay(value, { defaultCurrency }))
}
