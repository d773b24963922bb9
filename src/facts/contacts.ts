/**
 * Ways to reach someone in a piece of text: email addresses, phone numbers
 * (TTY and relay services included) and web addresses, each marked usable
 * or not, with why.
 *
 * How it decides:
 * - Emails: a well-formed address (`isValidEmail`, as `valid-email` checks)
 *   is valid. Broken ones are found too: `[at]`/`(at)` spellings, `name at
 *   domain dot com` (when it reads as an address: a mailbox name, a dotted
 *   name, or "email" before it), spaces around the `@`, a domain without a
 *   top-level domain, two `@`, and a host name right after "email" or
 *   "courriel" that starts with a mailbox name or has a name before the
 *   domain ("email jobsexample.com", "email jane.doeacme.com": the `@` was
 *   lost; "email Booking.com support" is left alone).
 * - Phones: North American shapes (`613-555-0199`, `(202) 501-0000`,
 *   `1-800-877-8339`, `+1 …`, an extension) and international ones starting
 *   with `+`, checked with libphonenumber-js (US as the default region, which
 *   covers Canada): valid when the library calls the number valid. A local
 *   seven-digit number after a phone word has no area code; a run of ten
 *   digits counts only after a phone word. "711" and relay services named
 *   ("Federal Relay Service", "Canada VRS") are phone contacts a TTY user
 *   can dial.
 * - URLs: `http(s)://…`, `www.…`, and bare `host.tld/path`; a URL needs a
 *   host.
 * Offsets are into the string searched. Overlaps are resolved in favour of
 * the longer, earlier contact (an address inside a URL is the URL's).
 */
import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js'
import { isValidDomain, isValidEmail } from '../linter/emails.js'
import { findUrls } from '../linter/urls.js'
import type { Contact } from './types.js'
import { matchesOf } from '../linter/matches.js'
import { execText, lazyPattern, testText } from '../linter/narrow.js'

/** `local@domain` candidates, valid or not (the domain part may lack a dot). */
const ADDRESS = lazyPattern(() => String.raw`(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]{1,64}@{1,2}[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.?`, 'gu')

/** `name [at] domain [dot] com`, `name (at) domain.com`, `name(@)domain.com`, French `arobase`. */
const BRACKETED_AT = lazyPattern(() => String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64} {0,2}[[({<] {0,2}(?:at|@|arobase) {0,2}[\])}>] {0,2}[\p{L}\p{N}-]{1,63}(?:(?: {0,2}[[({<] {0,2}(?:dot|point) {0,2}[\])}>] {0,2}|\.)[\p{L}\p{N}-]{1,63}){0,6}`, 'giu')

/** `name at domain dot com`: the words spelled out, with at least one "dot". */
const SPELLED_AT = lazyPattern(() => String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64} {1,2}(?:at|arobase) {1,2}[\p{L}\p{N}-]{1,63}(?:(?: {1,2}(?:dot|point) {1,2}| {0,2}[[({<](?:dot|point)[\])}>] {0,2})[\p{L}\p{N}-]{1,63}){1,6}(?![\p{L}\p{N}])`, 'giu')

