/**
 * Patterns and word lists for `valid-email`: the ways an address gets
 * obfuscated, escaped or broken in postings, and the words around it that say
 * "this is an email address".
 *
 * The top-level domains are the generic ones and the country codes most often
 * seen in postings, from the IANA Root Zone Database
 * (https://www.iana.org/domains/root/db); ones that read as file extensions or
 * abbreviations (`.md`, `.py`, `.sh`, `.pl`, `.rs`, `.ai`, `.it`, `.is`, `.no`,
 * `.so`, `.do`, `.to`, `.at`, `.be`, `.am`) are left out on purpose, so `send
 * resume.md to` is not mistaken for an address. Mailbox names and
 * obfuscation forms are the ones employers use (`jobs@`, `careers@`, `rh@`;
 * `[at]`, `(at)`, `{at}`, `at … dot`), collected from public postings.
 */

/** Space or tab inside one line, no-break space included. */
const S = String.raw`[ \t\u00A0]`

/** A dot written out: `.`, `[dot]`, `(dot)`, `{dot}`, or ` dot ` before a label. */
const DOT = String.raw`\.|${S}{0,2}[\[({]${S}{0,2}dot${S}{0,2}[\])}]${S}{0,2}|${S}{1,3}dot${S}{1,3}(?=[A-Za-z0-9])`

/** What stands between the mailbox and the domain: `@` (spaced, doubled), escapes, `[at]`, ` at `. */
const AT = [
  String.raw`${S}{0,3}@{1,3}${S}{0,3}`,
  String.raw`\\@`,
  String.raw`&#0{0,3}64;|&#x0{0,2}40;|&commat;`,
  String.raw`%40`,
  String.raw`${S}{0,2}[\[({<]${S}{0,2}(?:at|@)${S}{0,2}[\])}>]${S}{0,2}`,
  String.raw`${S}{1,3}at${S}{1,3}`,
].join('|')

/**
 * One pass finds both kinds of candidate:
 * - `local` `at` `domain`: anything shaped like an address, broken or not;
 * - `bare`: a dotted word with no `@` (a host name, or an address that lost its `@`).
 * Every repetition is bounded and its items start with disjoint characters, so nothing backtracks far.
 */
