// Configuration through the real command: discovery from the working
// directory upwards, --config, --no-config, extends, rule entries, overrides,
// ignores, plugins, settings, linterOptions, --print-config, --init and
// --list-rules.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectOneLineFailure, MOJIBAKE, MOJIBAKE_MESSAGE, PLUGIN_SOURCE, postlint, removeTempDirs, tempDir, writeFiles } from './helpers.js'

afterAll(removeTempDirs)

interface ListedRule {
  id: string
  type: 'problem' | 'suggestion'
  docs: { description: string; recommended: boolean; category: string; url: string }
  fixable?: string
}

interface PrintedConfig {
  configFile: string | null
  rules: Record<string, [string, ...unknown[]]>
  settings: Record<string, unknown>
  ignores: string[]
  plugins: string[]
  reportUnusedDisableDirectives: string
}

const DAMAGED = `${MOJIBAKE}.\n`
/** A configuration that enables only no-mojibake, at `severity`. */
const only = (severity: string): string => JSON.stringify({ rules: { 'no-mojibake': severity } })

let builtins: ListedRule[] = []
/** The severities a preset gives its rules: problems are errors, suggestions warnings. */
const presetRules = (filter: (rule: ListedRule) => boolean): Record<string, string> =>
  Object.fromEntries(builtins.filter(filter).map((rule) => [rule.id, rule.type === 'problem' ? 'error' : 'warn']))
/** Each rule's severity in --print-config output (options, which rules being written may add, left out). */
const severities = (printed: PrintedConfig): Record<string, string> => Object.fromEntries(Object.entries(printed.rules).map(([id, [severity]]) => [id, severity]))

beforeAll(async () => {
  const listed = await postlint(['--no-config', '--list-rules', '--format', 'json'], { cwd: tempDir() })
  expect(listed.code).toBe(0)
  builtins = JSON.parse(listed.stdout) as ListedRule[]
})

async function printConfig(cwd: string, file = 'posting.md', args: string[] = []): Promise<PrintedConfig> {
  const result = await postlint([...args, '--print-config', file], { cwd })
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout) as PrintedConfig
}

/** The stylish line for the damaged text at `severity`. */
const line = (severity: 'error' | 'warning'): string => `  1:3  ${severity}  ${MOJIBAKE_MESSAGE}  no-mojibake`

