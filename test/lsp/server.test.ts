// The language server as an editor drives it: the built server started as a child
// process and spoken to over stdio. Initialize, open postings and see their problems at
// exact ranges, edit them, use the code actions and hovers, shut down.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { MOJIBAKE, removeTempDirs, startClient, tempDir, rangeOf, uriOf, editsOf, TestClient } from './client.js'
import { ruleDocsUrl, VERSION } from '../../src/version.js'

afterAll(removeTempDirs)

const CONFIG = {
  rules: { 'no-mojibake': 'error', 'no-missing-apostrophes': 'warn', 'pay-range': 'error', 'no-salary-history': 'error', 'gender-neutral-title': 'error' },
  settings: { asOf: '2025-06-01' },
}

/** A posting with a gendered title, no pay, damaged text, a missing apostrophe and a salary-history question, with emoji and accents before them. */
const POSTING = `# Salesman 🚀 at Café Olé

Location: Denver, CO

Weâ€™re a small café team 😀 and we dont wait around.

Please include your salary history with your application.
`

const COLORADO = 'Colorado: Equal Pay for Equal Work Act, Part 2, as amended by SB23-105 (Ensure Equal Pay for Equal Work) (C.R.S. § 8-5-201(2); 7 CCR 1103-18, Rule 11)'
const COLORADO_HERE = 'US-CO applies here (text): Equal Pay for Equal Work Act, Part 2, as amended by SB23-105 (Ensure Equal Pay for Equal Work)'

/** The diagnostics the server should publish for {@link POSTING} (or for `text`, the same posting edited). */
function expected(text: string, uri: string): Diagnostic[] {
  const location = { uri, range: rangeOf(text, 'Denver, CO') }
  const docs = (ruleId: string): Diagnostic['codeDescription'] => ({ href: ruleDocsUrl(ruleId) })
  const all: Array<Diagnostic | null> = [
    {
      range: rangeOf(text, /^# (.*)$/m.exec(text)![1]!),
      severity: 1,
      source: 'postlint',
      code: 'pay-range',
      codeDescription: docs('pay-range'),
      message: `The posting gives no pay, which ${COLORADO} require(s).`,
      relatedInformation: [{ location, message: COLORADO_HERE }],
    },
    text.includes('# Salesman')
      ? {
          range: rangeOf(text, 'Salesman'),
          severity: 1,
          source: 'postlint',
          code: 'gender-neutral-title',
          codeDescription: docs('gender-neutral-title'),
          message:
            "'Salesman' is a job title for one sex; write a neutral title such as 'Salesperson'. Job advertisements that indicate a sex are restricted by United States: Title VII of the Civil Rights Act of 1964, section 704(b) (42 U.S.C. § 2000e-3(b); 29 CFR § 1604.5).",
          relatedInformation: [{ location, message: 'US, US-CO apply here (text): Title VII of the Civil Rights Act of 1964, section 704(b)' }],
        }
      : null,
    text.includes('â€™')
      ? { range: rangeOf(text, 'â€™'), severity: 1, source: 'postlint', code: 'no-mojibake', codeDescription: docs('no-mojibake'), message: "Encoding damage: 'â€™' is a garbled '’'." }
      : null,
    text.includes(' dont ')
      ? {
          range: rangeOf(text, 'dont'),
          severity: 2,
          source: 'postlint',
          code: 'no-missing-apostrophes',
          codeDescription: docs('no-missing-apostrophes'),
          // The apostrophe matches the posting's own: straight until a curly one appears.
          message: `Missing apostrophe: "dont" should be "don${text.includes('’') ? '’' : "'"}t".`,
        }
      : null,
    text.includes('salary history')
      ? {
          range: rangeOf(text, 'salary history'),
          severity: 1,
          source: 'postlint',
          code: 'no-salary-history',
          codeDescription: docs('no-salary-history'),
          message: `'salary history' asks for the applicant's current or past pay, which ${COLORADO} forbid(s). Ask for salary expectations, or state the pay range, instead.`,
          relatedInformation: [{ location, message: COLORADO_HERE }],
        }
      : null,
  ]
  return all.filter((diagnostic): diagnostic is Diagnostic => diagnostic !== null)
}

const dir = tempDir({
  '.postlintrc.json': JSON.stringify(CONFIG),
  'simple/.postlintrc.json': JSON.stringify({ rules: { 'no-mojibake': 'error', 'no-missing-apostrophes': 'warn' } }),
  'html/.postlintrc.json': JSON.stringify({ rules: { 'no-mojibake': 'error', 'no-salary-history': 'error' }, settings: { asOf: '2025-06-01', jurisdictions: ['US-CO'] } }),
})
let client: TestClient
let initializeResult: Record<string, unknown>

beforeAll(async () => {
  client = new TestClient({ folders: [dir] })
  initializeResult = await client.initialize({ folders: [dir], initializationOptions: { debounce: 250 } })
})
afterAll(() => client?.kill())

function byCode(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.find((diagnostic) => diagnostic.code === code)
  if (!found) throw new Error(`no ${code} diagnostic among ${diagnostics.map((d) => d.code).join(', ')}`)
  return found
}

describe('start-up', () => {
  it('answers initialize with its capabilities and registers for configuration and file changes', async () => {
    expect(initializeResult).toEqual({
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: 2 },
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.postlint'] },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'postlint', version: VERSION },
    })
    await client.waitFor(() => (client.registrations.length >= 2 ? true : undefined), 'registrations')
    expect([...client.registrations].sort()).toEqual(['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles'])
  })
})

