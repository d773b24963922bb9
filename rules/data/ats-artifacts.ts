/**
 * What `no-ats-artifacts` looks for: job-board tracking tags, template
 * placeholders and the remains of scraped or exported markup.
 *
 * Sources:
 * - LinkedIn tags: LinkedIn Talent Solutions help on job wrapping (the
 *   import of postings from a careers site or applicant-tracking system):
 *   `#LI-Remote`, `#LI-Hybrid` and `#LI-Onsite` set the workplace type,
 *   `#LI-DNI` ("do not import") keeps a posting out of the import, and
 *   `#LI-` followed by a recruiter's initials and a digit (`#LI-JS1`) assigns
 *   the imported posting to that recruiter. No other board documents tags
 *   read from the description, so none are listed.
 * - Placeholder words: the merge fields of common posting templates
 *   (`[Company Name]`, `[Insert salary]`, `<City, State>`), gathered from
 *   template libraries and from the US federal postings of the test corpus
 *   (`ENTER JOB ANNOUNCEMENT NUMBER`, `xxx` list items, `tbd` dates).
 * - Lorem ipsum: the opening words of the standard filler text (Cicero,
 *   De finibus 1.10.32, as typesetters have cut it since the 1500s).
 * - HTML element names: the WHATWG HTML Standard, index of elements
 *   (https://html.spec.whatwg.org/multipage/indices.html#elements-3), plus
 *   obsolete ones still seen in pasted markup.
 */

/** Words after `#LI-` that LinkedIn reads: workplace types and "do not import". */
export const LINKEDIN_TAG_WORDS: readonly string[] = ['Remote', 'Hybrid', 'Onsite', 'On-site', 'DNI']

/** Words that open an instruction to whoever fills in the template: `[Insert salary]`. */
export const INSTRUCTION_WORDS: ReadonlySet<string> = new Set([
  'insert', 'enter', 'add', 'include', 'fill', 'type', 'put', 'replace', 'specify', 'paste', 'input', 'your',
])

/**
 * Words a placeholder is made of: `[Company Name]`, `<Job Title>`,
 * `{Start Date}`. A bracketed phrase is a placeholder when every word is one
 * of these and one of them is in {@link PLACEHOLDER_NOUNS}.
 */
export const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  'company', 'companies', 'employer', 'organization', 'organisation', 'org', 'client', 'business', 'brand', 'agency', 'firm',
  'name', 'job', 'title', 'position', 'role', 'req', 'requisition', 'id', 'number', 'no', 'code', 'announcement',
  'salary', 'pay', 'wage', 'rate', 'range', 'compensation', 'bonus', 'amount', 'min', 'max', 'minimum', 'maximum', 'hourly', 'annual',
  'location', 'city', 'state', 'province', 'country', 'region', 'address', 'office', 'zip', 'postal',
  'date', 'start', 'end', 'closing', 'deadline', 'hours', 'schedule', 'shift',
  'department', 'dept', 'division', 'team', 'group', 'unit', 'manager', 'hiring', 'recruiter', 'contact', 'person', 'supervisor',
  'email', 'e-mail', 'phone', 'url', 'link', 'website', 'product', 'industry', 'level', 'grade', 'benefits', 'description', 'summary',
  'here', 'of', 'and', 'or', 'x', 'xx', 'xxx',
])

/** The words that make a phrase of {@link PLACEHOLDER_WORDS} a placeholder rather than, say, `[and/or]`. */
export const PLACEHOLDER_NOUNS: ReadonlySet<string> = new Set([
  'company', 'employer', 'organization', 'organisation', 'client', 'name', 'job', 'title', 'position', 'role', 'salary', 'pay',
  'wage', 'compensation', 'amount', 'location', 'city', 'state', 'province', 'country', 'address', 'date', 'deadline', 'department',
  'team', 'manager', 'recruiter', 'contact', 'email', 'phone', 'url', 'link', 'website', 'number', 'xx', 'xxx',
])