/** `name @ domain.com`: spaces around the `@`. */
const SPACED_AT = lazyPattern(() => String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}(?: {1,3}@ {0,3}|@ {1,3})[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}`, 'gu')

/**
 * Words that announce an email address, with what may stand between them and
 * the address ("email us at", "send your resume by email to", "courriel :").
 * A host name right after one is an address that lost its `@`.
 */
const EMAIL_CUE = lazyPattern(() => String.raw`(?<![\p{L}])(?:e-?mail|courriel|write to|écrivez à)(?![\p{L}])(?: {1,2}(?:us|them|him|her|the team|our team|your [\p{L}]{1,20}|it|at|to|à)){0,3} {0,2}:? {1,2}`, 'giu')

/** A host name standing alone: `jobsexample.com`, `recruiting.acme.co`. */
const HOST_TOKEN = lazyPattern(() => String.raw`^[\p{L}\p{N}][\p{L}\p{N}._-]{0,120}\.[\p{L}]{2,24}(?![\p{L}\p{N}@/-])`, 'u')

/**
 * Mailbox names hiring teams use (`jobs@`, `careers@`, `rh@`, and the
 * accommodation mailboxes of the corpus), from public postings: a host name
 * starting with one after "email" is an address glued to its domain.
 */
const MAILBOX_PREFIXES: readonly string[] = [
  'jobs', 'job', 'careers', 'career', 'hr', 'recruiting', 'recruitment', 'recruiter', 'talent', 'hiring', 'apply', 'applications', 'people',
  'accommodation', 'accommodations', 'accessibility', 'adaptation', 'info', 'contact', 'hello', 'staffing',
  'emplois', 'emploi', 'carrieres', 'carriere', 'rh', 'recrutement', 'candidatures', 'dotation', 'mesures',
]

/** Whether a host name after "email" reads as an address that lost its `@`: a mailbox name glued on, or a name before the domain (`jane.doeacme.com`). */
function looksLikeGluedAddress(host: string): boolean {
  const lower = host.toLowerCase()
  return lower.split('.').length >= 3 || MAILBOX_PREFIXES.some((name) => lower.startsWith(name) && lower.length > name.length + 4)
}

/** North American numbers with separators, an optional `+1`/`1` and an extension. */
const NANP = lazyPattern(() => String.raw`(?<![\p{L}\p{N}$€£.,/-])(?:\+ ?1[ .-]?|1[ .-])?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?: {0,2}(?:x|ext\.?|extension|poste|p\.) {0,2}\d{1,6})?(?![\p{L}\p{N}/-]|[.,]\d)`, 'giu')

/** International numbers written with `+` and a country code. */
const INTERNATIONAL = lazyPattern(() => String.raw`(?<![\p{L}\p{N}])\+(?![ ]?1[ .(-]?\d{3}[ .)-])(?:\d{1,3}(?:[ .-]\(?\d{1,5}\)?|\(\d{1,5}\)){2,5}|\d{8,15})(?![\p{N}])`, 'gu')

/** A phone word, after which a bare run of digits is a number. */
const PHONE_CUE = lazyPattern(() => String.raw`(?<![\p{L}])(?:phone(?: number)?|telephone(?: number)?|tel|tél|téléphone|numéro de téléphone|call|appelez|cell|mobile|fax|télécopieur|tty|tdd|ats|text|sms)\.?(?: (?:us|at|au|me|the team|:)){0,2} {0,2}:? {0,2}$`, 'iu')

/** Digits after a phone word: ten in a row, or a seven-digit local number. */
const BARE_DIGITS = lazyPattern(() => String.raw`^(?:\d{10,11}|\d{3}[ .-]\d{4})(?![\p{N}])`, 'u')

/** Relay services: "711", "Federal Relay Service", "Canada VRS", "Bell Relay Service". */
const RELAY = lazyPattern(() => String.raw`(?<![\p{L}\p{N}])(?:(?:federal |telecommunications |bell |canada |video |ip )?relay service|canada vrs|service de relais(?: vidéo)?|sri canada)(?![\p{L}])`, 'giu')
// `711` is looked for first: the look-behind for the cue word then runs at a few places, not at every character.
const DIAL_711 = lazyPattern(() => String.raw`(?<![\p{N}-])(?=711(?![\p{N}-]))(?<=(?:relay|tty|tdd|ats|dial|call|composez|appelez|relais)[^.\n]{0,30})711`, 'giu')

/**
 * Top-level domains a bare `host.tld/path` must end in to count as a web
 * address, so "Node.js/React" is not one: the generic and sponsored TLDs
 * and the country codes postings in the corpus use (IANA root zone).
 */
const TYPABLE_TLDS = new Set(['com', 'org', 'net', 'gov', 'edu', 'mil', 'int', 'info', 'biz', 'io', 'co', 'ca', 'us', 'uk', 'fr', 'app', 'dev', 'jobs', 'careers', 'ai', 'eu', 'de', 'au', 'nz', 'ie', 'qc'])

function isTypableHost(host: string): boolean {
  return isValidDomain(host) && TYPABLE_TLDS.has(host.slice(host.lastIndexOf('.') + 1).toLowerCase())
}

/** A bare `host.tld/path` (no scheme): a URL a reader can type. */
const BARE_URL = lazyPattern(() => String.raw`(?<![\p{L}\p{N}@./:-])[\p{L}\p{N}][\p{L}\p{N}-]{0,62}(?:\.[\p{L}\p{N}-]{1,63}){1,6}\/[^\s<>"'\x60]{0,300}`, 'gu')
const TRAILING = /(?<![.,:;!?)\]}'"’”])[.,:;!?)\]}'"’”]+$/

/** Every contact in `text`, in order. */
export function findContacts(text: string): Contact[] {
  const found: Contact[] = [...findUrlContacts(text), ...findEmailContacts(text), ...findPhoneContacts(text)]
  return resolveOverlaps(found)
}