describe.concurrent('discovery', () => {
  const root = tempDir({
    'json/.postlintrc.json': only('error'),
    'yaml/.postlintrc.yaml': 'rules:\n  no-mojibake: warn\n',
    'yml/.postlintrc.yml': 'rules: { no-mojibake: 1 }\n',
    'js/postlint.config.js': "export default { rules: { 'no-mojibake': 'error' } }\n",
    'cjs-style/postlint.config.js': "module.exports = { rules: { 'no-mojibake': 'warn' } }\n",
    'mjs/postlint.config.mjs': "export default { rules: { 'no-mojibake': 2 } }\n",
    'pkg/package.json': JSON.stringify({ name: 'pkg', postlint: { rules: { 'no-mojibake': 'warn' } } }),
    'skip/.postlintrc.json': only('error'),
    'skip/inner/package.json': JSON.stringify({ name: 'no-postlint-key' }),
    'all/.postlintrc.json': only('error'),
    'all/.postlintrc.yaml': 'rules: { no-mojibake: off }\n',
    'all/postlint.config.js': "export default { rules: { 'no-mojibake': 'off' } }\n",
    'all/package.json': JSON.stringify({ postlint: { rules: { 'no-mojibake': 'off' } } }),
    'near/.postlintrc.json': only('error'),
    'near/sub/.postlintrc.yml': 'rules: { no-mojibake: warn }\n',
    'folder-named/.postlintrc.yaml': 'rules: { no-mojibake: warn }\n',
    'folder-named/inner/.postlintrc.json/README.md': 'A folder, not a configuration file.\n',
  })
  for (const folder of ['json', 'yaml', 'yml', 'js', 'cjs-style', 'mjs', 'pkg', 'skip/inner', 'all', 'near/sub', 'folder-named/inner']) {
    writeFiles(path.join(root, folder), { 'a/b/posting.md': DAMAGED })
  }

  // [name, folder, the file expected, the severity it gives, whether to lint as well as print]
  const cases: Array<[string, string, string, 'error' | 'warning', boolean]> = [
    ['.postlintrc.json', 'json', 'json/.postlintrc.json', 'error', true],
    ['.postlintrc.yaml', 'yaml', 'yaml/.postlintrc.yaml', 'warning', true],
    ['.postlintrc.yml', 'yml', 'yml/.postlintrc.yml', 'warning', false],
    ['postlint.config.js (ES module)', 'js', 'js/postlint.config.js', 'error', true],
    ['postlint.config.js (CommonJS)', 'cjs-style', 'cjs-style/postlint.config.js', 'warning', false],
    ['postlint.config.mjs', 'mjs', 'mjs/postlint.config.mjs', 'error', false],
    ['package.json with a postlint key', 'pkg', 'pkg/package.json', 'warning', true],
    ['past a package.json without a postlint key', 'skip/inner', 'skip/.postlintrc.json', 'error', true],
    ['.postlintrc.json first when a folder has several', 'all', 'all/.postlintrc.json', 'error', false],
    ['the nearest folder first', 'near/sub', 'near/sub/.postlintrc.yml', 'warning', false],
    ['past a folder named like a configuration file', 'folder-named/inner', 'folder-named/.postlintrc.yaml', 'warning', false],
  ]
  for (const [name, folder, configFile, severity, lint] of cases) {
    it(`finds ${name}, walking up from the working directory`, async () => {
      const cwd = path.join(root, folder, 'a', 'b')
      const [printed, linted] = await Promise.all([printConfig(cwd), lint ? postlint(['posting.md'], { cwd }) : undefined])
      expect(printed.configFile).toBe(path.join(root, configFile))
      expect(printed.rules).toEqual({ 'no-mojibake': [severity === 'error' ? 'error' : 'warn'] })
      if (!linted) return
      expect(linted.stderr).toBe('')
      expect(linted.stdout).toContain(`posting.md\n${line(severity)}\n`)
      expect(linted.code).toBe(severity === 'error' ? 1 : 0)
    })
  }

  it('--config uses the file named (relative to the working directory), and no other', async () => {
    writeFiles(root, { 'named/.postlintrc.json': only('error'), 'named/custom/my.yaml': 'rules: { no-mojibake: warn }\n', 'named/posting.md': DAMAGED })
    const cwd = path.join(root, 'named')
    const [linted, printed, short] = await Promise.all([
      postlint(['--config', 'custom/my.yaml', 'posting.md'], { cwd }),
      printConfig(cwd, 'posting.md', ['--config', 'custom/my.yaml']),
      postlint(['-c', 'custom/my.yaml', 'posting.md'], { cwd }),
    ])
    expect(linted.stdout).toContain(line('warning'))
    expect(linted.code).toBe(0)
    expect(short).toEqual(linted)
    expect(printed.configFile).toBe(path.join(cwd, 'custom', 'my.yaml'))
  })

  it('--no-config ignores configuration files and uses postlint:recommended', async () => {
    const printed = await printConfig(path.join(root, 'json', 'a', 'b'), 'posting.md', ['--no-config'])
    expect(printed.configFile).toBeNull()
    expect(severities(printed)).toEqual(presetRules((rule) => rule.docs.recommended))
  })

  it('without any configuration file, postlint:recommended applies', async () => {
    const printed = await printConfig(tempDir({ 'posting.md': DAMAGED }))
    expect(printed.configFile).toBeNull()
    expect(severities(printed)).toEqual(presetRules((rule) => rule.docs.recommended))
    expect(printed.rules['no-mojibake']).toEqual(['error'])
  })
})

