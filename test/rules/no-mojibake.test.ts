import { RuleTester } from '../../src/rule-tester.js'
import rule from '../../rules/no-mojibake.js'

new RuleTester().run('no-mojibake', rule, {
  valid: [
    'We don’t discriminate. Café, naïve, São Paulo, Zürich.',
    // German quotes after ß are real text, not garbled bytes.
    'Die Straße“ ist lang.',
    '`Ã©` inside inline code is code.',
    { code: '<p>Résumé &amp; cover letter</p>', filename: 'p.html' },
    'ÂGE is an acronym in capitals.',
  ],
  invalid: [
    {
      code: 'We donâ€™t micromanage.',
      errors: [{ messageId: 'mojibake', data: { damaged: 'â€™', repaired: '’' }, line: 1, column: 7, endLine: 1, endColumn: 10 }],
      output: 'We don’t micromanage.',
    },
    {
      code: '# CafÃ© manager\n\nApply by Friday â€“ 5 pm.',
      errors: [
        { messageId: 'mojibake', line: 1, column: 6, endColumn: 8 },
        { messageId: 'mojibake', line: 3, column: 17, endColumn: 20 },
      ],
      output: '# Café manager\n\nApply by Friday – 5 pm.',
    },
    {
      // Touching fixes wait for the next pass (as in ESLint); --fix repeats passes until "isn’t".
      name: 'double-encoded text is repaired over several passes',
      code: 'It isnÃ¢â‚¬â„¢t hard.',
      errors: 3,
      output: 'It isnââ‚¬™t hard.',
    },
    {
      code: 'Lost: r\uFFFDsum\uFFFD.',
      errors: [
        { messageId: 'replacementCharacter', column: 8 },
        { messageId: 'replacementCharacter', column: 12 },
      ],
      output: null,
    },
    {
      name: 'â€ with a lost third byte is probably a closing quote: a suggestion, not a fix',
      code: 'The â€œopen doorâ€\uFFFD policy.',
      errors: [
        { messageId: 'mojibake', column: 5 },
        { messageId: 'probableMojibake', column: 17, endColumn: 20, suggestions: [{ messageId: 'replaceWith', output: 'The â€œopen door” policy.' }] },
      ],
      output: 'The “open doorâ€\uFFFD policy.',
    },
    {
      code: 'Salary:Â $50,000.',
      errors: [{ messageId: 'strayCircumflex', column: 8, suggestions: [{ messageId: 'removeStray', output: 'Salary: $50,000.' }] }],
      output: null,
    },
    {
      name: 'entity-encoded damage in HTML is fixed in the source',
      code: '<p>We don&acirc;&euro;&trade;t wait.</p>',
      filename: 'p.html',
      errors: [{ messageId: 'mojibake', column: 10, endColumn: 30 }],
      output: '<p>We don’t wait.</p>',
    },
    {
      name: 'front matter is checked too',
      code: '---\ntitle: Senior Engineer â€“ Remote\n---\n\nText.',
      errors: [{ messageId: 'mojibake', line: 2, column: 24 }],
      output: '---\ntitle: Senior Engineer – Remote\n---\n\nText.',
    },
    {
      name: 'CRLF files keep their line endings',
      code: 'Line one.\r\n\r\nWe donâ€™t.\r\n',
      errors: [{ messageId: 'mojibake', line: 3, column: 7 }],
      output: 'Line one.\r\n\r\nWe don’t.\r\n',
    },
    {
      name: 'a byte-order mark does not shift positions',
      code: '\uFEFFWe donâ€™t.',
      errors: [{ messageId: 'mojibake', line: 1, column: 7, endColumn: 10 }],
      output: '\uFEFFWe don’t.',
    },
  ],
})
