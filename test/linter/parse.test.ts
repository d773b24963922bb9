/**
 * The document model: every word sits at its exact place in the original
 * file, whatever the format, escapes, entities, indentation or line endings;
 * only prose a reader sees becomes words.
 */
import { describe, expect, it } from 'vitest'
import { sourceFor, words, nodesOf } from './helpers.js'
import { readKeyLines } from '../../src/linter/parse-markdown.js'

function wordTexts(text: string, filename?: string): string[] {
  return words(sourceFor(text, filename)).map((w) => w.text)
}

describe('Markdown', () => {
  it('positions words exactly across entities, escapes and list indentation', () => {
    const source = sourceFor('- Salary &amp; benefits are\n  great and \\*cool\\* stuff here.\n')
    for (const word of words(source)) expect(word.source).toBe(word.text)
    const great = words(source).find((w) => w.text === 'great')!
    expect([great.line, great.column]).toEqual([2, 3])
  })

  it('reads a double-encoded entity as the entity it shows', () => {
    const source = sourceFor('Salary &amp;amp; benefits.')
    const prose = source.getProse(source.nlcst)
    expect(prose.text).toBe('Salary &amp; benefits.')
    expect(source.getText(prose.rangeOf(7, 12))).toBe('&amp;amp;')
  })

  it('gives every paragraph, sentence and word its own prose, mapped to the file', () => {
    const source = sourceFor('# Pay &amp; perks\n\nWe pay well. Run `npm test` daily!\n\n- Caf&eacute; on site\n')
    const [heading, paragraph, item] = source.paragraphs
    expect(source.getProse(heading!).text).toBe('Pay & perks')
    expect(source.getProse(paragraph!).text).toBe('We pay well. Run \uFFFC daily!')
    const second = paragraph!.children.filter((child) => child.type === 'SentenceNode')[1]!
    const sentence = source.getProse(second)
    expect(sentence.text).toBe('Run \uFFFC daily!')
    expect(source.getText(sentence.rangeOf(4, 5))).toBe('`npm test`')
    expect(source.getText(sentence.rangeOf(6, 12))).toBe('daily!')
    expect(sentence.offsetAt(sentence.text.length)).toBe(source.text.indexOf('daily!') + 6)
    const cafe = source.getProse(item!)
    expect(cafe.text).toBe('Café on site')
    expect(source.getText(cafe.rangeOf(0, 4))).toBe('Caf&eacute;')
    const word = (item!.children[0]! as { children: unknown[] }).children[0] as Parameters<typeof source.getProse>[0]
    expect(source.getProse(word).text).toBe('Café')
    expect(source.getText(source.getProse(word).rangeOf(3, 4))).toBe('&eacute;')
    expect(source.getProse(source.nlcst).text).toBe('Pay & perks\n\nWe pay well. Run \uFFFC daily!\n\nCafé on site')
  })

  it('positions words in blockquote continuation lines and tables', () => {
    const source = sourceFor('> Pay is\n> competitive and fair.\n\n| Zone | Pay |\n| --- | --- |\n| East | $90,000 |\n')
    const list = words(source)
    for (const word of list) expect(word.source).toBe(word.text)
    // parse-english splits numbers at commas: "90", ",", "000".
    expect(list.map((w) => w.text)).toEqual(['Pay', 'is', 'competitive', 'and', 'fair', 'Zone', 'Pay', 'East', '90', '000'])
    expect(list.find((w) => w.text === 'East')!.line).toBe(6)
  })

  it('keeps code, front matter and template tags out of the prose', () => {
    const text = '---\ntitle: Engineer\n---\n\n{{ page.org }} is hiring {% if x %}now{% endif %}. Run `npm test` daily.\n\n```\ncode block words\n```\n'
    expect(wordTexts(text)).toEqual(['is', 'hiring', 'now', 'Run', 'daily'])
    const source = sourceFor(text)
    expect(nodesOf(source.nlcst, 'SourceNode').map((n) => source.getText(n))).toEqual(['{{ page.org }}', '{% if x %}', '{% endif %}', '`npm test`'])
  })

  it('hides Liquid comment blocks, even across paragraphs, and Hugo comments', () => {
    const text = 'Shown.\n\n{% comment ------ %}\nHidden draft.\n\nStill hidden.\n{% endcomment ----- %}\n\nAlso shown {{/* note */}} here.\n'
    expect(wordTexts(text)).toEqual(['Shown', 'Also', 'shown', 'here'])
  })

  it('leaves placeholder-like template names in the prose for no-ats-artifacts', () => {
    expect(wordTexts('Join {{company}} today.')).toEqual(['Join', 'company', 'today'])
  })

  it('reads front matter as data and reports YAML it cannot read', () => {
    expect(sourceFor('---\ntitle: Engineer\nsalary_min: 90000\n---\n\nText.').frontMatter).toEqual({
      data: { title: 'Engineer', salary_min: 90000 },
      range: [0, 41],
    })
    const broken = sourceFor("---\ntitle: [unclosed\nsalary_min: '$90,000' # per year\n---\n\nText.").frontMatter!
    expect(broken.data).toBeNull()
    expect(broken.error).toMatch(/^front matter is not valid YAML/)
    expect(readKeyLines("title: [unclosed\nsalary_min: '$90,000' # per year\n  nested: no\n")).toEqual({ title: '[unclosed', salary_min: '$90,000' })
  })

  it('reads the text of raw HTML blocks, at its place in the file', () => {
    const source = sourceFor('Intro.\n\n<div class="x">\n<p>Benefits &amp; perks</p>\n</div>\n')
    const list = words(source)
    expect(list.map((w) => w.text)).toEqual(['Intro', 'Benefits', 'perks'])
    for (const word of list) expect(word.source).toBe(word.text)
  })

  it('keeps the words and positions of text around e-mail autolinks', () => {
    const source = sourceFor('Questions? Email jobs@acme.example or hr\\@acme.example today.')
    expect(words(source).map((w) => [w.text, w.source])).toEqual([
      ['Questions', 'Questions'],
      ['Email', 'Email'],
      ['jobs@acme.example', 'jobs@acme.example'],
      ['or', 'or'],
      ['hr@acme.example', 'hr\\@acme.example'],
      ['today', 'today'],
    ])
    expect(source.links.map((l) => [l.url, source.getText(l.range)])).toEqual([
      ['mailto:jobs@acme.example', 'jobs@acme.example'],
      ['mailto:hr@acme.example', 'hr\\@acme.example'],
    ])
  })

  it('collects comments, links, headings and paragraph kinds', () => {
    const source = sourceFor('# Title\n\n<!-- postlint-disable -->\n\nSee [our site](https://acme.example) or [ref][1].\n\n- item one\n\n[1]: https://ref.example\n')
    expect(source.comments.map((c) => c.value)).toEqual([' postlint-disable '])
    expect(source.links.map((l) => l.url)).toEqual(['https://acme.example', 'https://ref.example'])
    expect(source.getText(source.links[0]!.textRange!)).toBe('our site')
    expect(source.headings.map((h) => [h.depth, h.text])).toEqual([[1, 'Title']])
    expect(source.nlcst.children.filter((c) => c.type === 'ParagraphNode').map((p) => (p.data as { block: string }).block)).toEqual(['heading', 'paragraph', 'listItem'])
    expect(source.getSection(source.text.indexOf('item'))?.text).toBe('Title')
  })

  it('keeps positions right with CRLF and a byte-order mark', () => {
    const source = sourceFor('\uFEFF# Title\r\n\r\nSecond paragraph here.\r\n')
    expect(source.hasBOM).toBe(true)
    expect(source.eol).toBe('\r\n')
    const here = words(source).find((w) => w.text === 'here')!
    expect([here.line, here.column, here.source]).toEqual([3, 18, 'here'])
  })

  it('handles lone CR line endings', () => {
    const source = sourceFor('One.\r\rTwo words.', 'a.txt')
    const two = words(source).find((w) => w.text === 'Two')!
    expect([two.line, two.column]).toEqual([3, 1])
  })
})