describe.concurrent('extends', () => {
  const dir = tempDir({
    'recommended/.postlintrc.json': JSON.stringify({ extends: 'postlint:recommended' }),
    'all/.postlintrc.json': JSON.stringify({ extends: ['postlint:all'] }),
    'file/shared/base.json': JSON.stringify({ rules: { 'no-mojibake': 'error', 't/word': ['warn', { word: 'bar' }] }, plugins: { t: '../plugin.mjs' } }),
    'file/plugin.mjs': PLUGIN_SOURCE,
    'file/.postlintrc.yaml': 'extends: ./shared/base.json\nrules:\n  no-mojibake: warn\n  t/word: error\n',
    'file/posting.md': `${MOJIBAKE} bar.\n`,
  })

  it('postlint:recommended turns on the recommended rules', async () => {
    expect(severities(await printConfig(path.join(dir, 'recommended')))).toEqual(presetRules((rule) => rule.docs.recommended))
  })

  it('postlint:all turns on every rule (problems as errors, suggestions as warnings)', async () => {
    const printed = await printConfig(path.join(dir, 'all'))
    expect(severities(printed)).toEqual(presetRules(() => true))
    expect(Object.keys(printed.rules)).toContain('no-mojibake')
  })

  it('a relative file, whose settings the extending file overrides (keeping options)', async () => {
    const cwd = path.join(dir, 'file')
    const [printed, linted] = await Promise.all([printConfig(cwd), postlint(['-f', 'compact', 'posting.md'], { cwd })])
    expect(printed.rules).toEqual({ 'no-mojibake': ['warn'], 't/word': ['error', { word: 'bar' }] })
    expect(printed.plugins).toEqual(['t'])
    expect(linted).toEqual({
      code: 1,
      stderr: '',
      stdout:
        "posting.md: line 1, col 3, Warning - Encoding damage: 'â€™' is a garbled '’'. (no-mojibake)\n" +
        "posting.md: line 1, col 16, Error - Found 'bar'. (t/word)\n\n2 problems\n",
    })
  })
})

describe.concurrent('rule entries', () => {
  const forms: Array<[unknown, string]> = [
    ['off', 'off'],
    ['warn', 'warn'],
    ['error', 'error'],
    [0, 'off'],
    [1, 'warn'],
    [2, 'error'],
    [['warn'], 'warn'],
    [[2], 'error'],
  ]
  for (const [entry, name] of forms) {
    it(`${JSON.stringify(entry)} is ${name}`, async () => {
      const cwd = tempDir({ '.postlintrc.json': JSON.stringify({ rules: { 'no-mojibake': entry } }), 'posting.md': DAMAGED })
      const [printed, linted] = await Promise.all([printConfig(cwd), postlint(['posting.md'], { cwd })])
      expect(printed.rules).toEqual({ 'no-mojibake': [name] })
      if (name === 'off') expect(linted).toEqual({ code: 0, stdout: '', stderr: '' })
      else expect(linted.stdout).toContain(line(name === 'warn' ? 'warning' : 'error'))
    })
  }

  it('[severity, options] passes options to the rule, merged over its defaults', async () => {
    const cwd = tempDir({
      'plugin.mjs': PLUGIN_SOURCE,
      '.postlintrc.json': JSON.stringify({ plugins: { t: './plugin.mjs' }, rules: { 't/word': ['error', { word: 'bar' }], 't/settings': 'warn' } }),
      'posting.md': 'foo bar\n',
    })
    const [printed, linted] = await Promise.all([printConfig(cwd), postlint(['-f', 'compact', 'posting.md'], { cwd })])
    expect(printed.rules).toEqual({ 't/settings': ['warn'], 't/word': ['error', { word: 'bar' }] })
    expect(linted.stdout).toBe(
      'posting.md: line 1, col 1, Warning - settings={} options=[] (t/settings)\n' + "posting.md: line 1, col 5, Error - Found 'bar'. (t/word)\n\n2 problems\n",
    )
    const defaults = await printConfig(cwd, 'posting.md', ['--rule', 't/word: warn'])
    expect(defaults.rules['t/word']).toEqual(['warn', { word: 'bar' }])
  })
})

