/**
 * fast-check generators of job postings for the fuzz tests: realistic
 * postings assembled from fragments (the lines of every fixture, plus
 * headings, lists, links, pay lines, equal-opportunity sentences, mojibake,
 * ATS tags, HTML tags and directives written for the purpose) mixed with
 * random Unicode (emoji, combining marks, right-to-left text, NUL bytes,
 * lone surrogates, control characters) and every kind of line ending, so
 * that the rules actually fire on what the fuzzer feeds them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures')

/** Every file under `fixtures/` (or `dir`), sorted. */
export function fixtureFiles(dir: string = FIXTURES): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name)
      return statSync(full).isDirectory() ? fixtureFiles(full) : [full]
    })
}

/** Every non-blank line of every fixture posting (valid and invalid, all rules, the examples). */
export const FIXTURE_LINES: readonly string[] = [
  ...new Set(
    fixtureFiles()
      .flatMap((file) => readFileSync(file, 'utf8').split(/\r\n|\r|\n/))
      .filter((line) => line.trim() !== ''),
  ),
]

/** Fragments written to make each rule fire, and the markup around them. */
const WRITTEN = [
  // Headings and titles
  '# Senior Salesman', '## Benefits', '### What youll do', '# Waitress (m/w/d)', '## Conseiller principal', 'Foreman – Night Shift', '<h1>Site Foreman</h1>', '<h2>About Us</h2>',
  // Lists
  '- 5+ years of experience', '* Recent graduates welcome', '1. Rockstar ninja coder', '- Digital natives who live online', '- No more than 2 years of experience', '  - nested item', '+ Must be under 35',
  // Links and contacts
  '[click here](https://jobs.example.com/apply)', '[apply here]()', '[careers page](#)', 'click here to apply', 'Follow the link below.', '<a href="">see the details</a>', '<a href="mailto:">email us</a>',
  'https://jobs.example.com/apply?id=1&ref=2', 'mailto:jobs@example.com', 'hiring[at]packright.example', 'jobs (at) example (dot) com', 'jobs@@example..com', 'careers@example', 'Email: hr @ example.com',
  'Call 555-0100 or TTY 711.', 'Phone: +1 (303) 555-0199',
  // Pay
  'Pay: $50,000 - $70,000 per year', 'Salary: competitive', '$20/hour', 'Compensation: DOE', '€40k–€50k', 'CAD 80,000 to 95,000 annually', 'Up to $120,000', 'Starting at $18 an hour', '$', '$$$', '£', 'USD 1,000,000,000,000,000 per year',
  'Salaire : 55 000 $ à 65 000 $ par année', 'Bonus: up to 10% of base, plus commission and equity.',
  // Statements
  'We are an equal opportunity employer and consider all applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.',
  'To request a reasonable accommodation, email accommodations@example.com.', 'We will consider qualified applicants with arrest and conviction records.',
  'Applicants must be authorized to work in the US; we do not sponsor visas.', 'Apply by June 30, 2026.', 'We accept applications on an ongoing basis.', 'This posting is for an existing vacancy.',
  'We use AI to screen applications.', 'Benefits: medical, dental, vision, 401(k).',
  // Wording the discrimination and inclusive-language rules report
  'Join our young and energetic team!', 'US citizens only.', 'No felons.', 'Must have a clean record.', 'Canadian experience required.', 'Native English speaker.', 'What is your current salary?',
  'Please include your salary history.', 'Work hard, play hard.', "We're a family.", 'Looking for a guru.', 'You graduated in 2022 or later.', 'He will manage the team.', 'Chairman of the board.', 'Damn good coffee.',
  // Hygiene
  'Weâ€™re hiring', 'Ã©quipe', 'â€“ apply now', 'Salary:Â $50,000.', 'S\uFFFDo Paulo', 'It isnÃ¢â‚¬â„¢t hard.', 'dont', 'youll', 'theyre', 'Its great', 'wont', 'cant', 'Dont Panic Tours',
  '#LI-Remote', '#LI-DNI', '#LI-Hybrid #LI-MK1', '{{company_name}}', '[Insert salary]', '[COMPANY NAME]', 'XX,XXX', 'Apply now Apply now', '#ZR', '{% if remote %}Remote{% endif %}', '{{ page.title }}',
  // Location
  'Location: Denver, CO', 'Remote – US', 'Lieu : Gatineau (Québec)', 'New York, NY (Hybrid)', 'Based in Toronto, Ontario', 'US based applicants only', 'Location: London, UK', 'Remote (EU)',
  // Markdown and HTML structure
  '> quoted line', '```\ncode block\n```', '`inline code`', '| a | b |\n| --- | --- |\n| 1 | 2 |', '**bold** _em_ ~~struck~~', '---', '***', '<br>', '<p>', '</p>', '<div>', '</div>', '<ul><li>one<li>two</ul>',
  '<script>alert("x")</script>', '<style>p { color: red }</style>', '<main>', '</main>', '<article>', '<![CDATA[ x ]]>', '<!doctype html>', '<html lang="fr">', '&amp;', '&nbsp;', '&#x2019;', '&#0;', '&#xD800;', '&bogus;', '&amp;amp;',
  '\\*escaped\\*', '[link]: https://example.com', '![image](x.png)', '<https://example.com>', '<jobs@example.com>',
  // Directives
  '<!-- postlint-disable -->', '<!-- postlint-enable -->', '<!-- postlint-disable-next-line no-mojibake -->', '<!-- postlint-disable-line -->', '<!-- postlint-disable no-such-rule -- because -->', '<!-- unterminated comment',
  // Front matter pieces
  '---\ntitle: Salesman\nlocation: Denver, CO\ndatePosted: 2025-03-01\n---', '---\ntitle: "Waitress"\njurisdictions: [US-NY-NYC]\n---', '---\n: bad yaml [\n---', '---\ntitle: |\n  Multi\n---',
]

