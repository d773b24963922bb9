/**
 * Wording that promises the reader a link, for `no-dangling-link-text`, and
 * the link targets that lead nowhere.
 *
 * Source: collected from job postings (the project's corpus of US federal
 * and Canadian federal postings in English and French, and the phrasings
 * employers commonly use on job boards), and from the W3C's WCAG technique
 * G91 ("Providing link text that describes the purpose of a link") and
 * Understanding SC 2.4.4, which list "click here"/"here"/"more" as link text
 * that means nothing without its link.
 *
 * Each entry is a regular-expression source matched case-insensitively on a
 * paragraph's prose, with a space standing for any run of white space (line
 * breaks included). Entries are grouped by where the promised link must be:
 *
 * - `here`: in the same sentence ("Click here to apply");
 * - `ahead`: in the sentence or anywhere up to the end of the next block
 *   ("Follow this link", "the link below");
 * - `behind`: in the sentence or anywhere back to the start of the previous
 *   block ("the link above");
 * - `page`: a web page named in words; a link, a URL or a bare domain
 *   (`acme.com/careers`) in the sentence keeps it silent.
 *
 * A phrase followed by a colon, or standing in a heading, may also find its
 * link in the next block. Entries avoid `here` on its own ("we are here to
 * help"), physical places ("visit our office", "our Ottawa site", "our job site") and pages
 * of a document ("see page 3").
 */

import { WordAlternatives } from '../../src/linter/word-patterns.js'

export type LinkPhraseScope = 'here' | 'ahead' | 'behind' | 'page'

/** Words that may stand between "our" and "page"/"website": not small words that start a new phrase. */
const MODIFIER = "(?:(?!(?:on|in|at|of|to|for|and|or|the|a|an|with|from)\\s)[\\p{L}\\p{N}&'’.-]{1,30} ){0,3}?"

/** Words before "on our website" that turn it into a pointer to a page the posting should link. */
const PAGE_CUE =
  '(?<=(?<![\\p{L}\\p{N}])(?:apply|applications?|available|posted|listed|found|published|details|information|info|learn more|read more|find out more|visit us)(?![\\p{L}\\p{N}])[^.!?;:\\n]{0,60})'

export const LINK_PHRASES: Readonly<Record<LinkPhraseScope, readonly string[]>> = {
  here: [
    // English
    '(?:click|tap|press)(?: on)? here',
    '(?=apply)(?<!why (?:[\\p{L}’\']{1,20} ){0,2})apply(?: online| now| today)? here',
    '(?:register|sign up|sign-up|enrol|enroll|subscribe|rsvp) here',
    'submit (?:your |an )?(?:application|resume|résumé|cv) here',
    '(?:can|may|could) be (?:found|viewed|seen|read|accessed|downloaded) here',
    '(?:more|further|additional|full) (?:information|info|details)(?: (?:is|are) available)? here',
    '(?:learn|read|find out) more here',
    '(?=see)(?<!(?<![\\p{L}])(?:can|could|will|’ll|\'ll|we|you|they|to|i) )see here',
    '(?:check|find) (?:it|this|them) out here',
    // French
    '(?:cliquez|cliquer|cliquant|appuyez|appuyer) ici',
    '(?=postul|inscri|s[’\']inscri)(?<!pourquoi )(?:postulez|postuler|inscrivez-vous|s[’\']inscrire)(?: en ligne| dès maintenant)? ici',
    '(?:en savoir|en apprendre) (?:plus|davantage) ici',
    '(?:plus|davantage) d[’\']informations? ici',
  ],
  ahead: [
    // English
    '(?:follow|click|click on|use|open|visit|via|through|using|see) (?:this|the following) (?:link|hyperlink|url)',
    '(?:the )?following (?:links?|hyperlinks?|urls?|web address|website)',
    '(?:(?:the|this|these) )?(?:links?|hyperlinks?|urls?)(?: provided| listed)? below',
    'below (?:links?|hyperlinks?|urls?)',
    // French
    '(?:suivez|suivre|cliquez sur|cliquer sur|consultez|utilisez|visitez) (?:ce|le|ces|les) liens?',
    '(?:le |les )?liens? (?:suivants?|ci-dessous|ci-après)',
  ],
  behind: [
    '(?:(?:the|this|these) )?(?:links?|hyperlinks?|urls?)(?: provided| listed)? above',
    'above (?:links?|hyperlinks?|urls?)',
    'liens? ci-dessus',
  ],
  page: [
    // English
    `(?:visit|check out|see|browse|explore|go to|head to|head over to) (?:our|the company[’']s) ${MODIFIER}(?:website|web site|webpage|web page|homepage|home page|careers? site|jobs site|careers? portal|jobs? portal|job board|page(?!\\s*\\p{N}))`,
    '(?:check out|browse) our site',
    '(?:on|through|via|at|from) our (?:careers? (?:page|site|portal|website)|jobs (?:page|site|portal|website)|job (?:page|portal|board))',
    `(?=on our )${PAGE_CUE}on our (?:website|web site|site)`,
    // French
    '(?:visitez|consultez|parcourez|rendez-vous sur) notre (?:site (?:web|internet|carrières|emplois)|page (?:carrières|emplois|linkedin|facebook))',
  ],
}

/**
 * The phrases matched as one pattern would match them (a space in an entry
 * standing for any white space), each tagged with its scope, but each
 * compiled and run apart where a paragraph's words allow it: a posting
 * with one "click here" compiles that phrase rather than all sixty (about
 * 5 ms of a command's first posting).
 */
export const LINK_PHRASE_PATTERN = new WordAlternatives<LinkPhraseScope>(
  (Object.keys(LINK_PHRASES) as LinkPhraseScope[]).flatMap((scope) => LINK_PHRASES[scope].map((entry) => [scope, entry.replaceAll(' ', '\\s+')] as const)),
  'iu',
)

/** Common top-level domains: a bare `name.tld` with one of these (or with a path) counts as an address. */
export const COMMON_TLDS: ReadonlySet<string> = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'io', 'co', 'ai', 'app', 'dev', 'jobs', 'careers', 'info', 'biz',
  'us', 'ca', 'uk', 'fr', 'de', 'eu', 'au', 'nz', 'ie', 'in', 'be', 'ch', 'nl', 'es', 'it', 'se', 'no', 'dk', 'fi',
])

/**
 * Link targets that lead nowhere: the empty target is reported apart; these
 * are placeholders: `#`, `javascript:void(0)`, a scheme with nothing after
 * it, the example domains templates ship with (RFC 2606: `example.com`,
 * `.net`, `.org`), or a word left where the address should have gone. Names
 * under the `.example` top-level domain are left alone: documentation uses
 * them for made-up employers, and nobody leaves them in a template.
 */
export const PLACEHOLDER_TARGET =
  /^(?:#!?|javascript:.*|about:blank|https?:(?:\/\/?)?|mailto:|tel:|(?:https?:\/\/)?(?:www\.)?example\.(?:com|net|org)(?:[/?#].*)?|url|link|tbd|tba|todo|x{1,10}|\.{3}|…|(?:insert|add)[ _-]?(?:the[ _-]?)?(?:link|url)(?:[ _-]?here)?|(?:link|url)[ _-]?here)$/i
