/**
 * valid-email: email addresses a reader cannot use as written.
 *
 * One pass over each paragraph's prose (and the front matter's text) finds
 * everything shaped like an address: a mailbox, something standing for `@`
 * (`@`, ` @ `, `@@`, `\@`, `&#64;`, `%40`, `[at]`, `(at)`, ` at `) and a
 * domain whose dots may be written out (`[dot]`, ` dot `); and dotted words
 * with no `@` at all. Well-formed addresses (`isValidEmail`) and anything in
 * a URL pass; the rest is sorted by what is wrong. Shapes that are also
 * something else (`@handles`, `pkg@1.2`, `user@host`, `look at acme.com`,
 * `visit acme.com`, `Engineer @ Booking.com`) are reported only when the
 * words before them say an address follows (`Email`, `send … to`, `reach us
 * at`, `courriel`) or the mailbox is one employers use (`jobs`, `careers`).
 * Links are checked too: a `mailto:` whose address is broken, and a link to
 * a bare address that lacks `mailto:`.
 *
 * The corrected address is a suggestion whenever it can be worked out; where
 * the `@` was lost, from the posting's own domains, addresses and employer
 * (`jobsacme.com` with `acme.com` elsewhere → `jobs@acme.com`). Obfuscation
 * may be deliberate, so it is never fixed (and `allowObfuscated` allows it).
 * Only two repairs are certain enough for `--fix`: an escape shown instead of
 * `@`, and the `mailto:` a link to a bare address lacks.
 */
import type { Paragraph } from 'nlcst'
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import type { Range } from '../src/types.js'
import type { Link } from '../src/linter/document.js'
import { isValidDomain, isValidEmail } from '../src/linter/emails.js'
import { findUrls } from '../src/linter/urls.js'
import { testText } from '../src/linter/narrow.js'
import { ADDRESS_CONTEXT, CANDIDATE, CANDIDATE_HINT, DOT_SEPARATOR, EMAIL_WORD_BEFORE, GLUED_MAILBOXES, MAILBOX_NAMES, NOT_MAILBOXES, TOP_LEVEL_DOMAINS, WEB_CONTEXT } from './data/email-forms.js'

type ProblemId = 'obfuscated' | 'escaped' | 'spacesAroundAt' | 'doubleAt' | 'misplacedDot' | 'noTopLevelDomain' | 'missingAt'

interface Problem {
  messageId: ProblemId
  /** Offsets in the scanned text. */
  start: number
  end: number
  /** The corrected address, when it can be worked out. */
  fixed?: string | undefined
  /** The escape standing for `@`, replaced by `--fix`. */
  escape?: [number, number]
}

/** What the posting says elsewhere about its addresses. */
interface Clues {
  domains: readonly string[]
  emails: readonly string[]
  /** The employer's name as a domain label would spell it (`acmecorp`, `acme`). */
  names: readonly string[]
}