describe('diagnostics', () => {
  it('are published after open, at exact UTF-16 ranges (emoji and accents before them), with severity, rule id, docs and related spans', async () => {
    const uri = uriOf(path.join(dir, 'open.md'))
    await client.open(uri, POSTING)
    expect(await client.diagnosticsFor(uri, 1)).toEqual(expected(POSTING, uri))
  })

  it('follow edits: every range moves with the text, fixed problems go, and only the current version is published', async () => {
    const uri = uriOf(path.join(dir, 'edit.md'))
    await client.open(uri, POSTING)
    await client.diagnosticsFor(uri, 1)
    // A line added at the top, then the apostrophe typed into "dont", in two quick edits.
    await client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'Apply today, 🙂 it is quick.\n\n' }])
    const dont = rangeOf(client.document(uri).getText(), 'dont')
    const version = await client.edit(uri, [{ range: { start: { line: dont.start.line, character: dont.start.character + 3 }, end: { line: dont.start.line, character: dont.start.character + 3 } }, newText: "'" }])
    const text = client.document(uri).getText()
    expect(text).toContain("we don't wait")
    expect(await client.diagnosticsFor(uri, version)).toEqual(expected(text, uri))
    expect(expected(text, uri).map((diagnostic) => diagnostic.code)).not.toContain('no-missing-apostrophes')
    // The second edit came within the debounce of the first: the first's diagnostics were never published.
    const versions = client.published.filter((params) => params.uri === uri).map((params) => params.version)
    expect(versions).toEqual([1, 3])
  })

  it('are cleared when the document closes', async () => {
    const uri = uriOf(path.join(dir, 'simple', 'close.md'))
    await client.open(uri, `${MOJIBAKE}\n`)
    expect(await client.diagnosticsFor(uri, 1)).toHaveLength(1)
    const next = client.nextDiagnostics(uri)
    await client.close(uri)
    expect(await next).toEqual({ uri, diagnostics: [] })
  })

  it('read the format from the language id, else the extension; other languages are not linted; unsaved buffers are linted from memory', async () => {
    const text = `Weâ€™re hiring. <!-- postlint-disable-line no-mojibake -->\n`
    const asMarkdown = uriOf(path.join(dir, 'simple', 'notes.txt'))
    const byExtension = uriOf(path.join(dir, 'simple', 'plain.txt'))
    const other = uriOf(path.join(dir, 'simple', 'data.json'))
    const untitled = 'untitled:Untitled-1'
    await client.open(asMarkdown, text, 'markdown')
    await client.open(byExtension, text, 'some-language')
    await client.open(other, text, 'json')
    await client.open(untitled, POSTING, 'markdown')
    // As Markdown the comment is a directive; as plain text it is not.
    expect(await client.diagnosticsFor(asMarkdown, 1)).toEqual([])
    expect((await client.diagnosticsFor(byExtension, 1)).map((diagnostic) => [diagnostic.code, diagnostic.range])).toEqual([['no-mojibake', rangeOf(text, 'â€™')]])
    expect(await client.diagnosticsFor(other, 1)).toEqual([])
    // The unsaved buffer gets the workspace folder's configuration.
    expect(await client.diagnosticsFor(untitled, 1)).toEqual(expected(POSTING, untitled))
  })
})