describe('HTML', () => {
  it('reads only visible text, inside <main> when there is one', () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{}</style><script>var hidden = 1</script></head>
<body><nav>Home Jobs</nav><main><h1>Engineer</h1><p>Pay&nbsp;&amp; benefits.<br>Apply <a href="/apply">here</a>.</p>
<p hidden>secret</p><div style="display: none">gone</div><pre>code</pre><p>Use <code>git</code> daily.</p></main><footer>Footer</footer></body></html>`
    const source = sourceFor(html, 'p.html')
    const list = words(source)
    expect(list.map((w) => w.text)).toEqual(['Engineer', 'Pay', 'benefits', 'Apply', 'here', 'Use', 'daily'])
    expect(list.find((w) => w.text === 'benefits')!.source).toBe('benefits')
    expect(source.links.map((l) => l.url)).toEqual(['/apply'])
    expect(source.headings.map((h) => h.text)).toEqual(['Engineer'])
    expect(source.getText(source.postingRange).startsWith('<main>')).toBe(true)
  })

  it('maps entities to their source characters', () => {
    const source = sourceFor('<p>Caf&eacute; &#8211; r&#xE9;sum&eacute; &copy; 2024</p>', 'p.html')
    const prose = source.getProse(source.nlcst)
    expect(prose.text).toBe('Café – résumé © 2024')
    const index = prose.text.indexOf('résumé')
    expect(source.getText(prose.rangeOf(index, index + 'résumé'.length))).toBe('r&#xE9;sum&eacute;')
  })

  it('uses the body when there is no <main> and several articles', () => {
    const source = sourceFor('<body><article><p>One.</p></article><article><p>Two.</p></article></body>', 'p.html')
    expect(words(source).map((w) => w.text)).toEqual(['One', 'Two'])
  })

  it('collects comments from anywhere in the page', () => {
    const source = sourceFor('<html><head><!-- a --></head><body><main><!-- postlint-disable --><p>x</p></main></body></html>', 'p.html')
    expect(source.comments.map((c) => c.value)).toEqual([' a ', ' postlint-disable '])
  })
})

describe('plain text', () => {
  it('splits paragraphs on blank lines and finds bare URLs', () => {
    const source = sourceFor('Engineer\n\nApply at https://acme.example/jobs.\nOr www.acme.example.\n', 'p.txt')
    expect(source.nlcst.children.filter((c) => c.type === 'ParagraphNode')).toHaveLength(2)
    expect(source.links.map((l) => l.url)).toEqual(['https://acme.example/jobs', 'www.acme.example'])
    for (const word of words(source)) expect(word.source).toBe(word.text)
  })

  it('gives an empty document an empty tree', () => {
    const source = sourceFor('', 'p.txt')
    expect(source.nlcst.children).toEqual([])
  })
})