/** The contact a link target offers (`mailto:`, `tel:`, `http(s):`), or undefined for relative and other links. */
export function contactFromLinkTarget(url: string, start: number, end: number): Contact | undefined {
  const trimmed = url.trim()
  if (/^mailto:/i.test(trimmed)) {
    let address = trimmed.slice(7).split('?')[0] ?? ''
    try {
      address = decodeURIComponent(address)
    } catch {
      // keep it as written
    }
    return emailContact(address, start, end)
  }
  if (/^tel:/i.test(trimmed)) return phoneContact(trimmed.slice(4), start, end, true)
  if (/^https?:/i.test(trimmed)) return urlContact(trimmed, start, end)
  return undefined
}

function emailContact(address: string, start: number, end: number): Contact {
  if (isValidEmail(address)) return { kind: 'email', value: address, valid: true, start, end }
  return { kind: 'email', value: address, valid: false, problem: emailProblem(address), start, end }
}

/** Why an address written with an `@` is not usable. */
function emailProblem(address: string): string {
  const ats = address.split('@').length - 1
  if (ats === 0) return 'the @ is missing'
  if (ats > 1) return 'it has more than one @'
  const [local = '', domain = ''] = address.split('@')
  if (local === '') return 'it has nothing before the @'
  if (/\s/.test(address)) return 'it has spaces in it'
  if (domain.endsWith('.')) return 'it ends with a dot'
  if (!domain.includes('.')) return 'the domain has no top-level domain (.com, .ca …)'
  if (domain.includes('..') || local.includes('..')) return 'it has two dots in a row'
  return 'it is not a well-formed address'
}

