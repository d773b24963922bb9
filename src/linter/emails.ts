/**
 * Email addresses: finding well-formed ones in text and telling a usable
 * address from a broken one.
 */
import type { Range } from '../types.js'

/** A candidate: a run of local-part characters, `@`, a run of domain characters. Validated in code. */
const candidate = /(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+/g

const label = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/
const topLevel = /^[A-Za-z]{2,24}$/
const local = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/

/** Whether `address` is a usable email address (the practical subset of RFC 5322 people write). */
export function isValidEmail(address: string): boolean {
  const at = address.lastIndexOf('@')
  if (at <= 0 || at !== address.indexOf('@')) return false
  const name = address.slice(0, at)
  const domain = address.slice(at + 1)
  if (name.length > 64 || !local.test(name)) return false
  return isValidDomain(domain)
}

/** Whether `domain` is a host name with a top-level domain. */
export function isValidDomain(domain: string): boolean {
  if (domain.length > 253) return false
  const labels = domain.split('.')
  if (labels.length < 2) return false
  return labels.every((part) => label.test(part)) && topLevel.test(labels[labels.length - 1]!)
}

export interface FoundEmail {
  address: string
  range: Range
}

/** Well-formed addresses in `text`, trailing sentence dots left out, offsets shifted by `base`. */
export function findEmails(text: string, base: number): FoundEmail[] {
  const found: FoundEmail[] = []
  if (!text.includes('@')) return found
  candidate.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = candidate.exec(text))) {
    let address = match[0]
    while (/[.-]$/.test(address)) address = address.slice(0, -1)
    while (/^['.]/.test(address)) address = address.slice(1)
    const start = match.index + match[0].indexOf(address)
    if (isValidEmail(address)) found.push({ address, range: [base + start, base + start + address.length] })
  }
  return found
}

/** The domain of an address or URL, lower-cased, without `www.`. */
export function domainOf(value: string): string | undefined {
  const at = value.lastIndexOf('@')
  let host = at !== -1 ? value.slice(at + 1) : value
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#:]/)[0] ?? ''
  host = host.toLowerCase().replace(/^www\./, '')
  return isValidDomain(host) ? host : undefined
}