/** Characters that break naive code: emoji (with skin tones and joiners), combining marks, bidirectional controls, RTL scripts, invisible and control characters. */
const TRICKY_CHARACTERS = [
  '😀', '👩🏽‍💻', '🏳️‍🌈', '🇺🇸', 'e\u0301', 'a\u0308\u0323', '\u0301', '\u200D', '\u200B', '\uFEFF', '\u00AD', '\u202E', '\u202D', '\u200F', '\u2066', '\u2069',
  'שלום', 'مرحبا', 'עובד', '\u0627\u0644\u0639\u0631\u0628\u064A\u0629', '日本語', '한국어', 'ﬁ', 'ß', 'İ', 'ǅ', '\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F', '\u0085', '\u2028', '\u2029',
  '\uFFFD', '\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFC', '\t', '\r', '\n', '\r\n', ' ', '\u00A0', '\u3000', '’', '“', '”', '…', '–', '—', '•', '·',
  '<', '>', '&', '"', "'", '`', '\\', '*', '_', '#', '[', ']', '(', ')', '{', '}', '|', '~', '$', '%', '@', ':', '-', '.', '!', '?',
]

const trickyCharacter = fc.constantFrom(...TRICKY_CHARACTERS)
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code))
const anyCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })

/** Random text: any Unicode, with the tricky characters and lone surrogates made common. */
export const randomText = fc.string({
  unit: fc.oneof({ weight: 3, arbitrary: anyCodePoint }, { weight: 4, arbitrary: trickyCharacter }, { weight: 1, arbitrary: loneSurrogate }, { weight: 3, arbitrary: fc.constantFrom('a', 'e', ' ', 'the', 'job', 'pay') }),
  maxLength: 40,
})

const fragment = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FIXTURE_LINES) },
  { weight: 5, arbitrary: fc.constantFrom(...WRITTEN) },
  { weight: 2, arbitrary: randomText },
)

/** A fragment with random characters spliced into it, sometimes. */
const mangledFragment = fc.oneof(
  { weight: 4, arbitrary: fragment },
  {
    weight: 1,
    arbitrary: fc.tuple(fragment, fc.nat(), randomText).map(([text, at, insert]) => {
      const cut = text.length === 0 ? 0 : at % (text.length + 1)
      return text.slice(0, cut) + insert + text.slice(cut)
    }),
  },
)

const lineEnding = fc.constantFrom('\n', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n\r\n', ' ')
/** A paragraph or block: a few fragments on one line or several. */
const block = fc.array(fc.tuple(mangledFragment, fc.constantFrom(' ', ' ', '', '\n', '\r\n')), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([text, glue]) => text + glue).join(''))

/** A posting's text: blocks joined by random line endings, maybe with a byte-order mark, maybe in an HTML page. */
export const postingText = fc
  .tuple(fc.array(fc.tuple(block, lineEnding), { maxLength: 12 }), fc.boolean(), fc.constantFrom('none', 'none', 'none', 'page', 'main'))
  .map(([blocks, bom, wrapper]) => {
    let text = blocks.map(([content, eol]) => content + eol).join('')
    if (wrapper === 'page') text = `<!doctype html>\n<html><body>\n${text}\n</body></html>\n`
    if (wrapper === 'main') text = `<html><body><nav>Menu</nav><main>\n${text}\n</main></body></html>`
    return (bom ? '\uFEFF' : '') + text
  })

/** The file a text is linted as, which decides its format. */
export const postingPath = fc.constantFrom('posting.md', 'posting.md', 'posting.html', 'posting.txt', '<text>')

/** Settings that switch on the law-dependent paths of the disclosure rules. */
export const postingSettings = fc.record({
  jurisdictions: fc.option(fc.constantFrom(['US-CO'], ['US-NY-NYC'], ['US-CA', 'US-CA-LA'], ['CA-ON'], ['EU'], ['GB'], ['US-WA', 'US-IL']), { nil: undefined }),
  asOf: fc.constantFrom('2024-06-01', '2026-06-01'),
  remote: fc.option(fc.constant('US'), { nil: undefined }),
})

export interface FuzzPosting {
  text: string
  filePath: string
  settings: { jurisdictions?: string[]; asOf: string; remote?: string }
}

export const posting: fc.Arbitrary<FuzzPosting> = fc.record({ text: postingText, filePath: postingPath, settings: postingSettings }).map(({ text, filePath, settings }) => ({
  text,
  filePath,
  settings: {
    asOf: settings.asOf,
    ...(settings.jurisdictions ? { jurisdictions: [...settings.jurisdictions] } : {}),
    ...(settings.remote ? { remote: settings.remote } : {}),
  },
}))
