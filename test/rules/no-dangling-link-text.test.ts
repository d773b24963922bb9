import { RuleTester } from '../../src/rule-tester.js'
import rule from '../../rules/no-dangling-link-text.js'

new RuleTester().run('no-dangling-link-text', rule, {
  valid: [
    // Documentation's made-up employers live under the .example top-level domain; only example.com/.net/.org are template leftovers.
    'Apply through [our careers site](https://careers.northwind.example/jobs/42).',
    // "here" on its own is not link wording.
    'We are here to help. Here is what you will do in your first month.',
    'Nous sommes ici pour améliorer la vie des gens.',
    // Places and pages of a document are not web pages.
    'Visit our office in Ottawa, or our manufacturing site in Hamilton.',
    'Please see our commitment on page 3.',
    'We post news on our website every week.',
    'Come visit our site in Dayton, or report to our job site on Route 4.',
    // The link covers the phrase or sits in its sentence.
    '[Click here](https://careers.northwind-tools.com/jobs/4821) to apply.',
    'Click [here](https://careers.northwind-tools.com/jobs/4821) to apply.',
    'Apply here: <https://careers.northwind-tools.com/jobs/4821>.',
    'To preview the questions, [please click here](https://www.usajobs.gov/job/735637900).',
    { code: '<p>Click <a href="https://www.usajobs.gov/job/735637900">here</a> to apply.</p>', filename: 'p.html' },
    { code: '<p><a href="/benefits">More information here</a>.</p>', filename: 'p.html' },
    { code: '<p>Read more about pay <a href="#pay">here</a>.</p>', filename: 'p.html' },
    // A template tag fills in the address when the page is built.
    { code: '<a class="usa-button" href="{{ page.apply_url }}">Click here to apply</a>', filename: 'p.html' },
    'Click here to apply: {{ page.apply_url }}',
    // A bare domain, URL or email address in the sentence.
    { code: 'Visit our careers page at northwind-tools.com/careers to apply.', filename: 'p.txt' },
    { code: 'Apply here: https://careers.northwind-tools.com/4821', filename: 'p.txt' },
    'Learn more about us on our website, northwind-tools.com.',
    'More information here: jobs@northwind-tools.com',
    // "below" and a colon look into the next block.
    'Use the link below to book a session.\n\n- [March 1, 10 am](https://events.northwind-tools.com/1)',
    { code: 'Apply here:\n\nhttps://careers.northwind-tools.com/4821', filename: 'p.txt' },
    { code: '<p>Register with the following link:</p><ul><li><a href="https://events.northwind-tools.com/1">March 1</a></li></ul>', filename: 'p.html' },
    '[Pay scales](https://northwind-tools.com/pay)\n\nThe link above explains how pay is set.',
    // A heading introduces its section.
    '## Apply here\n\n[Job announcement on USAJOBS](https://www.usajobs.gov/job/735637900)',
    // A quoted phrase names a button; it does not promise a link.
    'Press the "Click here to apply" button at the bottom of the page.',
    // Not a promise: asking why, or seeing in the text.
    'Why apply here? Because the work matters.',
    'As you can see here, we care about mentoring.',
    // Markdown reference links with a definition, and escaped brackets.
    'Apply [here][apply].\n\n[apply]: https://careers.northwind-tools.com/4821',
    'Write \\[here\\]\\[label\\] in the form.',
    // Code is not prose.
    'The button says `click here` in the old template.',
    // French with its link.
    'Pour en savoir plus, cliquez sur le lien [suivant](https://numerique.canada.ca/).',
  ],
  invalid: [
    {
      name: 'links commented out do not keep the promise (tts-join/md/pages_positions_TTS-account-manager.md)',
      code: 'Several teams are hiring. The links below describe each team.\n\n<!-- INSERT the list of teams:\n- [Team A](https://example.gov/a)\n-->\n\nApply by March 3.',
      errors: [{ messageId: 'missingLinkBelow', data: { phrase: 'The links below' }, line: 1, column: 27, endLine: 1, endColumn: 42 }],
    },
    {
      code: 'Click here to apply by March 3.',
      errors: [{ messageId: 'missingLink', data: { phrase: 'Click here' }, line: 1, column: 1, endLine: 1, endColumn: 11 }],
      output: null,
    },
    {
      name: 'the phrase is found in any letter case and across a line break',
      code: 'Our benefits\ncan be\nfound HERE.',
      errors: [{ messageId: 'missingLink', data: { phrase: 'can be found HERE' }, line: 2, column: 1, endLine: 3, endColumn: 11 }],
    },
    {
      name: 'a link in another sentence does not count',
      code: 'See [our benefits](https://northwind-tools.com/benefits). More information here.',
      errors: [{ messageId: 'missingLink', data: { phrase: 'More information here' }, line: 1, column: 59, endColumn: 80 }],
    },
    {
      name: 'a heading with no link after it',
      code: '## Apply here\n\nSend your resume to the hiring manager.',
      errors: [{ messageId: 'missingLink', data: { phrase: 'Apply here' }, line: 1, column: 4, endColumn: 14 }],
    },
    {
      name: 'a list item is a sentence of its own',
      code: '- Salary: $80,000\n- Sign up here for a session\n- [Benefits](https://northwind-tools.com/benefits)',
      errors: [{ messageId: 'missingLink', data: { phrase: 'Sign up here' }, line: 2, column: 3, endColumn: 15 }],
    },
    {
      code: 'Use the link below to book an information session.\n\nWe look forward to meeting you.',
      errors: [{ messageId: 'missingLinkBelow', data: { phrase: 'the link below' }, line: 1, column: 5, endColumn: 19 }],
    },
    {
      code: 'Follow this link to apply.',
      errors: [{ messageId: 'missingLinkBelow', data: { phrase: 'Follow this link' }, line: 1, column: 1, endColumn: 17 }],
    },
    {
      code: 'The link above explains how pay is set.',
      errors: [{ messageId: 'missingLinkAbove', data: { phrase: 'The link above' }, line: 1, column: 1, endColumn: 15 }],
    },
    {
      code: 'Details are posted on our website.',
      errors: [{ messageId: 'missingPageLink', data: { phrase: 'on our website' }, line: 1, column: 20, endColumn: 34 }],
    },
    {
      code: 'Please visit our Facebook page for updates, or see our careers page.',
      errors: [
        { messageId: 'missingPageLink', data: { phrase: 'visit our Facebook page' }, column: 8, endColumn: 31 },
        { messageId: 'missingPageLink', data: { phrase: 'see our careers page' }, column: 48, endColumn: 68 },
      ],
    },
    {
      code: 'Apply through our careers portal by Friday.',
      errors: [{ messageId: 'missingPageLink', data: { phrase: 'through our careers portal' }, column: 7, endColumn: 33 }],
    },
    {
      name: 'plain text: the address must be in the sentence',
      code: 'Visit our careers page to apply.\n\nWe are at 14 Front Street.',
      filename: 'p.txt',
      errors: [{ messageId: 'missingPageLink', data: { phrase: 'Visit our careers page' }, line: 1, column: 1, endColumn: 23 }],
    },
    {
      name: 'HTML: an anchor with no href is not a link',
      code: '<main><p>Apply <a name="apply">here</a> by Friday.</p></main>',
      filename: 'p.html',
      errors: [{ messageId: 'missingLink', data: { phrase: 'Apply here' }, line: 1, column: 10, endColumn: 36 }],
    },
    {
      name: 'French',
      code: 'Cliquez ici pour postuler. Veuillez utiliser le lien ci-dessous.\n\nMerci.',
      errors: [
        { messageId: 'missingLink', data: { phrase: 'Cliquez ici' }, column: 1, endColumn: 12 },
        { messageId: 'missingLinkBelow', data: { phrase: 'le lien ci-dessous' }, column: 46, endColumn: 64 },
      ],
    },
    {
      name: 'CRLF line endings',
      code: 'About us.\r\n\r\nApply here\r\nbefore May 1.\r\n',
      filename: 'p.txt',
      errors: [{ messageId: 'missingLink', data: { phrase: 'Apply here' }, line: 3, column: 1, endLine: 3, endColumn: 11 }],
    },
    {
      name: 'Markdown link with an empty target',
      code: '[Click here]() to apply.',
      errors: [{ messageId: 'emptyTarget', data: { text: 'Click here' }, line: 1, column: 1, endColumn: 15 }],
    },
    {
      name: 'Markdown link to #',
      code: 'Apply [here](#) by Friday.',
      errors: [{ messageId: 'placeholderTarget', data: { text: 'here', target: '#' }, column: 7, endColumn: 16 }],
    },
    {
      name: 'HTML link with an empty href',
      code: '<p>Apply <a href="">here</a>.</p>',
      filename: 'p.html',
      errors: [{ messageId: 'emptyTarget', data: { text: 'here' }, column: 10, endColumn: 29 }],
    },
    {
      name: 'HTML links to # and javascript:void(0), whatever their text says',
      code: '<p><a href="#">Apply now</a> or <a href="javascript:void(0)">see the benefits</a>.</p>',
      filename: 'p.html',
      errors: [
        { messageId: 'placeholderTarget', data: { text: 'Apply now', target: '#' }, column: 4, endColumn: 29 },
        { messageId: 'placeholderTarget', data: { text: 'see the benefits', target: 'javascript:void(0)' }, column: 33, endColumn: 82 },
      ],
    },
    {
      name: 'long link text is shortened in the message',
      code: '[Read the full description of the role, the team and our benefits package](#).',
      errors: [{ messageId: 'placeholderTarget', data: { text: 'Read the full description of the role, the team and our ben…', target: '#' }, column: 1, endColumn: 78 }],
    },
    {
      name: 'a link to a host reserved for examples',
      code: 'Apply at [our careers site](https://example.com/jobs).',
      errors: [{ messageId: 'placeholderTarget', data: { text: 'our careers site', target: 'https://example.com/jobs' }, column: 10, endColumn: 54 }],
    },
    {
      name: 'a placeholder link elsewhere in the sentence does not keep the promise',
      code: 'Click here to read the [guide](#).',
      errors: [
        { messageId: 'missingLink', data: { phrase: 'Click here' }, column: 1, endColumn: 11 },
        { messageId: 'placeholderTarget', data: { text: 'guide', target: '#' }, column: 24, endColumn: 34 },
      ],
    },
    {
      name: 'Markdown reference link whose label has no definition',
      code: 'Apply [here][apply] by Friday.',
      errors: [{ messageId: 'undefinedReference', data: { text: 'here', label: 'apply' }, column: 7, endColumn: 20 }],
    },
    {
      name: 'a phrase inside an undefined reference is reported once',
      code: '[Click here][] to apply.',
      errors: [{ messageId: 'undefinedReference', data: { text: 'Click here', label: 'Click here' }, column: 1, endColumn: 15 }],
    },
  ],
})