export const CANDIDATE = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+@\\-])(?<local>[A-Za-z0-9._%+-]{1,64})(?<at>${AT})(?<domain>(?:[A-Za-z0-9-]|${DOT}){1,255})` +
    String.raw`|(?<![A-Za-z0-9._%+@/\\:#&=?-])(?<bare>[A-Za-z0-9_%+-]{1,63}(?:\.[A-Za-z0-9_%+-]{1,63}){1,8})(?!\.?[A-Za-z0-9@/_%+-]|:\d)`,
  'gi',
)

/**
 * What every candidate holds, found far faster than a candidate: a character
 * that `@` or its escapes are written with (`@`, `&`, `%`), the word "at"
 * between spaces or brackets, or a dot followed by a mailbox character. Most
 * paragraphs hold none, and are not searched for candidates at all.
 */
export const CANDIDATE_HINT = /[@&%]|\.[A-Za-z0-9_%+-]|[ \t\u00A0[({<]at[ \t\u00A0\])}>]/i

/** Splits a domain at its dots, written out or not. */
export const DOT_SEPARATOR = new RegExp(DOT, 'gi')

/**
 * Words just before a candidate that say it is an address: `Email:`, `email us at`,
 * `send your CV to`, `contact us at`, `reach out to`, `écrivez à`, a front-matter key
 * such as `contact_email:`. Tested on the 80 characters before the candidate.
 */
export const ADDRESS_CONTEXT = new RegExp(
  String.raw`(?:` +
    String.raw`(?<![\p{L}\p{N}_-])(?:e-?mail|courriel|contact(?:ez)?|notify)(?:\s{1,3}(?:us|me|them|him|her|nous|moi))?` +
    String.raw`|(?<![\p{L}\p{N}_-])(?:e-?mail(?:ing)?|courriel|write|send(?:ing)?|mail|envoye[rz]|[ée]crive[zr]|adresse[rz])(?:-(?:nous|moi))?(?:\s{1,3}[\p{L}\p{N}’'-]{1,30}){0,8}?\s{1,3}(?:at|to|à)` +
    String.raw`|(?<![\p{L}\p{N}_-])(?:contact(?:ing|ez|er)?|reach(?:ing)?|joindre|write)(?:\s{1,3}(?:us|me|them|him|her|out|nous|moi))?\s{1,3}(?:at|to|à)` +
    String.raw`|(?<![\p{L}\p{N}-])[\w-]{0,30}(?:e-?mail|courriel)(?:\s{1,3}(?:address|adresse))?` +
    String.raw`)\s{0,3}:?\s{0,3}['"“«]?\s{0,2}$`,
  'iu',
)

/** Words before a candidate that say a web address follows (`visit careers.acme.com`, `see jobs at acme dot com`). */
export const WEB_CONTEXT = /(?<![\p{L}\p{N}_-])(?:visit(?:ez)?|see|browse|go\s{1,3}to|check\s{1,3}out|consult(?:ez)?|website|web\s{1,3}site|site(?:\s{1,3}web)?)\s{0,3}:?\s{0,3}$/iu

/** `Email jobs at acme.com`: the word "at" between a mailbox and a real domain counts only right after one of these. */
export const EMAIL_WORD_BEFORE = /(?<![\p{L}\p{N}_-])(?:e-?mail|courriel)\s{0,3}:?\s{1,3}$/iu

/** Top-level domains an address in a posting ends with (lower case). */
export const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set([
  // generic
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'co', 'app', 'dev', 'tech', 'jobs', 'careers',
  'work', 'team', 'agency', 'company', 'email', 'online', 'site', 'xyz', 'health', 'law', 'coop', 'museum', 'ngo', 'eco',
  // country codes
  'ca', 'us', 'uk', 'fr', 'de', 'au', 'nz', 'ie', 'in', 'eu', 'ch', 'nl', 'es', 'se', 'dk', 'fi', 'pt', 'pl', 'cz',
  'jp', 'cn', 'kr', 'sg', 'hk', 'tw', 'br', 'mx', 'ar', 'cl', 'za', 'ng', 'ke', 'il', 'ae', 'lu', 'gr', 'ro', 'hu',
  'sk', 'si', 'hr', 'bg', 'ee', 'lv', 'lt', 'ua', 'tr', 'ph', 'my', 'id', 'th', 'vn', 'pk', 'bd', 'lk', 'qc', 'me', 'tv', 'cc', 'ly', 'gg',
])

/** Mailbox names employers use for hiring (lower case); a word glued to a domain may start with one. */
export const MAILBOX_NAMES: ReadonlySet<string> = new Set([
  'jobs', 'job', 'careers', 'career', 'hr', 'recruiting', 'recruitment', 'recruiter', 'recruiters', 'talent', 'hiring',
  'apply', 'applications', 'people', 'info', 'contact', 'hello', 'team', 'resumes', 'cv', 'staffing',
  'emplois', 'emploi', 'carrieres', 'carriere', 'rh', 'recrutement', 'candidatures', 'dotation',
])

/** Mailbox names that may be glued to a domain without anything between (`jobsacme.com`). */
export const GLUED_MAILBOXES: readonly string[] = ['recruitment', 'recruiting', 'careers', 'emplois', 'talent', 'hiring', 'jobs', 'rh', 'hr']

/** Words that stand before " at " or " @ " without being a mailbox (`email us at`, `follow us @`). */
export const NOT_MAILBOXES: ReadonlySet<string> = new Set([
  'us', 'me', 'you', 'them', 'him', 'her', 'it', 'we', 'i', 'nous', 'moi', 'vous', 'at', 'to', 'on', 'in', 'by', 'via',
  'or', 'and', 'is', 'are', 'be', 'follow', 'find', 'visit', 'apply', 'online', 'work', 'working', 'based', 'located',
])