export default defineRule<ProblemId | 'malformedMailto' | 'missingMailto' | 'useAddress', [{ allowObfuscated?: boolean }]>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Report email addresses that are obfuscated, escaped or malformed, and broken mailto links',
      category: 'hygiene',
      recommended: true,
      url: ruleDocsUrl('valid-email'),
    },
    messages: {
      obfuscated: "Obfuscated email address '{{text}}': write it as a plain address.",
      escaped: "Email address '{{text}}' shows the escape '{{escape}}' instead of '@'.",
      spacesAroundAt: "Email address '{{text}}' has spaces around '@'.",
      doubleAt: "Email address '{{text}}' has more than one '@'.",
      misplacedDot: "Email address '{{text}}' has a misplaced dot.",
      noTopLevelDomain: "Email address '{{text}}' has no top-level domain (such as .com).",
      missingAt: "'{{text}}' stands where an email address is expected but has no '@'.",
      malformedMailto: "The mailto link '{{url}}' does not hold a valid email address.",
      missingMailto: "The link to '{{address}}' lacks 'mailto:', so it opens a missing page instead of an email.",
      useAddress: "Write '{{address}}'.",
    },
    schema: [
      {
        type: 'object',
        properties: { allowObfuscated: { type: 'boolean', description: 'Allow addresses obfuscated on purpose (`jobs[at]acme.com`).' } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowObfuscated: false }],
    fixable: 'text',
    hasSuggestions: true,
  },
  create(context) {
    const { sourceCode, posting } = context
    const allowObfuscated = context.options[0]?.allowObfuscated === true
    let clues: Clues | undefined
    const getClues = (): Clues => (clues ??= cluesOf(posting.domains, posting.emails.map((e) => e.address), posting.organization))

    const scan = (text: string, toRange: (start: number, end: number) => Range, links: readonly Link[]): void => {
      if (!CANDIDATE_HINT.test(text)) return
      const urls = findUrls(text, 0)
      CANDIDATE.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = CANDIDATE.exec(text))) {
        const { index } = match
        const end = index + match[0].length
        if (urls.some(([from, to]) => from < end && index < to)) continue
        const problem = classify(match, text, text.slice(Math.max(0, index - 80), index), getClues)
        if (!problem) {
          // Read the domain again: it may be a mailbox or a bare word of its own.
          if (match.groups!['local'] !== undefined) CANDIDATE.lastIndex = index + match.groups!['local'].length
          continue
        }
        CANDIDATE.lastIndex = problem.end
        if (problem.messageId === 'obfuscated' && allowObfuscated) continue
        const range = toRange(problem.start, problem.end)
        // `<mailto:jobs@acme>` shows its own URL, which the link check reports.
        if (/mailto:$/i.test(text.slice(Math.max(0, problem.start - 7), problem.start)) && links.some((l) => l.range[0] <= range[0] && range[1] <= l.range[1])) continue
        const { fixed, escape } = problem
        const escapeRange = escape && toRange(escape[0], escape[1])
        context.report({
          range,
          messageId: problem.messageId,
          data: { text: text.slice(problem.start, problem.end), escape: escape ? text.slice(escape[0], escape[1]) : '' },
          ...(escapeRange ? { fix: (fixer) => fixer.replaceTextRange(escapeRange, '@') } : {}),
          suggest: fixed && !escapeRange ? [{ messageId: 'useAddress', data: { address: fixed }, fix: (fixer) => fixer.replaceTextRange(range, fixed) }] : [],
        })
      }
    }

    /** Where a link's URL stands in the source: the `href` of `<a>`, the destination of a Markdown link. */
    const urlRange = (link: Link): Range | undefined => {
      const source = sourceCode.getText(link.range)
      if (/^<a\s/i.test(source)) {
        const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(source)
        if (!href) return undefined
        const value = href[1] ?? href[2] ?? href[3]!
        const at = link.range[0] + href.index + href[0].length - value.length - (href[3] === undefined ? 1 : 0)
        return [at, at + value.length]
      }
      const at = source.lastIndexOf(link.url)
      return at === -1 ? undefined : [link.range[0] + at, link.range[0] + at + link.url.length]
    }

    const checkLink = (link: Link): void => {
      const { url } = link
      if (/\{[{%]|\uFFFC/.test(url)) return
      const where = urlRange(link)
      if (/^mailto:/i.test(url)) {
        // A GFM autolink (a bare address in prose) has no `mailto:` in the source: the prose check covers it.
        if (!/mailto:/i.test(sourceCode.getText(link.range))) return
        const query = url.indexOf('?')
        const addresses = decode(url.slice(7, query === -1 ? undefined : query)).split(/[,;]/).map((a) => a.trim())
        if (addresses.every((a) => isValidEmail(a))) return
        const shown = link.textRange ? sourceCode.getText(link.textRange).trim() : ''
        const repaired = addresses.map((a) => repairAddress(a) ?? (addresses.length === 1 && isValidEmail(shown) ? shown : undefined))
        const address = repaired.every(Boolean) ? repaired.join(',') : undefined
        context.report({
          range: where ?? link.range,
          messageId: 'malformedMailto',
          data: { url },
          suggest: where && address ? [{ messageId: 'useAddress', data: { address }, fix: (fixer) => fixer.replaceTextRange(where, `mailto:${address}${query === -1 ? '' : url.slice(query)}`) }] : [],
        })
      } else if (where && !/^[a-z][a-z0-9+.-]*:/i.test(url) && isValidEmail(url.trim())) {
        context.report({ range: where, messageId: 'missingMailto', data: { address: url.trim() }, fix: (fixer) => fixer.insertTextBeforeRange(where, 'mailto:') })
      }
    }

    return {
      Document() {
        const frontMatter = sourceCode.frontMatter
        if (frontMatter) {
          const base = frontMatter.range[0]
          scan(sourceCode.getText(frontMatter.range), (start, end) => [base + start, base + end], [])
        }
        for (const link of sourceCode.links) checkLink(link)
      },
      ParagraphNode(node: Paragraph) {
        const prose = sourceCode.getProse(node)
        scan(prose.text, prose.rangeOf, sourceCode.links)
      },
    }
  },
})

