import { expect, it } from 'vitest'
import { Linter } from '../../src/linter/linter.js'
import { RuleTester } from '../../src/rule-tester.js'
import type { Settings } from '../../src/types.js'
import rule from '../../rules/posting-location.js'

const AS_OF = '2026-11-27'
const nowhere: Settings = { asOf: AS_OF }
const MESSAGE =
  "postlint could not tell where this job is, so only rules that apply everywhere were checked: add a location line ('Location: Denver, CO', 'Location: Remote – US') or set settings.jurisdictions."

new RuleTester({ settings: nowhere }).run('posting-location', rule, {
  valid: [
    // --- configuration ---
    { name: 'settings.jurisdictions', code: '# Engineer\n\nWe build tools for farmers.', settings: { jurisdictions: ['US-CO'], asOf: AS_OF } },
    { name: 'settings.remote', code: '# Engineer\n\nWe build tools for farmers.', settings: { remote: 'US', asOf: AS_OF } },
    // --- front matter ---
    { name: 'front matter location', code: '---\ntitle: Engineer\nlocation: Denver, CO\n---\n\n# Engineer\n\nWe build.' },
    { name: 'front matter country', code: '---\ncountry: CA\n---\n\n# Engineer\n\nWe build.' },
    // --- the text ---
    { name: 'a location line', code: '# Engineer\n\nLocation: Denver, CO\n\nWe build.' },
    { name: 'a remote location line', code: '# Engineer\n\nLocation: Remote – US\n\nWe build.' },
    { name: 'a remote location line open to anyone', code: '# Engineer\n\nLocation: Remote (worldwide)\n\nWe build.' },
    { name: 'a Location heading and the paragraph under it', code: '# Engineer\n\n## Location\n\nDenver, Colorado\n\nWe build.' },
    { name: 'a Location table column', code: '# Engineer\n\n| Team | Location |\n| --- | --- |\n| Support | Denver, CO |\n' },
    { name: 'HTML: a Location table row', code: '<h1>Engineer</h1>\n<table><tr><th>Location</th><td>Denver, CO</td></tr></table>', filename: 'posting.html' },
    { name: 'a sentence saying where the job is', code: '# Engineer\n\nThis position is located in Denver, Colorado.' },
    { name: 'a remote sentence', code: '# Engineer\n\nThis is a fully remote position open to candidates anywhere in the United States.' },
    // The country a posting talks about places it at the national level (national laws still apply).
    { name: 'the country the posting talks about', code: '# Engineer\n\nWe build tools for farmers across the U.S.' },
    { name: 'French: the country the posting talks about', code: '# Développeur\n\nNous embauchons partout au Canada.' },
    { name: 'French: a "Lieu" line', code: '# Développeur\n\nLieu : Montréal (Québec)\n\nNous bâtissons des outils.' },
    { name: 'HTML', code: '<h1>Engineer</h1>\n<p><strong>Location:</strong> Denver, CO</p>', filename: 'posting.html' },
    { name: 'plain text', code: 'Engineer\n\nLocation: Toronto, ON\n\nWe build.', filename: 'posting.txt' },
  ],
  invalid: [
    { name: 'no location at all', code: '# Engineer\n\nWe build tools for farmers.', errors: [{ messageId: 'unknown', message: MESSAGE, line: 1, column: 3, endLine: 1, endColumn: 11 }] },
    {
      name: 'reported once, however long the posting',
      code: '# Engineer\n\nWe build tools for farmers.\n\n## What you will do\n\n- Ship features.\n- Review code.\n\n## About you\n\nYou like soil.',
      errors: [{ messageId: 'unknown', line: 1, column: 3 }],
    },
    { name: 'front matter without a place', code: '---\ntitle: Engineer\n---\n\nWe build tools for farmers.', errors: [{ messageId: 'unknown', line: 5, column: 1, endColumn: 28 }] },
    { name: 'plain text: the first line', code: 'Engineer at Acme\n\nWe build.', filename: 'posting.txt', errors: [{ messageId: 'unknown', line: 1, column: 1, endColumn: 17 }] },
    { name: 'HTML: the title', code: '<h1>Engineer</h1>\n<p>We build.</p>', filename: 'posting.html', errors: [{ messageId: 'unknown', line: 1, column: 5, endColumn: 13 }] },
    { name: 'French', code: '# Ingénieur\n\nNous bâtissons des outils.', errors: [{ messageId: 'unknown', line: 1, column: 3, endColumn: 12 }] },
    // Place names that do not say where the job is.
    { name: 'a closed office', code: '# Engineer\n\nOur New York office closed in 2019. We build.', errors: [{ messageId: 'unknown' }] },
    { name: 'a university', code: '# Engineer\n\nA degree from Boston University is a plus.', errors: [{ messageId: 'unknown' }] },
    { name: 'an empty jurisdiction list is no configuration', code: '# Engineer\n\nWe build.', settings: { jurisdictions: [], asOf: AS_OF }, errors: [{ messageId: 'unknown' }] },
  ],
})

it('places the job from a Markdown key/value table whose first row is the location', () => {
  const linter = new Linter({ rules: new Map([['posting-location', rule]]) })
  const code = '# Engineer\n\n| Location | Denver, CO |\n| --- | --- |\n| Team | Support |\n'
  expect(linter.verify(code, { rules: { 'posting-location': { severity: 1, options: [] } }, settings: nowhere }, 'posting.md').messages).toEqual([])
})