describe('code actions', () => {
  async function openPosting(name: string, text = POSTING): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = uriOf(path.join(dir, name))
    await client.open(uri, text)
    return { uri, diagnostics: await client.diagnosticsFor(uri, 1) }
  }

  function titles(actions: CodeAction[]): Array<[string, string | undefined]> {
    return actions.map((action) => [action.title, action.kind])
  }

  it('offer the fix, disabling the rule for the line and for the file, and fixing everything, with exact edits', async () => {
    const { uri, diagnostics } = await openPosting('actions.md')
    const mojibake = byCode(diagnostics, 'no-mojibake')
    const actions = await client.codeActions(uri, [mojibake])
    expect(titles(actions)).toEqual([
      ['Fix this no-mojibake problem', 'quickfix'],
      ['Disable no-mojibake for this line', 'quickfix'],
      ['Disable no-mojibake for the entire file', 'quickfix'],
      ['Fix all auto-fixable postlint problems', 'quickfix'],
      ['Fix all auto-fixable postlint problems', 'source.fixAll.postlint'],
    ])
    const [fix, line, file, all] = actions
    expect(fix!.diagnostics).toEqual([mojibake])
    expect(fix!.isPreferred).toBe(true)
    expect(fix!.edit).toEqual({ documentChanges: [{ textDocument: { uri, version: 1 }, edits: [{ range: rangeOf(POSTING, 'â€™'), newText: '’' }] }] })
    const lineEnd = rangeOf(POSTING, 'wait around.').end
    expect(editsOf(line!.edit!)[1]).toEqual([{ range: { start: lineEnd, end: lineEnd }, newText: ' <!-- postlint-disable-line no-mojibake -->' }])
    expect(editsOf(file!.edit!)[1]).toEqual([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- postlint-disable no-mojibake -->\n' }])
    // Fix all: one edit covering the two fixable problems (the damaged apostrophe and the missing one).
    const dont = rangeOf(POSTING, 'dont').start
    expect(editsOf(all!.edit!)[1]).toEqual([
      {
        range: { start: rangeOf(POSTING, 'â€™').start, end: { line: dont.line, character: dont.character + 3 } },
        newText: `’${POSTING.slice(POSTING.indexOf('â€™') + 3, POSTING.indexOf('dont') + 3)}'`,
      },
    ])

    // Applying the fix: the problem goes, the others stay where they were.
    const fixedVersion = await client.apply(fix!)
    const afterFix = client.document(uri).getText()
    expect(afterFix).toContain('We’re a small café team')
    expect(await client.diagnosticsFor(uri, fixedVersion)).toEqual(expected(afterFix, uri))
  })

  it('disable for this line and for the file: the directive comments silence the rule', async () => {
    const { uri, diagnostics } = await openPosting('disable.md')
    const [line] = (await client.codeActions(uri, [byCode(diagnostics, 'no-salary-history')])).filter((action) => action.title === 'Disable no-salary-history for this line')
    const lineVersion = await client.apply(line!)
    expect(client.document(uri).getText()).toContain('Please include your salary history with your application. <!-- postlint-disable-line no-salary-history -->\n')
    const afterLine = await client.diagnosticsFor(uri, lineVersion)
    expect(afterLine.map((diagnostic) => diagnostic.code)).toEqual(['pay-range', 'gender-neutral-title', 'no-mojibake', 'no-missing-apostrophes'])

    const [file] = (await client.codeActions(uri, [byCode(afterLine, 'pay-range')])).filter((action) => action.title === 'Disable pay-range for the entire file')
    const fileVersion = await client.apply(file!)
    expect(client.document(uri).getText().startsWith('<!-- postlint-disable pay-range -->\n# Salesman')).toBe(true)
    const afterFile = await client.diagnosticsFor(uri, fileVersion)
    expect(afterFile.map((diagnostic) => diagnostic.code)).toEqual(['gender-neutral-title', 'no-mojibake', 'no-missing-apostrophes'])
    // The title moved down a line: so did its problems.
    expect(byCode(afterFile, 'gender-neutral-title').range).toEqual(rangeOf(client.document(uri).getText(), 'Salesman'))

    // A second rule joins the file directive rather than adding another comment.
    const [again] = (await client.codeActions(uri, [byCode(afterFile, 'gender-neutral-title')])).filter((action) => action.title === 'Disable gender-neutral-title for the entire file')
    expect(editsOf(again!.edit!)[1]).toEqual([{ range: { start: { line: 0, character: 31 }, end: { line: 0, character: 31 } }, newText: ', gender-neutral-title' }])
    const joinedVersion = await client.apply(again!)
    expect(client.document(uri).getText().split('\n')[0]).toBe('<!-- postlint-disable pay-range, gender-neutral-title -->')
    expect((await client.diagnosticsFor(uri, joinedVersion)).map((diagnostic) => diagnostic.code)).toEqual(['no-mojibake', 'no-missing-apostrophes'])
  })

  it('offer each suggestion, applied exactly', async () => {
    const { uri, diagnostics } = await openPosting('suggest.md')
    const title = byCode(diagnostics, 'gender-neutral-title')
    const actions = await client.codeActions(uri, [title])
    const salesman = rangeOf(POSTING, 'Salesman')
    expect(actions.slice(0, 3).map((action) => [action.title, action.kind, editsOf(action.edit!)[1]])).toEqual([
      ["Write 'Salesperson'.", 'quickfix', [{ range: salesman, newText: 'Salesperson' }]],
      ["Write 'Sales Representative'.", 'quickfix', [{ range: salesman, newText: 'Sales Representative' }]],
      ["Write 'Sales Associate'.", 'quickfix', [{ range: salesman, newText: 'Sales Associate' }]],
    ])
    expect(titles(actions.slice(3))).toEqual([
      ['Disable gender-neutral-title for this line', 'quickfix'],
      ['Disable gender-neutral-title for the entire file', 'quickfix'],
      ['Fix all auto-fixable postlint problems', 'source.fixAll.postlint'],
    ])
    const version = await client.apply(actions[0]!)
    const text = client.document(uri).getText()
    expect(text.startsWith('# Salesperson 🚀 at Café Olé\n')).toBe(true)
    expect(await client.diagnosticsFor(uri, version)).toEqual(expected(text, uri))
  })

  it('fix all (source.fixAll.postlint) applies every fix at once, and offers nothing once nothing is left to fix', async () => {
    const { uri } = await openPosting('fix-all.md')
    const actions = await client.codeActions(uri, [], ['source.fixAll'], { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } })
    expect(titles(actions)).toEqual([['Fix all auto-fixable postlint problems', 'source.fixAll.postlint']])
    const version = await client.apply(actions[0]!)
    const text = client.document(uri).getText()
    expect(text).toBe(POSTING.replace('â€™', '’').replace('dont', "don't"))
    expect((await client.diagnosticsFor(uri, version)).map((diagnostic) => diagnostic.code)).toEqual(['pay-range', 'gender-neutral-title', 'no-salary-history'])
    expect(await client.codeActions(uri, [], ['source.fixAll.postlint'], { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } })).toEqual([])
  })

  it('in HTML: the line directive at the end of the line, the file directive after the doctype', async () => {
    const html = '<!doctype html>\n<main>\n<h1>Warehouse associate</h1>\n<p>Weâ€™re hiring.\nPlease include your salary history.</p>\n</main>\n'
    const uri = uriOf(path.join(dir, 'html', 'page.html'))
    await client.open(uri, html, 'html')
    const diagnostics = await client.diagnosticsFor(uri, 1)
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range])).toEqual([
      ['no-mojibake', rangeOf(html, 'â€™')],
      ['no-salary-history', rangeOf(html, 'salary history')],
    ])
    const actions = await client.codeActions(uri, [diagnostics[1]!])
    const edits = Object.fromEntries(actions.map((action) => [action.title, editsOf(action.edit!)[1]]))
    const lineEnd = rangeOf(html, 'history.</p>').end
    expect(edits['Disable no-salary-history for this line']).toEqual([{ range: { start: lineEnd, end: lineEnd }, newText: ' <!-- postlint-disable-line no-salary-history -->' }])
    expect(edits['Disable no-salary-history for the entire file']).toEqual([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '<!-- postlint-disable no-salary-history -->\n' }])
    const version = await client.apply(actions.find((action) => action.title === 'Disable no-salary-history for the entire file')!)
    expect((await client.diagnosticsFor(uri, version)).map((diagnostic) => diagnostic.code)).toEqual(['no-mojibake'])
  })

  it('in plain text, which has no comments: the fix and suggestions, but no directives', async () => {
    const text = 'Weâ€™re hiring and we dont wait.\nPlease include your salary history.\n'
    const uri = uriOf(path.join(dir, 'html', 'plain.txt'))
    await client.open(uri, text, 'plaintext')
    const diagnostics = await client.diagnosticsFor(uri, 1)
    const salary = await client.codeActions(uri, [byCode(diagnostics, 'no-salary-history')])
    expect(titles(salary)).toEqual([
      ["Ask for 'salary expectations' instead.", 'quickfix'],
      ['Fix all auto-fixable postlint problems', 'source.fixAll.postlint'],
    ])
    expect(editsOf(salary[0]!.edit!)[1]).toEqual([{ range: rangeOf(text, 'salary history'), newText: 'salary expectations' }])
    const mojibake = await client.codeActions(uri, [byCode(diagnostics, 'no-mojibake')], ['quickfix'])
    expect(titles(mojibake)).toEqual([['Fix this no-mojibake problem', 'quickfix']])
  })

  it('keep the byte-order mark out of the count: ranges and edits on line 1 account for it', async () => {
    const text = '\uFEFFWeâ€™re hiring.\n'
    const uri = uriOf(path.join(dir, 'simple', 'bom.md'))
    await client.open(uri, text)
    const diagnostics = await client.diagnosticsFor(uri, 1)
    expect(diagnostics.map((diagnostic) => diagnostic.range)).toEqual([rangeOf(text, 'â€™')])
    const [fix] = await client.codeActions(uri, diagnostics)
    const version = await client.apply(fix!)
    expect(client.document(uri).getText()).toBe('\uFEFFWe’re hiring.\n')
    expect(await client.diagnosticsFor(uri, version)).toEqual([])
  })
})