/** Sort one candidate: undefined when it is a valid address or not an address at all. */
function classify(match: RegExpExecArray, text: string, before: string, getClues: () => Clues): Problem | undefined {
  const start = match.index
  const { local, at, domain: rawDomain, bare } = match.groups as Record<string, string | undefined>
  const context = testText(ADDRESS_CONTEXT, before)
  if (bare !== undefined) return classifyBare(bare, start, context && !testText(WEB_CONTEXT, before), getClues())
  if (local === undefined || at === undefined || rawDomain === undefined) return undefined
  const written = rawDomain.replace(/(?<![.-])[.-]+$/, '') // trailing dots end the sentence
  if (written === '') return undefined
  const atStart = start + local.length
  let end = atStart + at.length + written.length
  const domain = written.replace(DOT_SEPARATOR, '.')
  const fixed = `${local}@${domain}`
  const valid = isValidEmail(fixed)
  const lower = local.toLowerCase()
  const mailbox = MAILBOX_NAMES.has(lower)
  const ats = at.split('@').length - 1
  const problem = (messageId: ProblemId, extra: Partial<Problem> = {}): Problem => ({ messageId, start, end, ...extra })

  if (/[\\&%]/.test(at)) return valid ? problem('escaped', { escape: [atStart, atStart + at.length] }) : undefined
  const bracketed = /[[({<]/.test(at)
  const writtenDots = domain !== written
  if (bracketed || writtenDots || ats === 0) {
    if (!valid || NOT_MAILBOXES.has(lower)) return undefined
    if (!bracketed && ats === 0) {
      // The word "at": `jobs at acme dot com` needs a mailbox-like name or words saying an address follows
      // (`Learn more at acme dot com` is a website); `jobs at acme.com` needs "Email" right before it.
      const named = mailbox || /[._0-9]/.test(local)
      if (!TOP_LEVEL_DOMAINS.has(domain.slice(domain.lastIndexOf('.') + 1).toLowerCase()) || testText(WEB_CONTEXT, before)) return undefined
      if (writtenDots ? !(named || context) : !(named && testText(EMAIL_WORD_BEFORE, before))) return undefined
    }
    return problem('obfuscated', { fixed })
  }
  const after = atStart + at.length + rawDomain.length
  if (text[after] === '@') {
    // `a@b@c.com` is two addresses run together; `@jobs@acme.social`-style handles are left alone.
    if (ats !== 1 || /\s/.test(at)) return undefined
    end = after + /^@[A-Za-z0-9.-]*/.exec(text.slice(after))![0].replace(/(?<![.-])[.-]+$/, '').length
    return problem('doubleAt')
  }
  if (/\s/.test(at)) {
    if (!valid || NOT_MAILBOXES.has(lower)) return undefined
    // `Engineer @ Booking.com` and `on Bluesky @acme.bsky.social` are not addresses.
    const trusted = context || mailbox
    if (!trusted && (!/\s$/.test(at) || !/^[a-z0-9]/.test(domain))) return undefined
    return problem(ats > 1 ? 'doubleAt' : 'spacesAroundAt', { fixed })
  }
  if (ats > 1) return problem('doubleAt', valid ? { fixed } : {})
  if (valid) return undefined
  const repaired = repairAddress(fixed)
  if (/^\.|\.$|\.\./.test(local) || /^\.|\.\./.test(domain)) return repaired ? problem('misplacedDot', { fixed: repaired }) : undefined
  const labels = domain.split('.')
  const topLevel = labels[labels.length - 1]!
  if (/^[A-Za-z]{2,24}$/.test(topLevel) && labels.length > 1) return undefined
  // Versions (`pkg@1.2`), times (`10@5pm`) and broken labels are something else.
  if (/^\d/.test(domain) || /^\d+$/.test(local) || !isValidEmail(`${local}@${domain}.com`)) return undefined
  const known = getClues().domains.find((d) => d.startsWith(labels.length > 1 ? domain.toLowerCase() : `${domain.toLowerCase()}.`))
  // Brands such as `Careers@Acme` need the words before them to say an address follows.
  if (!known && !context && (!(mailbox || local.includes('.')) || /^[A-Z]/.test(domain))) return undefined
  return problem('noTopLevelDomain', { fixed: known && `${local}@${known}` })
}

/** A dotted word with no `@`, standing where the words before it promise an address. */
function classifyBare(token: string, start: number, context: boolean, clues: Clues): Problem | undefined {
  const lower = token.toLowerCase()
  if (!context || lower.startsWith('www.') || clues.domains.includes(lower)) return undefined
  if (!TOP_LEVEL_DOMAINS.has(lower.slice(lower.lastIndexOf('.') + 1))) return undefined
  if (!isValidDomain(lower.replace(/^[^.]*/, 'x'))) return undefined
  const fixed = guessAddress(token, clues)
  // Capitalised names with a domain (`Booking.com`, `ASP.NET`) are brands unless the posting says otherwise.
  if (!fixed && /^[A-Z]/.test(token)) return undefined
  return { messageId: 'missingAt', start, end: start + token.length, fixed }
}

/** Where the `@` of a word glued to a domain goes, from the posting's own addresses, domains and employer. */
function guessAddress(token: string, clues: Clues): string | undefined {
  const lower = token.toLowerCase()
  const same = clues.emails.find((e) => [e.replace('@', ''), e.replace('@', '.')].some((v) => v.toLowerCase() === lower))
  if (same) return same
  const split = (at: number): string | undefined => {
    const address = `${token.slice(0, at).replace(/\.$/, '')}@${token.slice(at)}`
    return at > 0 && isValidEmail(address) ? address : undefined
  }
  const domains = [...clues.domains].sort((a, b) => b.length - a.length)
  for (const domain of domains) if (lower.endsWith(domain) && lower.length > domain.length) return split(lower.length - domain.length)
  for (const name of clues.names) {
    const at = lower.indexOf(`${name}.`)
    if (at > 0) return split(at)
  }
  const labels = lower.split('.')
  if (labels.length > 2 && MAILBOX_NAMES.has(labels[0]!)) return split(labels[0]!.length + 1)
  const glued = labels.length === 2 ? GLUED_MAILBOXES.find((m) => labels[0]!.startsWith(m) && labels[0]!.length - m.length >= 4) : undefined
  return glued ? split(glued.length) : undefined
}

/** The address a broken one most likely stands for, or undefined when that is not clear. */
function repairAddress(value: string): string | undefined {
  const at = value.replace(/@{2,3}/, '@').replace(/[ \t]{0,3}(?:[[({<][ \t]{0,2}(?:at|@)[ \t]{0,2}[\])}>]|@|\sat\s|\\@|&#0{0,3}64;|&commat;|%40)[ \t]{0,3}/i, '@')
  const [local = '', domain = '', ...rest] = at.replace(DOT_SEPARATOR, '.').split('@')
  if (rest.length > 0) return undefined
  const address = `${local.replace(/^\.+|(?<!\.)\.+$/g, '').replace(/\.{2,}/g, '.')}@${domain.replace(/^\.+|(?<!\.)\.+$/g, '').replace(/\.{2,}/g, '.')}`
  return isValidEmail(address) ? address : undefined
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function cluesOf(domains: readonly string[], emails: readonly string[], organization: string | undefined): Clues {
  const words = (organization ?? '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+/g) ?? []
  return { domains, emails, names: [words.join(''), words[0] ?? ''].filter((name) => name.length >= 3) }
}