/** Abbreviations standing where a value is not decided yet: `Salary: TBD`. */
export const PENDING_VALUES: readonly string[] = ['TBD', 'TBA', 'TBC']

/** Spelled-out pending values, reported only right after a label's colon (`Start date: to be confirmed`). */
export const PENDING_PHRASES: readonly string[] = ['to be determined', 'to be announced', 'to be confirmed', 'to be updated soon', 'to be updated', 'à déterminer', 'à confirmer', 'à venir']

/**
 * Template filler: the sentences a template or a test posting holds until
 * someone writes the real text ("content goes here", "Describe the role
 * here.", "This is a test … do not publish"). Gathered from the test and
 * draft postings of the corpus. Each is a regular-expression source matched
 * case-insensitively at word boundaries, with bounded repetition only.
 */
export const FILLER_PATTERNS: readonly string[] = [
  String.raw`(?:content|text|copy|description|details|information|info|body) goes here`,
  String.raw`(?:describe|insert|add|write|enter|list|put) (?:the|your|a) (?:role|position|job|team|duties|responsibilities|requirements|qualifications|company|description|summary|benefits)(?: [a-z]{1,20}){0,2} here`,
  String.raw`this is (?:a|the) (?:test|placeholder|sample|dummy)(?: (?:posting|position|job|page|text|description|announcement|listing))?`,
  String.raw`this is the job description`,
  String.raw`(?:please )?do not publish`,
]

/** Words that stand for a value in a link left unfinished: `https://example.org/apply/whatever`, `https://www.eventbrite.com/...`. */
export const URL_PLACEHOLDER_ENDS: readonly string[] = ['whatever', 'xxx', 'xxxx', 'tbd', 'todo', 'placeholder', '...', '…']

/** Opening words of lorem ipsum filler. */
export const LOREM_PHRASES: readonly string[] = ['lorem ipsum', 'dolor sit amet', 'consectetur adipiscing elit']

/**
 * Tags that mean markup was escaped twice on its way in: when a reader sees
 * `<br>` or `</p>` as text, an export turned the tag into `&lt;br&gt;`.
 */
export const DEBRIS_TAGS: ReadonlySet<string> = new Set([
  'a', 'b', 'br', 'div', 'em', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'li', 'ol', 'p', 'span', 'strong', 'sub',
  'sup', 'table', 'tbody', 'td', 'th', 'tr', 'u', 'ul',
])

/** HTML element names: a single word in angle brackets that is one of these is markup, not a placeholder. */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'acronym', 'address', 'area', 'article', 'aside', 'audio', 'b', 'base', 'bdi', 'bdo', 'big', 'blink', 'blockquote',
  'body', 'br', 'button', 'canvas', 'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'data', 'datalist', 'dd', 'del',
  'details', 'dfn', 'dialog', 'dir', 'div', 'dl', 'dt', 'em', 'embed', 'fieldset', 'figcaption', 'figure', 'font', 'footer',
  'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'i', 'iframe',
  'img', 'input', 'ins', 'kbd', 'label', 'legend', 'li', 'link', 'main', 'map', 'mark', 'marquee', 'menu', 'meta', 'meter',
  'nav', 'nobr', 'noscript', 'object', 'ol', 'optgroup', 'option', 'output', 'p', 'param', 'picture', 'pre', 'progress', 'q',
  'rp', 'rt', 'ruby', 's', 'samp', 'script', 'search', 'section', 'select', 'slot', 'small', 'source', 'span', 'strike',
  'strong', 'style', 'sub', 'summary', 'sup', 'svg', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead',
  'time', 'title', 'tr', 'track', 'tt', 'u', 'ul', 'var', 'video', 'wbr',
])

const alternatives = (words: readonly string[]): string => words.map((word) => word.replace(/ /g, '\\s+')).join('|')