describe('line endings', () => {
  it('CRLF and lone CR count as one line break each, as LSP counts them; a directive keeps the line ending', async () => {
    const text = '# Notes\r\n\r\nWeâ€™re hiring.\rWe dont wait.\r\n'
    const uri = uriOf(path.join(dir, 'simple', 'crlf.md'))
    await client.open(uri, text)
    const diagnostics = await client.diagnosticsFor(uri, 1)
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range])).toEqual([
      ['no-mojibake', rangeOf(text, 'â€™')],
      ['no-missing-apostrophes', rangeOf(text, 'dont')],
    ])
    expect(rangeOf(text, 'dont').start).toEqual({ line: 3, character: 3 })
    const [disable] = (await client.codeActions(uri, [diagnostics[1]!])).filter((action) => action.title === 'Disable no-missing-apostrophes for this line')
    const version = await client.apply(disable!)
    expect(client.document(uri).getText()).toBe('# Notes\r\n\r\nWeâ€™re hiring.\rWe dont wait. <!-- postlint-disable-line no-missing-apostrophes -->\r\n')
    expect((await client.diagnosticsFor(uri, version)).map((diagnostic) => diagnostic.code)).toEqual(['no-mojibake'])
  })
})

describe('hover', () => {
  it("on a problem: the rule's description, the law it rests on with citation, dates and sources, and the docs", async () => {
    const uri = uriOf(path.join(dir, 'hover.md'))
    await client.open(uri, POSTING)
    await client.diagnosticsFor(uri, 1)
    const salary = rangeOf(POSTING, 'salary history')
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: salary.start.line, character: salary.start.character + 3 } })) as Hover
    expect(hover.range).toEqual(salary)
    const value = (hover.contents as MarkupContent).value
    expect((hover.contents as MarkupContent).kind).toBe('markdown')
    expect(value.split('\n\n')).toEqual([
      "**postlint** `no-salary-history`: Report questions about an applicant's current or past pay (salary history), which many jurisdictions ban",
      expect.stringMatching(
        /^- Colorado: Equal Pay for Equal Work Act, Part 2, as amended by SB23-105 \(Ensure Equal Pay for Equal Work\) \(C\.R\.S\. § 8-5-201\(2\); 7 CCR 1103-18, Rule 11\), in force since 2024-01-01\. Sources: \[regulations\.justia\.com\]\(https:\/\/regulations\.justia\.com\/[^)]+\), /,
      ),
      `[Rule documentation](${ruleDocsUrl('no-salary-history')})`,
    ])
  })

  it('on a title with two problems: both, each law named once; nothing where there is no problem', async () => {
    const uri = uriOf(path.join(dir, 'hover.md'))
    const salesman = rangeOf(POSTING, 'Salesman')
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: salesman.start })) as Hover
    const sections = (hover.contents as MarkupContent).value.split('\n\n---\n\n')
    expect(sections).toHaveLength(2)
    expect(sections[0]).toMatch(/^\*\*postlint\*\* `pay-range`: Require pay disclosed/)
    expect(sections[0]).toContain('- Colorado: Equal Pay for Equal Work Act, Part 2, as amended by SB23-105')
    expect(sections[1]).toMatch(/^\*\*postlint\*\* `gender-neutral-title`: /)
    expect(sections[1]).toContain('- United States: Title VII of the Civil Rights Act of 1964, section 704(b) (42 U.S.C. § 2000e-3(b); 29 CFR § 1604.5), in force since 1965-07-02.')
    expect(sections[1]!.match(/Title VII/g)).toHaveLength(1)
    const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 0 } })
    expect(nothing).toBeNull()
  })

  it('for a rule that is not about the law: its description and docs only', async () => {
    const uri = uriOf(path.join(dir, 'hover.md'))
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: rangeOf(POSTING, 'â€™').start })) as Hover
    expect((hover.contents as MarkupContent).value).toBe(
      `**postlint** \`no-mojibake\`: Report text damaged by a wrong character encoding (â€™, Ã©, U+FFFD) and repair it where the repair is certain\n\n[Rule documentation](${ruleDocsUrl('no-mojibake')})`,
    )
  })
})