describe.concurrent('overrides, ignores, settings and linterOptions', () => {
  const dir = tempDir({
    'plugin.mjs': PLUGIN_SOURCE,
    '.postlintrc.json': JSON.stringify({
      plugins: ['./plugin.mjs'],
      rules: { 'no-mojibake': 'warn', 'plugin/settings': 'warn' },
      settings: { jurisdictions: ['US-CO'], custom: { a: 1 } },
      ignores: ['drafts/', '*.tmp.md', '!keep.tmp.md'],
      overrides: [
        { files: '*.html', rules: { 'no-mojibake': 'error' } },
        { files: ['jobs/**/*.md'], excludedFiles: 'jobs/old/*.md', rules: { 'no-mojibake': 'off' }, settings: { asOf: '2024-07-01', custom: { b: 2 } } },
      ],
      linterOptions: { reportUnusedDisableDirectives: 'error' },
    }),
    'a.md': DAMAGED,
    'deep/b.html': DAMAGED,
    'jobs/c.md': DAMAGED,
    'jobs/old/d.md': DAMAGED,
    'drafts/e.md': DAMAGED,
    'x.tmp.md': DAMAGED,
    'keep.tmp.md': `${DAMAGED}\n<!-- postlint-disable-next-line plugin/word -->\nFine.\n`,
  })

  it('are applied by glob: without a slash at any depth, with a slash from the config folder, minus excludedFiles', async () => {
    const result = await postlint(['-f', 'compact'], { cwd: dir })
    const settings = '{"jurisdictions":["US-CO"],"custom":{"a":1}}'
    const jobSettings = '{"jurisdictions":["US-CO"],"custom":{"a":1,"b":2},"asOf":"2024-07-01"}'
    const damage = "Encoding damage: 'â€™' is a garbled '’'. (no-mojibake)"
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(
      [
        `a.md: line 1, col 1, Warning - settings=${settings} options=[] (plugin/settings)`,
        `a.md: line 1, col 3, Warning - ${damage}`,
        `deep/b.html: line 1, col 1, Warning - settings=${settings} options=[] (plugin/settings)`,
        `deep/b.html: line 1, col 3, Error - ${damage}`,
        `jobs/c.md: line 1, col 1, Warning - settings=${jobSettings} options=[] (plugin/settings)`,
        `jobs/old/d.md: line 1, col 1, Warning - settings=${settings} options=[] (plugin/settings)`,
        `jobs/old/d.md: line 1, col 3, Warning - ${damage}`,
        `keep.tmp.md: line 1, col 1, Warning - settings=${settings} options=[] (plugin/settings)`,
        `keep.tmp.md: line 1, col 3, Warning - ${damage}`,
        "keep.tmp.md: line 3, col 1, Error - Unused postlint-disable-next-line directive (no problems were reported from 'plugin/word').",
        '',
        '10 problems',
        '',
      ].join('\n'),
    )
    expect(result.code).toBe(1)
  })

  it('from a subfolder, globs and ignores still count from the configuration file\'s folder', async () => {
    const result = await postlint(['-f', 'compact', '--rule', 'plugin/settings: off', '.', '../drafts/e.md'], { cwd: path.join(dir, 'jobs') })
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout:
        "old/d.md: line 1, col 3, Warning - Encoding damage: 'â€™' is a garbled '’'. (no-mojibake)\n" +
        `${path.join(dir, 'drafts/e.md')}: line 0, col 0, Warning - File ignored because of a matching ignore pattern. Use "--no-ignore" to override.\n\n2 problems\n`,
    })
  })

  it('--print-config shows the rules, settings and ignores for one file, overrides applied', async () => {
    const [plain, job, old] = await Promise.all([printConfig(dir, 'a.md'), printConfig(dir, 'jobs/c.md'), printConfig(dir, 'jobs/old/d.md')])
    expect(plain).toEqual({
      configFile: path.join(dir, '.postlintrc.json'),
      rules: { 'no-mojibake': ['warn'], 'plugin/settings': ['warn'] },
      settings: { jurisdictions: ['US-CO'], custom: { a: 1 } },
      ignores: ['drafts/', '*.tmp.md', '!keep.tmp.md'],
      plugins: ['plugin'],
      reportUnusedDisableDirectives: 'error',
    })
    expect(job.rules).toEqual({ 'no-mojibake': ['off'], 'plugin/settings': ['warn'] })
    expect(job.settings).toEqual({ jurisdictions: ['US-CO'], custom: { a: 1, b: 2 }, asOf: '2024-07-01' })
    expect(old.rules).toEqual(plain.rules)
    const html = await printConfig(dir, 'deep/b.html', ['--rule', 'plugin/settings: off'])
    expect(html.rules).toEqual({ 'no-mojibake': ['error'], 'plugin/settings': ['off'] })
  })

  it('--report-unused-disable-directives-severity overrides linterOptions', async () => {
    const result = await postlint(['-f', 'compact', '--report-unused-disable-directives-severity', 'off', 'keep.tmp.md'], { cwd: dir })
    expect(result.stdout).not.toContain('Unused')
    expect(result.code).toBe(0)
  })

  it('an ignored file named on the command line gets a warning, not a lint', async () => {
    const result = await postlint(['-f', 'compact', 'x.tmp.md', 'drafts/e.md'], { cwd: dir })
    const warning = 'line 0, col 0, Warning - File ignored because of a matching ignore pattern. Use "--no-ignore" to override.'
    expect(result).toEqual({ code: 0, stderr: '', stdout: `x.tmp.md: ${warning}\ndrafts/e.md: ${warning}\n\n2 problems\n` })
  })
})

