import { expect, test } from 'vitest'
import { RuleTester } from '../../src/rule-tester.js'
import rule from '../../rules/no-ats-artifacts.js'
import { ARTIFACT_PATTERN } from '../../rules/data/ats-artifacts.js'

const tag = (text: string, line: number, column: number) => ({
  messageId: 'trackingTag',
  data: { text },
  line,
  column,
  endLine: line,
  endColumn: column + text.length,
})
const placeholder = (text: string, line: number, column: number) => ({
  messageId: 'placeholder',
  data: { text },
  line,
  column,
  endLine: line,
  endColumn: column + text.length,
})

new RuleTester().run('no-ats-artifacts', rule, {
  valid: [
    // Hashtags, the word LinkedIn and lithium-ion are not LinkedIn tags.
    'We are a remote-friendly team. #remote-friendly #hiring #LIfeAtAcme',
    'Follow us on LinkedIn. Li-ion battery experience (LI-ION cells) is a plus.',
    // Links, footnotes, task lists, editorial brackets and obfuscated addresses are not placeholders.
    'See [our benefits](https://example.com/benefits) and the note [1].\n\n- [ ] Submit your résumé\n- [x] Add a cover letter',
    'A reviewer called the role one that "suits [sic] everyone". Write to jobs[at]example.com [and/or] call us.',
    { code: 'Checklist:\n[ ] résumé\n[x] cover letter\n[ ] two references', filename: 'x.txt' },
    // TBD inside a sentence about something else.
    'We will decide the TBD roadmap items together. Location: Remote; exact office TBD after onboarding.',
    // Template code is source, not placeholders: Liquid, Hugo and Handlebars.
    'Apply for the GS-{{ page.gs_level }} role at {{ site.baseurl }}/apply. {% if page.open %}Open now.{% endif %} {{#if remote}}Remote{{/if}} {{< button >}}',
    // Format masks are not masked amounts; clothing sizes are not placeholders.
    'Enter your SSN as XXX-XX-XXXX and your phone as (XXX) XXX-XXXX. Uniforms come in XS to XXL.',
    'Write dates as XX/XX/XXXX or XX.XX.XXXX.',
    // Comments are not shown; front matter with real values, a comment and a date is quiet.
    '---\ntitle: Data Engineer\nopens: 2025-03-01 # TBD until approved\nlink: https://example.org/jobs/123\n---\n\n<!-- Replace <Company Name> before publishing -->\nWe are Acme.',
    // "blah" in a sentence is a word; a test of the software is not a test posting.
    'No blah corporate speak here. This is the best team I have worked on.',
    // Real HTML in Markdown, and a CDATA section inside a script.
    'The salary band is <b>$90,000</b>.<br>\n\n<script>//<![CDATA[\nvar x = 1;\n//]]></script>',
    'Salary: $95,000–$120,000 per year. Start date: September 2.',
    { code: '<p>Experience with <code>&lt;br&gt;</code>, <code>&amp;nbsp;</code> and <code>{{ name }}</code>.</p><p>Meet <job-title>our team</job-title>.</p>', filename: 'x.html' },
    { code: '<html><head><title>Careers</title></head><body><header><p>#LI-Remote</p></header><main><p>Plain text.</p></main></body></html>', filename: 'x.html' },
    { code: 'R&D; AT&T. Files go in C:\\new\\files. Salary &amp benefits.', filename: 'x.txt' },
    // An HTML element name in angle brackets is markup, not a field.
    'Use the <time> element.',
    // Each family can be switched off.
    { code: 'Apply today. #LI-Remote\n\n#LI-JS1', options: [{ tags: false }] },
    { code: 'Join [Company Name] at <Office Location>. Salary: TBD. Lorem ipsum.', options: [{ placeholders: false }] },
    { code: '<main><p>We&amp;rsquo;re hiring&lt;br&gt;</p><![CDATA[x]]></main>', filename: 'x.html', options: [{ scraperDebris: false }] },
  ],
  invalid: [
    {
      name: 'front matter values are published too: pending values, placeholders and unfinished links',
      code: "---\ntitle: Data Engineer\nopens: TBD\njob_announcement_number: 'TBD'\ncompany: \"[Company Name]\"\nqualifications: | To Be Updated Soon\nlink: https://www.eventbrite.com/...\n---\n\nWe are Acme.",
      errors: [
        { messageId: 'placeholder', data: { text: 'TBD' }, line: 3, column: 8, endColumn: 11 },
        { messageId: 'placeholder', data: { text: 'TBD' }, line: 4, column: 27, endColumn: 30 },
        { messageId: 'placeholder', data: { text: '[Company Name]' }, line: 5, column: 11, endColumn: 25 },
        { messageId: 'placeholder', data: { text: 'To Be Updated Soon' }, line: 6, column: 19, endColumn: 37 },
        { messageId: 'placeholder', data: { text: 'https://www.eventbrite.com/...' }, line: 7, column: 7, endColumn: 37 },
      ],
    },
    {
      name: 'template filler left in the text',
      code: '## About the role\n\nDescribe the role here.\n\ncontent goes here\n\nblah\nblah\n\nThis is a test and for the purposes of generating a preview link only. Please do not publish.',
      errors: [
        { messageId: 'fillerText', data: { text: 'Describe the role here' }, line: 3, column: 1, endColumn: 23 },
        { messageId: 'fillerText', data: { text: 'content goes here' }, line: 5, column: 1, endColumn: 18 },
        { messageId: 'fillerText', data: { text: 'blah' }, line: 7, column: 1, endColumn: 5 },
        { messageId: 'fillerText', data: { text: 'blah' }, line: 8, column: 1, endColumn: 5 },
        { messageId: 'fillerText', data: { text: 'This is a test' }, line: 10, column: 1, endColumn: 15 },
        { messageId: 'fillerText', data: { text: 'Please do not publish' }, line: 10, column: 72, endColumn: 93 },
      ],
    },
    {
      name: 'a link left unfinished',
      code: 'Apply at https://usajobs.gov/job/apply/whatever by Friday.',
      errors: [{ messageId: 'placeholder', data: { text: 'https://usajobs.gov/job/apply/whatever' }, line: 1, column: 10, endColumn: 48 }],
    },
    {
      name: 'a paragraph of only a tag disappears with its blank line',
      code: '# Engineer\n\nQuestions? Email jobs[at]example.com\n\n#LI-Remote\n',
      errors: [tag('#LI-Remote', 5, 1)],
      output: '# Engineer\n\nQuestions? Email jobs[at]example.com\n',
    },
    {
      name: 'a paragraph of tags between paragraphs keeps one blank line',
      code: 'Intro.\n\n#LI-Remote #LI-AB12\n\nOutro.\n',
      errors: [tag('#LI-Remote', 3, 1), tag('#LI-AB12', 3, 12)],
      output: 'Intro.\n\nOutro.\n',
    },
    {
      name: 'blank lines and trailing spaces around a removed paragraph stay as they were',
      code: 'Intro.  \n\n\n#LI-Remote\n\nOutro.\n\nThanks.  \n\n#LI-Remote',
      errors: [tag('#LI-Remote', 4, 1), tag('#LI-Remote', 10, 1)],
      output: 'Intro.  \n\n\nOutro.\n\nThanks.  ',
    },
    {
      name: 'a heading of only a tag, and a tag alone in a quote',
      code: '## #LI-Remote\n\n> We hire everywhere.\n>\n> #LI-Remote\n\nApply now.',
      errors: [tag('#LI-Remote', 1, 4), tag('#LI-Remote', 5, 3)],
      output: '> We hire everywhere.\n\nApply now.',
    },
    {
      name: 'a tag paragraph at the start of the file',
      code: '#LI-Onsite\n\nWe are hiring.\n',
      errors: [tag('#LI-Onsite', 1, 1)],
      output: 'We are hiring.\n',
    },
    {
      name: 'a tag at the end of a sentence goes with its space, not the full stop',
      code: 'We hire remotely #LI-Remote.',
      errors: [tag('#LI-Remote', 1, 18)],
      output: 'We hire remotely.',
    },
    {
      name: 'a line of tags inside a paragraph goes with its line break (CRLF)',
      code: 'Apply by Friday.\r\n#LI-Hybrid #LI-JS1\r\nThanks!\r\n',
      errors: [tag('#LI-Hybrid', 2, 1), tag('#LI-JS1', 2, 12)],
      output: 'Apply by Friday.\r\nThanks!\r\n',
    },
    {
      name: 'a list item of only a tag disappears',
      code: '- Remote\n- #LI-DNI\n- Hybrid\n',
      errors: [tag('#LI-DNI', 2, 3)],
      output: '- Remote\n- Hybrid\n',
    },
    {
      name: 'a dangling separator goes with the tag; a bare LI- tag in capitals is a tag',
      code: 'Location: Remote | #LI-Remote\n\nLI-EB1 Join our team.',
      errors: [tag('#LI-Remote', 1, 20), tag('LI-EB1', 3, 1)],
      output: 'Location: Remote\n\nJoin our team.',
    },
    {
      name: 'a tag in the middle of a line takes one space',
      code: 'We are #li-remote friendly.',
      errors: [tag('#li-remote', 1, 8)],
      output: 'We are friendly.',
    },
    {
      name: 'a tag in a table cell empties the cell without a double space',
      code: '| Where | Tags |\n| --- | --- |\n| Remote | #LI-Remote |\n',
      errors: [tag('#LI-Remote', 3, 12)],
      output: '| Where | Tags |\n| --- | --- |\n| Remote | |\n',
    },
    {
      name: 'HTML: elements holding only tags are removed with their line; a <br> before a tag goes too',
      filename: 'x.html',
      code: '<main>\n<p>Intro.</p>\n<p>#LI-Remote</p>\n<p>Questions?<br>#LI-JS1</p>\n<ul><li>Remote</li><li>#LI-Remote</li></ul>\n<p>Apply now. #LI-Hybrid</p>\n</main>',
      errors: [tag('#LI-Remote', 3, 4), tag('#LI-JS1', 4, 18), tag('#LI-Remote', 5, 24), tag('#LI-Hybrid', 6, 15)],
      output: '<main>\n<p>Intro.</p>\n<p>Questions?</p>\n<ul><li>Remote</li></ul>\n<p>Apply now.</p>\n</main>',
    },
    {
      name: 'HTML: a list of only a tag disappears whole',
      filename: 'x.html',
      code: '<main>\n<p>Apply today.</p>\n<ul>\n<li>#LI-Remote</li>\n</ul>\n</main>',
      errors: [tag('#LI-Remote', 4, 5)],
      output: '<main>\n<p>Apply today.</p>\n</main>',
    },
    {
      name: 'HTML inside Markdown: a wrapper holding only the tag goes too',
      code: 'Intro.\n\n<div>\n<p>#LI-Remote</p>\n</div>\n\nOutro.',
      errors: [tag('#LI-Remote', 4, 4)],
      output: 'Intro.\n\nOutro.',
    },
    {
      name: 'plain text',
      filename: 'x.txt',
      code: 'We hire everywhere.\n#LI-Remote\n\nApply now.\n\n#LI-Remote\n',
      errors: [tag('#LI-Remote', 2, 1), tag('#LI-Remote', 6, 1)],
      output: 'We hire everywhere.\n\nApply now.\n',
    },
    {
      name: 'bracketed fields',
      code: 'Join [Company Name] as our next engineer. Pay: [Insert salary]. Ask [Your Name] or {Hiring Manager}. [Add benefits here]',
      errors: [
        placeholder('[Company Name]', 1, 6),
        placeholder('[Insert salary]', 1, 48),
        placeholder('[Your Name]', 1, 69),
        placeholder('{Hiring Manager}', 1, 84),
        placeholder('[Add benefits here]', 1, 102),
      ],
      output: null,
    },
    {
      name: 'merge fields beside template code',
      code: 'Welcome to {{company}}! The {{ Job Title }} reports to {{ page.manager }}.',
      errors: [placeholder('{{company}}', 1, 12), placeholder('{{ Job Title }}', 1, 29)],
      output: null,
    },
    {
      name: 'Markdown: angle-bracket fields are raw HTML to the parser, inline or as a block',
      code: 'Welcome to <insert company name>! Ask <Company> about it.\n\n<Hiring Manager>\n\nMore.',
      errors: [placeholder('<insert company name>', 1, 12), placeholder('<Company>', 1, 39), placeholder('<Hiring Manager>', 3, 1)],
      output: null,
    },
    {
      name: 'HTML: angle-bracket fields are elements; escaped ones are text',
      filename: 'x.html',
      code: '<p>Welcome to <insert company name>!</p>\n<p>Ask <Company>.</p>\n<p>Or &lt;Recruiter Name&gt;.</p>',
      errors: [placeholder('<insert company name>', 1, 15), placeholder('<Company>', 2, 8), { messageId: 'placeholder', data: { text: '<Recruiter Name>' }, line: 3, column: 7, endColumn: 29 }],
      output: null,
    },
    {
      name: 'masked amounts and list items',
      code: 'Salary: $XX,XXX – $XXX,XXX, with XX years of experience.\n\n- xxx\n- Review code\n\nOvertime: $XX.XX per hour.',
      errors: [placeholder('$XX,XXX', 1, 9), placeholder('$XXX,XXX', 1, 19), placeholder('XX', 1, 34), placeholder('xxx', 3, 3), placeholder('$XX.XX', 6, 11)],
      output: null,
    },
    {
      name: 'TBD after a label, alone on a line or closing a range',
      code: 'Salary: TBD\n\n**Start date:** TBD\n\n- TBD\n\n**Travel requirement:**\nTBD, to be confirmed by the team\n\nOpening period: tbd EDT to tbd EDT\n\nClosing date: to be determined',
      errors: [
        placeholder('TBD', 1, 9),
        placeholder('TBD', 3, 17),
        placeholder('TBD', 5, 3),
        placeholder('TBD', 8, 1),
        placeholder('tbd', 10, 17),
        placeholder('tbd', 10, 28),
        placeholder('to be determined', 12, 15),
      ],
      output: null,
    },
    {
      name: 'French pending values after a label',
      code: 'Date de début : à venir. Salaire : à déterminer.',
      errors: [placeholder('à venir', 1, 17), placeholder('à déterminer', 1, 36)],
      output: null,
    },
    {
      name: 'HTML: a pending value on the line after its label',
      filename: 'x.html',
      code: '<p><strong>Job announcement number:</strong>\ntbd</p>',
      errors: [placeholder('tbd', 2, 1)],
      output: null,
    },
    {
      name: 'instructions in capitals; capitals without a field word stay silent',
      code: 'ENTER JOB ANNOUNCEMENT NUMBER\n\nENTER THE WORLD OF DATA WITH US.',
      errors: [placeholder('ENTER JOB ANNOUNCEMENT NUMBER', 1, 1)],
      output: null,
    },
    {
      name: 'lorem ipsum is reported once per paragraph; [object Object] is a placeholder',
      code: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n\nLocation: [object Object]',
      errors: [{ messageId: 'fillerText', data: { text: 'Lorem ipsum' }, line: 1, column: 1, endColumn: 12 }, placeholder('[object Object]', 3, 11)],
      output: null,
    },
    {
      name: 'HTML: a tag escaped twice is shown as text; removing it keeps a space between words',
      filename: 'x.html',
      code: '<p>Great team&lt;br&gt;Great pay</p>',
      errors: [
        {
          messageId: 'scraperDebris',
          data: { text: '<br>' },
          line: 1,
          column: 14,
          endColumn: 24,
          suggestions: [{ messageId: 'replaceDebris', data: { text: '<br>', replacement: ' ' }, output: '<p>Great team Great pay</p>' }],
        },
      ],
      output: null,
    },
    {
      name: 'HTML: double-encoded entities',
      filename: 'x.html',
      code: '<p>We&amp;rsquo;re hiring &amp;nbsp; today.</p>',
      errors: [
        { messageId: 'scraperDebris', data: { text: '&rsquo;' }, column: 6, endColumn: 17, suggestions: [{ messageId: 'replaceDebris', output: '<p>We’re hiring &amp;nbsp; today.</p>' }] },
        { messageId: 'scraperDebris', data: { text: '&nbsp;' }, column: 27, endColumn: 37, suggestions: [{ messageId: 'removeDebris', output: '<p>We&amp;rsquo;re hiring today.</p>' }] },
      ],
      output: null,
    },
    {
      name: 'HTML: a CDATA section hides its text',
      filename: 'x.html',
      code: '<main><p>Intro.</p><![CDATA[We offer equity.]]></main>',
      errors: [
        {
          messageId: 'cdataSection',
          data: { text: '<![CDATA[' },
          line: 1,
          column: 20,
          endColumn: 29,
          suggestions: [{ messageId: 'unwrapCdata', output: '<main><p>Intro.</p>We offer equity.</main>' }],
        },
      ],
      output: null,
    },
    {
      name: 'Markdown: a CDATA section is raw HTML',
      code: 'Benefits: <![CDATA[equity]]> and more.',
      errors: [{ messageId: 'cdataSection', column: 11, endColumn: 20, suggestions: [{ messageId: 'unwrapCdata', output: 'Benefits: equity and more.' }] }],
      output: null,
    },
    {
      name: 'plain text: escapes, CDATA markers and markup shown as text',
      filename: 'x.txt',
      code: 'Responsibilities:\\nBuild things\\n\\n- We\\u2019re small. ]]> <br> Salary &amp; equity.',
      errors: [
        { messageId: 'scraperDebris', data: { text: '\\n' }, column: 18, endColumn: 20, suggestions: [{ messageId: 'replaceDebris', output: 'Responsibilities: Build things\\n\\n- We\\u2019re small. ]]> <br> Salary &amp; equity.' }] },
        { messageId: 'scraperDebris', data: { text: '\\n\\n' }, column: 32, endColumn: 36 },
        { messageId: 'scraperDebris', data: { text: '\\u2019' }, column: 40, endColumn: 46, suggestions: [{ messageId: 'replaceDebris', data: { text: '\\u2019', replacement: '’' }, output: 'Responsibilities:\\nBuild things\\n\\n- We’re small. ]]> <br> Salary &amp; equity.' }] },
        { messageId: 'scraperDebris', data: { text: ']]>' }, column: 56, endColumn: 59, suggestions: [{ messageId: 'removeDebris', output: 'Responsibilities:\\nBuild things\\n\\n- We\\u2019re small. <br> Salary &amp; equity.' }] },
        { messageId: 'scraperDebris', data: { text: '<br>' }, column: 60, endColumn: 64 },
        { messageId: 'scraperDebris', data: { text: '&amp;' }, column: 72, endColumn: 77, suggestions: [{ messageId: 'replaceDebris', output: 'Responsibilities:\\nBuild things\\n\\n- We\\u2019re small. ]]> <br> Salary & equity.' }] },
      ],
      output: null,
    },
    {
      name: 'Markdown: escaped markup and double-encoded entities',
      code: 'Great team\\<br>Great pay &amp;nbsp;and equity',
      errors: [
        { messageId: 'scraperDebris', data: { text: '<br>' }, column: 11, endColumn: 16, suggestions: [{ messageId: 'replaceDebris', output: 'Great team Great pay &amp;nbsp;and equity' }] },
        { messageId: 'scraperDebris', data: { text: '&nbsp;' }, column: 26, endColumn: 36, suggestions: [{ messageId: 'removeDebris', output: 'Great team\\<br>Great pay and equity' }] },
      ],
      output: null,
    },
    {
      name: 'CRLF file with every family',
      code: 'Join [Company Name].\r\n\r\nPay: $XX,XXX.\r\n\r\n#LI-Remote\r\n',
      errors: [placeholder('[Company Name]', 1, 6), placeholder('$XX,XXX', 3, 6), tag('#LI-Remote', 5, 1)],
      output: 'Join [Company Name].\r\n\r\nPay: $XX,XXX.\r\n',
    },
    {
      name: 'with tags switched off, placeholders are still reported',
      code: 'Join [Company Name]. #LI-Remote',
      options: [{ tags: false }],
      errors: [placeholder('[Company Name]', 1, 6)],
      output: null,
    },
    {
      name: 'a bare URL is not checked, the text beside it is',
      filename: 'x.txt',
      code: 'Apply at https://example.com/jobs/xxx#LI-Remote today. #LI-Remote',
      errors: [tag('#LI-Remote', 1, 56)],
      output: 'Apply at https://example.com/jobs/xxx#LI-Remote today.',
    },
  ],
})

// Under the i and u flags together V8 reads \b through a slow path (the pattern took about five times as long over a
// posting); next to a word character, (?<!\w) and (?!\w) say the same there.
test('the artifact pattern spells its word boundaries out', () => {
  expect(ARTIFACT_PATTERN.source).not.toContain('\\b')
})