describe('shutting down', () => {
  it('answers shutdown, then exits with code 0 on exit', async () => {
    const own = await startClient({ folders: [dir] })
    expect(await own.shutdown()).toBe(0)
  })

  it('exits with code 1 on exit without shutdown, as LSP asks; `postlint --lsp` runs the same server', async () => {
    const own = await startClient({ folders: [dir], viaCli: true })
    const uri = uriOf(path.join(dir, 'cli.md'))
    await own.open(uri, POSTING)
    expect(await own.diagnosticsFor(uri, 1)).toEqual(expected(POSTING, uri))
    await own.connection.sendNotification('exit')
    expect(await own.exited).toBe(1)
  })

  it('exits when the editor closes its input', async () => {
    const own = await startClient({ folders: [dir] })
    own.child.stdin.end()
    expect(await own.exited).toBe(1)
    expect(fs.existsSync(dir)).toBe(true)
  })
})

describe('with a client that applies edits without document versions', () => {
  it('gives plain `changes` edits', async () => {
    const own = await startClient({ folders: [dir], capabilities: { textDocument: { publishDiagnostics: {} } } })
    try {
      const uri = uriOf(path.join(dir, 'plain-client.md'))
      await own.open(uri, POSTING)
      const diagnostics = await own.diagnosticsFor(uri, 1)
      // Without relatedInformation support, the related spans are in the message; without codeDescription support, no docs link.
      const pay = byCode(diagnostics, 'pay-range')
      expect(pay.message).toBe(`The posting gives no pay, which ${COLORADO} require(s).\n3:11: ${COLORADO_HERE}`)
      expect(pay.relatedInformation).toBeUndefined()
      expect(pay.codeDescription).toBeUndefined()
      const [fix] = await own.codeActions(uri, [byCode(diagnostics, 'no-mojibake')])
      expect(fix!.edit).toEqual({ changes: { [uri]: [{ range: rangeOf(POSTING, 'â€™'), newText: '’' }] } })
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, POSTING), editsOf(fix!.edit!)[1])
      expect(fixed).toBe(POSTING.replace('â€™', '’'))
    } finally {
      own.kill()
    }
  })
})