/**
 * Every candidate in one pass (flags `giu`; the rule checks case and context
 * where they matter). Named groups say what was found; every repetition is
 * bounded and each alternative starts with its own literal, so it cannot
 * backtrack badly. Word boundaries are written as (?<!\w) before a word
 * character and (?!\w) after one, which mean the same as \b there: under
 * the i and u flags together V8 reads \b through a much slower path.
 */
export const ARTIFACT_PATTERN = new RegExp(
  [
    String.raw`(?<cdata><!\[CDATA\[|\]\]>)`,
    String.raw`(?<object>\[object Object\])`,
    String.raw`(?<angle><\/?[a-z][^<>\n]{0,80}>)`,
    String.raw`(?<square>\[[^[\]\n]{1,80}\])`,
    String.raw`(?<curly>\{\{[^{}\n]{0,80}\}\}|\{[^{}\n]{1,60}\})`,
    String.raw`(?<linkedin>(?<![\p{L}\p{N}_#/&.-])#?LI-(?:${alternatives(LINKEDIN_TAG_WORDS)}|[a-z]{2,3}\d{1,2})(?![\p{L}\p{N}_-]))`,
    String.raw`(?<caps>(?<!\w)(?:ENTER|INSERT)(?:[ \t]+[a-z][a-z0-9'’/&-]{0,30}){1,12})`,
    String.raw`(?<xs>(?<![\p{L}\p{N}-])(?:\$[ \t]?x{1,3}(?:,x{3})*(?:\.x{2})?k?|x{1,3}(?:,x{3})+(?:\.x{2})?|x{3,12}|xx(?=%|[ \t]+(?:years|hours|days|weeks|months)(?!\w)))(?![\p{L}\p{N}-]))`,
    String.raw`(?<pending>(?<!\w)(?:${PENDING_VALUES.join('|')})(?!\w)|(?<![\p{L}])(?:${alternatives(PENDING_PHRASES)})(?![\p{L}]))`,
    String.raw`(?<lorem>(?<!\w)(?:${alternatives(LOREM_PHRASES)})(?!\w))`,
    String.raw`(?<filler>(?<!\w)(?:${FILLER_PATTERNS.join('|')})(?![\p{L}\p{N}]))`,
    String.raw`(?<blah>(?<![\p{L}\p{N}])blah(?:[ \t,.]{1,3}blah){0,20}(?![\p{L}\p{N}]))`,
    String.raw`(?<url>(?<!\w)https?:\/\/[^\s<>()\[\]]{1,200}\/(?:${URL_PLACEHOLDER_ENDS.map((end) => end.replace(/\./g, '\\.')).join('|')})(?=[\s)>\]"'.,;]|$))`,
    String.raw`(?<entity>&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});)`,
    String.raw`(?<escape>(?<!\\)(?:(?:\\r)?\\n){1,8}|\\u[\da-f]{4})`,
  ].join('|'),
  'giu',
)

/**
 * What every alternative of {@link ARTIFACT_PATTERN} holds: a bracket or a
 * backslash, `&` before a letter or `#`, `$` before an `x`, or one of these
 * words as the pattern needs them (`here` as a word after a space, `enter`
 * and `insert` before a space, `to be` before the word that makes it
 * pending). A paragraph without any is not searched: most are not, where
 * `here`, `enter` or `to be` alone let through "where", "center" and "to be
 * successful". The pattern matches under Unicode case-insensitive rules,
 * where the long s (ſ) is an s and the Kelvin sign a k, which this gate's
 * rules do not read so: a paragraph holding either is let through.
 * test/facts/gates.test.ts checks that no paragraph of the corpus, nor any
 * written case, is kept from the pattern.
 */
export const ARTIFACT_GATE =
  /[<[\]{\\]|&[#a-z]|\$[ \t]?x|li-|(?<![a-z])(?:enter|insert)[ \t]|xx|x,|tb[acd]|to\s+be\s+(?:determined|announced|confirmed|updated)|à\s+[dcv]|lorem|dolor|consectetur| here(?![a-z0-9])|this is|not publish|blah|http|[ſ\u212A]/i