describe.concurrent('plugins', () => {
  const dir = tempDir({
    'local/plugin.mjs': PLUGIN_SOURCE,
    'node_modules/postlint-plugin-acme/package.json': JSON.stringify({ name: 'postlint-plugin-acme', type: 'module', main: 'index.js' }),
    'node_modules/postlint-plugin-acme/index.js': PLUGIN_SOURCE,
    'array/.postlintrc.json': JSON.stringify({ plugins: ['../local/plugin.mjs', 'postlint-plugin-acme'], rules: { 'plugin/word': 'error', 'acme/word': 'warn' } }),
    'object/.postlintrc.yml': 'plugins:\n  mine: ../local/plugin.mjs\nrules:\n  mine/word: [error, { word: hello }]\n',
    'twice/base.json': JSON.stringify({ plugins: { mine: '../local/plugin.mjs' }, rules: { 'mine/word': 'warn' } }),
    'twice/.postlintrc.json': JSON.stringify({ extends: './base.json', plugins: { mine: '../local/plugin.mjs' } }),
    'posting.md': 'hello foo\n',
  })

  it('in array form: a local module (named after its file) and a package (named without postlint-plugin-)', async () => {
    const result = await postlint(['-c', 'array/.postlintrc.json', '-f', 'compact', 'posting.md'], { cwd: dir })
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: "posting.md: line 1, col 7, Error - Found 'foo'. (plugin/word)\nposting.md: line 1, col 7, Warning - Found 'foo'. (acme/word)\n\n2 problems\n",
    })
  })

  it('in object form: the key is the namespace', async () => {
    const result = await postlint(['-c', 'object/.postlintrc.yml', '-f', 'compact', 'posting.md'], { cwd: dir })
    expect(result).toEqual({ code: 1, stderr: '', stdout: "posting.md: line 1, col 1, Error - Found 'hello'. (mine/word)\n\n1 problem\n" })
  })

  it('the same plugin may be named again under the same name, by an extended file and the extending one', async () => {
    const result = await postlint(['-c', 'twice/.postlintrc.json', '-f', 'compact', 'posting.md'], { cwd: dir })
    expect(result).toEqual({ code: 0, stderr: '', stdout: "posting.md: line 1, col 7, Warning - Found 'foo'. (mine/word)\n\n1 problem\n" })
  })

  it('their rules are listed by --list-rules', async () => {
    const result = await postlint(['-c', 'object/.postlintrc.yml', '--list-rules'], { cwd: dir })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^mine\/word +Reports one word$/m)
    expect(result.stdout).toMatch(/^mine\/boom +Always fails$/m)
  })
})

