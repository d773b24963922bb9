import { RuleTester } from '../../src/rule-tester.js'
import rule from '../../rules/no-missing-apostrophes.js'

const french = 'Vous ferez partie de l’équipe dont nous sommes fiers, et dont le mandat est de servir les citoyens avec des outils simples.'

new RuleTester().run('no-missing-apostrophes', rule, {
  valid: [
    "You don't need a degree, and you’ll work from home. We're hiring.",
    // Spellings that are words of their own are not in the list.
    'We were well aware of its ill effects, so let us say it: the cant and the wont of hiring.',
    'Apply by Friday; lets you choose. Send your ID. Hell Creek. The shell script. We wed. The shed. Im Büro. Ive, whos, hes, shes, hows.',
    // Code, identifiers, hashtags, mentions, file names, paths, addresses.
    'Set `dont` or use the `youll` flag.',
    'Set dont_do_this to true, tag #dont, ping @youll, open dont.txt, read docs/youll or config\\theyre.',
    'See https://example.com/youll-love-it/dont or www.example.com/theyre, or write to youll@example.com.',
    'Call dont() or set isnt=1, then --dont and ~youll.',
    'Hi {{ dont }}, thanks.',
    'Search https://example.com/jobs?tags=remote,youll,dont for more.',
    { code: '<p>Run <code>dont</code> and <kbd>youll</kbd>.</p>', filename: 'x.html' },
    { code: '<h3 id="key-objective-youll-attract">You’ll attract talent</h3>', filename: 'x.html' },
    { code: '<p>Details: <a href="https://example.com/dont">https://example.com/dont</a></p>', filename: 'x.html' },
    { code: 'Read https://example.com/youll before you apply.', filename: 'x.txt' },
    'Read [our guide](https://example.com/youll-love-it) first.',
    // Mixed case is a name or an identifier, not a contraction.
    'The dOnt and DoNT projects.',
    // Front matter is data, not prose.
    '---\ntitle: dont\n---\n\nWe are hiring.',
    // French, alone or inside an English posting.
    { name: 'a French posting', code: `# Analyste principal\n\n${french}\n\nLes personnes dont la candidature est retenue seront contactées.` },
    {
      name: 'a French paragraph inside an English posting',
      code: `We are hiring a senior analyst to join our team in Ottawa.\n\n${french}\n\nVous maîtrisez la suite Microsoft Office, dont Outlook et Excel, et vous aimez le travail d’équipe.\n\nYou will work with the design team.`,
    },
    { name: 'a French dont in a paragraph too short for the language guess', code: 'La façon dont vous travaillez.' },
    { code: `<html lang="fr"><body><p>${french}</p><p>Dont acte.</p></body></html>`, filename: 'fr.html' },
  ],
  invalid: [
    {
      code: 'You dont need a degree.',
      errors: [{ messageId: 'missingApostrophe', data: { word: 'dont', fixed: "don't" }, line: 1, column: 5, endLine: 1, endColumn: 9 }],
      output: "You don't need a degree.",
    },
    {
      name: 'the case is kept',
      code: 'Dont wait. DONT WAIT. YOULL LOVE IT.',
      errors: [
        { messageId: 'missingApostrophe', data: { word: 'Dont', fixed: "Don't" }, column: 1, endColumn: 5 },
        { messageId: 'missingApostrophe', data: { word: 'DONT', fixed: "DON'T" }, column: 12, endColumn: 16 },
        { messageId: 'missingApostrophe', data: { word: 'YOULL', fixed: "YOU'LL" }, column: 23, endColumn: 28 },
      ],
      output: "Don't wait. DON'T WAIT. YOU'LL LOVE IT.",
    },
    {
      name: 'every kind of contraction',
      code: 'Youre curious, theyre kind and weve got time; thats it. Whats next? It isnt hard, it wasnt, we havent, she hasnt, theyll see, itll work, wholl lead, youd like it, interviews at 9 oclock.',
      errors: [
        { data: { word: 'Youre', fixed: "You're" } },
        { data: { word: 'theyre', fixed: "they're" } },
        { data: { word: 'weve', fixed: "we've" } },
        { data: { word: 'thats', fixed: "that's" } },
        { data: { word: 'Whats', fixed: "What's" } },
        { data: { word: 'isnt', fixed: "isn't" } },
        { data: { word: 'wasnt', fixed: "wasn't" } },
        { data: { word: 'havent', fixed: "haven't" } },
        { data: { word: 'hasnt', fixed: "hasn't" } },
        { data: { word: 'theyll', fixed: "they'll" } },
        { data: { word: 'itll', fixed: "it'll" } },
        { data: { word: 'wholl', fixed: "who'll" } },
        { data: { word: 'youd', fixed: "you'd" } },
        { data: { word: 'oclock', fixed: "o'clock" } },
      ].map((error) => ({ messageId: 'missingApostrophe', ...error })),
      output:
        "You're curious, they're kind and we've got time; that's it. What's next? It isn't hard, it wasn't, we haven't, she hasn't, they'll see, it'll work, who'll lead, you'd like it, interviews at 9 o'clock.",
    },
    {
      name: 'the typographic apostrophe when the posting uses it',
      code: 'We’re a small team and you’ll meet everyone.\n\nYou dont need to relocate.',
      errors: [{ messageId: 'missingApostrophe', data: { word: 'dont', fixed: 'don’t' }, line: 3, column: 5, endColumn: 9 }],
      output: 'We’re a small team and you’ll meet everyone.\n\nYou don’t need to relocate.',
    },
    {
      name: 'the style most used wins',
      code: "We're remote. It's flexible. We’re kind. You dont need a car.",
      errors: [{ messageId: 'missingApostrophe', data: { word: 'dont', fixed: "don't" } }],
      output: "We're remote. It's flexible. We’re kind. You don't need a car.",
    },
    {
      name: 'apostrophes of French paragraphs do not set the style',
      code: `We're hiring an analyst and we'd like to hear from you if you are curious and kind.\n\n${french} C’est l’occasion d’apprendre.\n\nYoull work with the design team and you will report to the director of the unit.`,
      errors: [{ messageId: 'missingApostrophe', data: { word: 'Youll', fixed: "You'll" }, line: 5, column: 1, endColumn: 6 }],
      output: `We're hiring an analyst and we'd like to hear from you if you are curious and kind.\n\n${french} C’est l’occasion d’apprendre.\n\nYou'll work with the design team and you will report to the director of the unit.`,
    },
    {
      name: 'headings, list items, emphasis, link text and quotes are prose',
      code: '# Heres the job\n\n- Youve shipped code\n- You *arent* afraid\n\n[Heres how to apply](https://example.com/apply). Say "dont" once.',
      errors: [
        { messageId: 'missingApostrophe', data: { word: 'Heres', fixed: "Here's" }, line: 1, column: 3, endColumn: 8 },
        { messageId: 'missingApostrophe', data: { word: 'Youve', fixed: "You've" }, line: 3, column: 3 },
        { messageId: 'missingApostrophe', data: { word: 'arent', fixed: "aren't" }, line: 4, column: 8, endColumn: 13 },
        { messageId: 'missingApostrophe', data: { word: 'Heres', fixed: "Here's" }, line: 6, column: 2, endColumn: 7 },
        { messageId: 'missingApostrophe', data: { word: 'dont', fixed: "don't" }, line: 6, column: 55, endColumn: 59 },
      ],
      output: '# Here\'s the job\n\n- You\'ve shipped code\n- You *aren\'t* afraid\n\n[Here\'s how to apply](https://example.com/apply). Say "don\'t" once.',
    },
    {
      name: 'HTML: entities set the style and positions are in the source',
      code: '<p>We&rsquo;re hiring &amp; you <em>dont</em> need a degree.</p>',
      filename: 'x.html',
      errors: [{ messageId: 'missingApostrophe', data: { word: 'dont', fixed: 'don’t' }, line: 1, column: 37, endColumn: 41 }],
      output: '<p>We&rsquo;re hiring &amp; you <em>don’t</em> need a degree.</p>',
    },
    {
      name: 'an English paragraph is checked in a French page (its French apostrophes do not set the style)',
      code: `<html lang="fr"><body><p>${french}</p><p>Tell us why youre the right fit for the job and what you would like to do.</p></body></html>`,
      filename: 'fr.html',
      errors: [{ messageId: 'missingApostrophe', data: { word: 'youre', fixed: "you're" }, line: 1, column: 168, endColumn: 173 }],
      output: `<html lang="fr"><body><p>${french}</p><p>Tell us why you're the right fit for the job and what you would like to do.</p></body></html>`,
    },
    {
      code: 'Senior Analyst\n\nYoull work remotely. Email jobs@example.com if it doesnt work.',
      filename: 'x.txt',
      errors: [
        { messageId: 'missingApostrophe', data: { word: 'Youll', fixed: "You'll" }, line: 3, column: 1, endColumn: 6 },
        { messageId: 'missingApostrophe', data: { word: 'doesnt', fixed: "doesn't" }, line: 3, column: 51, endColumn: 57 },
      ],
      output: "Senior Analyst\n\nYou'll work remotely. Email jobs@example.com if it doesn't work.",
    },
    {
      name: 'CRLF files keep their line endings',
      code: 'Line one.\r\n\r\nYou dont.\r\n',
      errors: [{ messageId: 'missingApostrophe', line: 3, column: 5, endLine: 3, endColumn: 9 }],
      output: "Line one.\r\n\r\nYou don't.\r\n",
    },
    {
      name: 'an English dont is not taken for French',
      code: 'Please dont hesitate to apply even if you do not meet every requirement.',
      errors: [{ messageId: 'missingApostrophe', column: 8 }],
      output: "Please don't hesitate to apply even if you do not meet every requirement.",
    },
  ],
})