function findEmailContacts(text: string): Contact[] {
  const contacts: Contact[] = []
  if (text.includes('@')) {
    for (const match of matchesOf(text, ADDRESS)) {
      let value = match[0]
      let start = match.index
      // A trailing dot ends the sentence, unless the domain has no other dot (then the address is cut short).
      if (value.endsWith('.') && value.slice(value.indexOf('@')).split('.').length > 2) value = value.slice(0, -1)
      while (/^['.]/.test(value)) {
        value = value.slice(1)
        start++
      }
      while (/[-']$/.test(value)) value = value.slice(0, -1)
      if (value.indexOf('@') <= 0) continue
      contacts.push(emailContact(value, start, start + value.length))
    }
    for (const match of matchesOf(text, SPACED_AT)) {
      const value = match[0]
      contacts.push({ kind: 'email', value, valid: false, problem: 'it has spaces around the @', start: match.index, end: match.index + value.length })
    }
  }
  for (const pattern of [BRACKETED_AT, SPELLED_AT]) {
    for (const match of matchesOf(text, pattern)) {
      const value = match[0].replace(TRAILING, '')
      if (pattern === SPELLED_AT && !spelledOutAddress(text, match.index, value)) continue
      contacts.push({ kind: 'email', value, valid: false, problem: 'it spells out "at" or "dot" instead of writing @ and .', start: match.index, end: match.index + value.length })
    }
  }
  for (const item of findLostAt(text)) contacts.push(item)
  return contacts
}

/**
 * Whether "name at domain dot com" is an address and not prose ("look at
 * the dot com boom"): a mailbox name, a name with a dot, digit or
 * underscore, or an email word just before it.
 */
function spelledOutAddress(text: string, start: number, value: string): boolean {
  const local = value.slice(0, value.search(/\s/u)).toLowerCase()
  if (MAILBOX_PREFIXES.includes(local) || /[._\d]/u.test(local)) return true
  return /(?<![\p{L}])(?:e-?mail|courriel|write to|écrivez à|contact)[^.!?]{0,30}$/iu.test(text.slice(Math.max(0, start - 40), start))
}

/** Host names right after "email"/"courriel": an address whose `@` was lost. */
function findLostAt(text: string): Contact[] {
  const contacts: Contact[] = []
  for (const match of matchesOf(text, EMAIL_CUE)) {
    const start = match.index + match[0].length
    const after = text.slice(start, start + 140)
    const host = execText(HOST_TOKEN, after)
    if (!host) continue
    let value = host[0]
    while (value.endsWith('.')) value = value.slice(0, -1)
    if (/^www\./i.test(value) || !isTypableHost(value) || !looksLikeGluedAddress(value)) continue
    contacts.push({ kind: 'email', value, valid: false, problem: 'the @ is missing', start, end: start + value.length })
  }
  return contacts
}

function findPhoneContacts(text: string): Contact[] {
  const contacts: Contact[] = []
  for (const match of matchesOf(text, NANP)) contacts.push(phoneContact(match[0], match.index, match.index + match[0].length, false))
  for (const match of matchesOf(text, INTERNATIONAL)) {
    const value = match[0].replace(/(?<![ .-])[ .-]+$/, '')
    contacts.push(phoneContact(value, match.index, match.index + value.length, false))
  }
  // Bare digits count only after a phone word; there, a number with too few or too many digits is a broken contact.
  for (const match of matchesOf(text, /\d[\d .-]{4,16}\d/g)) {
    const plus = text[match.index - 1] === '+' ? 1 : 0
    const start = match.index - plus
    const before = text.slice(Math.max(0, start - 30), start)
    if (start > 0 && /[\p{L}\p{N}$.,/-]/u.test(text[start - 1] ?? '')) continue
    if (!testText(PHONE_CUE, before)) continue
    if (contacts.some((contact) => contact.start <= match.index && match.index < contact.end)) continue
    const run = match[0].replace(/(?<![ .-])[ .-]+$/, '')
    const digits = execText(BARE_DIGITS, run)
    if (digits) {
      contacts.push(phoneContact(digits[0], match.index, match.index + digits[0].length, false))
      continue
    }
    const count = run.replace(/\D/g, '').length
    if (count < 6) continue
    const problem = count < 10 ? 'it has too few digits for a phone number' : 'it has too many digits for a phone number'
    contacts.push({ kind: 'phone', value: text.slice(start, match.index + run.length), valid: false, problem, start, end: match.index + run.length })
  }
  for (const match of matchesOf(text, DIAL_711)) contacts.push({ kind: 'phone', value: '711', valid: true, start: match.index, end: match.index + 3 })
  for (const match of matchesOf(text, RELAY)) contacts.push({ kind: 'phone', value: match[0], valid: true, start: match.index, end: match.index + match[0].length })
  return contacts
}

/** A phone contact, valid when libphonenumber-js calls it a valid number (US default region). */
function phoneContact(value: string, start: number, end: number, fromLink: boolean): Contact {
  const written = fromLink ? safeDecode(value) : value
  const parsed = parsePhoneNumberFromString(written, 'US')
  if (parsed?.isValid()) return { kind: 'phone', value: written, valid: true, start, end }
  const length = validatePhoneNumberLength(written, 'US')
  const digits = written.replace(/\D/g, '').length
  let problem = 'it is not a valid phone number'
  if (length === 'TOO_SHORT') problem = digits === 7 ? 'it has no area code' : 'it has too few digits'
  else if (length === 'TOO_LONG') problem = 'it has too many digits'
  else if (length === 'INVALID_COUNTRY') problem = 'its country code is not valid'
  else if (!written.startsWith('+')) problem = 'it is not a valid US or Canadian number (check the area code)'
  return { kind: 'phone', value: written, valid: false, problem, start, end }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function findUrlContacts(text: string): Contact[] {
  const contacts: Contact[] = []
  for (const [start, end] of findUrls(text, 0)) contacts.push(urlContact(text.slice(start, end), start, end))
  for (const match of matchesOf(text, BARE_URL)) {
    const value = match[0].replace(TRAILING, '')
    const host = value.split('/')[0] ?? ''
    if (!isTypableHost(host)) continue
    contacts.push({ kind: 'url', value, valid: true, start: match.index, end: match.index + value.length })
  }
  return contacts
}

/** A URL contact: valid when it names a host (`https://` alone, `https:///path` and `http://localhost` do not). */
function urlContact(value: string, start: number, end: number): Contact {
  const host = hostOf(value)
  if (host && (isValidDomain(host) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host))) return { kind: 'url', value, valid: true, start, end }
  return { kind: 'url', value, valid: false, problem: host ? `'${host}' is not a host name` : 'it has no host', start, end }
}

function hostOf(url: string): string {
  const withoutScheme = url.replace(/^[a-z][a-z0-9+.-]{0,20}:\/\//i, '').replace(/^[^@/?#]{0,200}@/, '')
  return (withoutScheme.split(/[/?#]/)[0] ?? '').replace(/:\d{1,5}$/, '').toLowerCase()
}

/** Keep one contact per stretch of text: the earlier, then the longer. */
function resolveOverlaps(contacts: Contact[]): Contact[] {
  const sorted = [...contacts].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
  const kept: Contact[] = []
  for (const contact of sorted) {
    const last = kept[kept.length - 1]
    if (last && contact.start < last.end) {
      // A valid address beats a broken reading of the same text.
      if (contact.kind === 'email' && last.kind === 'email' && contact.valid && !last.valid && contact.end <= last.end) kept[kept.length - 1] = contact
      continue
    }
    kept.push(contact)
  }
  return kept
}