describe.concurrent('--list-rules', () => {
  const dir = tempDir()

  it('lists every built-in rule with its flags and description', async () => {
    const result = await postlint(['--no-config', '--list-rules'], { cwd: dir })
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.split('\n')
    for (const rule of builtins) expect(lines.some((text) => text.startsWith(`${rule.id} `) && text.endsWith(rule.docs.description))).toBe(true)
    expect(result.stdout).toMatch(/^no-mojibake +✓🔧💡 {2}Report text damaged/m)
    expect(result.stdout).toContain('\n✓ in postlint:recommended   🔧 fixable with --fix   💡 has editor suggestions\n')
  })

  it('--format json gives each rule its id and metadata', () => {
    const ids = builtins.map((rule) => rule.id)
    expect(ids).toEqual([...ids].sort())
    const mojibake = builtins.find((rule) => rule.id === 'no-mojibake')!
    expect(mojibake).toMatchObject({ type: 'problem', fixable: 'text', docs: { category: 'hygiene', recommended: true } })
    expect(mojibake.docs.url).toMatch(/^https:\/\//)
  })
})

describe.concurrent('--init', () => {
  it('writes a starter .postlintrc.json that extends postlint:recommended and loads', async () => {
    const cwd = tempDir({ 'posting.md': DAMAGED })
    const result = await postlint(['--init'], { cwd })
    expect(result).toEqual({ code: 0, stdout: 'Wrote .postlintrc.json\n', stderr: '' })
    expect(JSON.parse(fs.readFileSync(path.join(cwd, '.postlintrc.json'), 'utf8'))).toEqual({ extends: ['postlint:recommended'], rules: {}, settings: {} })
    const printed = await printConfig(cwd)
    expect(printed.configFile).toBe(path.join(cwd, '.postlintrc.json'))
    expect(severities(printed)).toEqual(presetRules((rule) => rule.docs.recommended))
  })

  for (const [name, content] of [
    ['.postlintrc.json', '{}'],
    ['.postlintrc.yml', 'rules: {}\n'],
    ['postlint.config.mjs', 'export default {}\n'],
  ] as const) {
    it(`refuses when ${name} exists, changing nothing`, async () => {
      const cwd = tempDir({ [name]: content })
      expectOneLineFailure(await postlint(['--init'], { cwd }), `A configuration file already exists: ${name}`)
      expect(fs.readdirSync(cwd)).toEqual([name])
      expect(fs.readFileSync(path.join(cwd, name), 'utf8')).toBe(content)
    })
  }

  it("refuses when package.json has a 'postlint' key, but not for a package.json without one", async () => {
    const withKey = tempDir({ 'package.json': JSON.stringify({ postlint: {} }) })
    expectOneLineFailure(await postlint(['--init'], { cwd: withKey }), "A configuration file already exists: the 'postlint' key in package.json")
    const withoutKey = tempDir({ 'package.json': JSON.stringify({ name: 'x' }) })
    expect(await postlint(['--init'], { cwd: withoutKey })).toEqual({ code: 0, stdout: 'Wrote .postlintrc.json\n', stderr: '' })
  })
})
