// Every configuration mistake stops the real command with exit code 2 and
// one line on stderr naming the file and the key, never silently ignored.
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { expectOneLineFailure, PLUGIN_SOURCE, postlint, removeTempDirs, tempDir, writeFiles, type Files } from './helpers.js'

afterAll(removeTempDirs)

const root = tempDir({ 'shared/plugin.mjs': PLUGIN_SOURCE })

interface Mistake {
  name: string
  /** Files of the case's folder; the configuration is looked for from there. */
  files: Files
  /** The stderr line after `postlint: `; `<dir>` stands for the case's folder. */
  error: string
  args?: string[]
}

const PLUGIN = '../shared/plugin.mjs'
const rc = (config: unknown): Files => ({ '.postlintrc.json': JSON.stringify(config, null, 2) })

const mistakes: Mistake[] = [
  { name: 'an unknown top-level key', files: rc({ rule: {} }), error: "<dir>/.postlintrc.json: has an unknown property 'rule' (did you mean 'rules'?)" },
  { name: 'an unknown key in an override', files: rc({ overrides: [{ files: '*.md', rulez: {} }] }), error: "<dir>/.postlintrc.json: overrides[0]: has an unknown property 'rulez' (did you mean 'rules'?)" },
  { name: 'an override without files', files: rc({ overrides: [{ rules: {} }] }), error: "<dir>/.postlintrc.json: overrides[0]: must have required property 'files'" },
  { name: 'an override with an empty files list', files: rc({ overrides: [{ files: [] }] }), error: '<dir>/.postlintrc.json: overrides[0].files: must name at least one glob' },
  { name: 'an unknown key in linterOptions', files: rc({ linterOptions: { reportUnused: true } }), error: "<dir>/.postlintrc.json: linterOptions: has an unknown property 'reportUnused'" },
  {
    name: 'a bad linterOptions value',
    files: rc({ linterOptions: { reportUnusedDisableDirectives: 'loud' } }),
    error: '<dir>/.postlintrc.json: linterOptions.reportUnusedDisableDirectives: must be equal to one of the allowed values: true, false, "off", "warn", "error", 0, 1, 2',
  },
  { name: 'a configuration that is not an object', files: rc(['postlint:recommended']), error: '<dir>/.postlintrc.json: configuration must be an object' },
  { name: 'ignores that are not strings', files: rc({ ignores: [1] }), error: '<dir>/.postlintrc.json: ignores[0]: must be string' },
  { name: 'a bad settings value', files: rc({ settings: { asOf: 'yesterday' } }), error: '<dir>/.postlintrc.json: settings.asOf: must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' },
  {
    name: 'an unknown rule, with the closest id',
    files: rc({ rules: { 'no-mojibak': 'error' } }),
    error: "<dir>/.postlintrc.json: rules.no-mojibak: unknown rule 'no-mojibak' (did you mean 'no-mojibake'?)",
  },
  { name: 'an unknown rule with nothing close', files: rc({ rules: { 'zzz-qqq-xxx-www': 'error' } }), error: "<dir>/.postlintrc.json: rules.zzz-qqq-xxx-www: unknown rule 'zzz-qqq-xxx-www'" },
  {
    name: 'an unknown rule in an override',
    files: rc({ overrides: [{ files: '*.md', rules: { 'no-mojibake': 'off', 'no-mojibakee': 'off' } }] }),
    error: "<dir>/.postlintrc.json: overrides[0].rules.no-mojibakee: unknown rule 'no-mojibakee' (did you mean 'no-mojibake'?)",
  },
  { name: 'an unknown preset', files: rc({ extends: ['postlint:strict'] }), error: "<dir>/.postlintrc.json: extends: unknown preset 'postlint:strict'; presets: postlint:recommended, postlint:all, postlint:us-remote, postlint:federal-contractor, and one per jurisdiction such as postlint:us-co" },
  { name: 'a misspelt jurisdiction preset', files: rc({ extends: ['postlint:ca_on'] }), error: "<dir>/.postlintrc.json: extends: unknown preset 'postlint:ca_on' (did you mean 'postlint:ca-on'?); presets: postlint:recommended, postlint:all, postlint:us-remote, postlint:federal-contractor, and one per jurisdiction such as postlint:us-co" },
  { name: 'a missing extended file', files: rc({ extends: './base.json' }), error: "<dir>/.postlintrc.json: extends: cannot find './base.json'" },
  { name: 'a missing extended package', files: rc({ extends: 'postlint-config-nowhere' }), error: "<dir>/.postlintrc.json: extends: cannot find 'postlint-config-nowhere'" },
  {
    name: 'an extends cycle',
    files: { ...rc({ extends: './a.json' }), 'a.json': JSON.stringify({ extends: './b.json' }), 'b.json': JSON.stringify({ extends: './a.json' }) },
    error: '<dir>/b.json: extends: extends itself through .postlintrc.json → a.json → b.json → a.json',
  },
  {
    name: 'a mistake in an extended file names that file',
    files: { ...rc({ extends: './base.json' }), 'base.json': JSON.stringify({ rules: { 'no-mojibake': 'loud' } }) },
    error: '<dir>/base.json: rules.no-mojibake: severity must be "off", "warn" or "error" (or 0, 1, 2), got "loud"',
  },
  { name: 'a bad severity name', files: rc({ rules: { 'no-mojibake': 'eror' } }), error: '<dir>/.postlintrc.json: rules.no-mojibake: severity must be "off", "warn" or "error" (or 0, 1, 2), got "eror"' },
  { name: 'a bad severity number', files: rc({ rules: { 'no-mojibake': 3 } }), error: '<dir>/.postlintrc.json: rules.no-mojibake: severity must be "off", "warn" or "error" (or 0, 1, 2), got 3' },
  { name: 'a bad severity in a list', files: rc({ rules: { 'no-mojibake': [true] } }), error: '<dir>/.postlintrc.json: rules.no-mojibake: severity must be "off", "warn" or "error" (or 0, 1, 2), got true' },
  { name: 'an empty rule entry', files: rc({ rules: { 'no-mojibake': [] } }), error: '<dir>/.postlintrc.json: rules.no-mojibake: must be a severity or [severity, ...options], got []' },
  { name: 'options to a rule that takes none', files: rc({ rules: { 'no-mojibake': ['error', { fix: true }] } }), error: '<dir>/.postlintrc.json: rules.no-mojibake: takes at most 0 option(s), got 1' },
  {
    name: "options failing the rule's schema (wrong type)",
    files: rc({ plugins: { t: PLUGIN }, rules: { 't/word': ['error', { word: 42 }] } }),
    error: '<dir>/.postlintrc.json: rules.t/word: options[0].word must be string',
  },
  {
    name: "options failing the rule's schema (unknown property)",
    files: rc({ plugins: { t: PLUGIN }, rules: { 't/word': ['error', { words: ['x'] }] } }),
    error: "<dir>/.postlintrc.json: rules.t/word: options[0] has an unknown property 'words'",
  },
  {
    name: "options failing the rule's schema in an override",
    files: rc({ plugins: { t: PLUGIN }, overrides: [{ files: '*.md', rules: { 't/word': ['warn', 'bar'] } }] }),
    error: '<dir>/.postlintrc.json: overrides[0].rules.t/word: options[0] must be object',
  },
  {
    name: 'too many options',
    files: rc({ plugins: { t: PLUGIN }, rules: { 't/word': ['warn', {}, {}] } }),
    error: '<dir>/.postlintrc.json: rules.t/word: takes at most 1 option(s), got 2',
  },
  { name: 'unparsable JSON, with line and column', files: { '.postlintrc.json': '{\n  "rules": {\n    "no-mojibake": "error",\n  }\n}\n' }, error: '<dir>/.postlintrc.json: invalid JSON: Expected double-quoted property name (line 4, column 3)' },
  { name: 'an empty JSON file', files: { '.postlintrc.json': '' }, error: '<dir>/.postlintrc.json: invalid JSON: Unexpected end of JSON input (line 1, column 1)' },
  {
    name: 'unparsable YAML',
    files: { '.postlintrc.yaml': 'rules:\n  no-mojibake: [error\n' },
    error: '<dir>/.postlintrc.yaml: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1',
  },
  { name: 'a YAML key that is a collection (no warning beside the line)', files: { '.postlintrc.yaml': '? [rules]\n: {}\n' }, error: "<dir>/.postlintrc.yaml: has an unknown property '[ rules ]'" },
  { name: 'YAML that is not a mapping', files: { '.postlintrc.yml': '- postlint:recommended\n' }, error: '<dir>/.postlintrc.yml: configuration must be an object' },
  { name: 'unparsable JSON in package.json named by --config', files: { 'package.json': '{"postlint": {' }, args: ['-c', 'package.json'], error: "<dir>/package.json: invalid JSON: Expected property name or '}' (line 1, column 15)" },
  { name: 'an unparsable package.json found on the way up', files: { 'package.json': '{"name": "x",}\n' }, error: "<dir>/package.json: invalid JSON: Expected double-quoted property name (line 1, column 14)" },
  { name: "a package.json named by --config without a 'postlint' key", files: { 'package.json': '{"name": "x"}' }, args: ['-c', 'package.json'], error: "<dir>/package.json: has no 'postlint' key" },
  { name: 'a JS config that throws', files: { 'postlint.config.js': "throw new Error('config exploded')\n" }, error: '<dir>/postlint.config.js: cannot load: config exploded' },
  { name: 'a JS config with a syntax error', files: { 'postlint.config.mjs': 'export default {\n' }, error: "<dir>/postlint.config.mjs: cannot load: Unexpected end of input" },
  { name: 'a JS config exporting a function', files: { 'postlint.config.mjs': 'export default () => ({})\n' }, error: '<dir>/postlint.config.mjs: configuration must be an object' },
  { name: 'a --config file that does not exist', files: {}, args: ['--config', 'conf/missing.yaml'], error: '<dir>/conf/missing.yaml: cannot read file: it does not exist' },
  { name: 'a --config path that is a folder', files: { 'conf.json': null }, args: ['--config', 'conf.json'], error: '<dir>/conf.json: cannot read file: it is a directory, not a file' },
  { name: 'a --config file of an unknown type', files: { 'postlint.toml': 'x = 1\n' }, args: ['--config', 'postlint.toml'], error: '<dir>/postlint.toml: unknown configuration file type (use .json, .yaml, .yml, .js or .mjs)' },
  { name: 'a plugin file that cannot be found', files: rc({ plugins: ['./missing-plugin.mjs'] }), error: "<dir>/.postlintrc.json: plugins[0]: cannot find plugin './missing-plugin.mjs'" },
  { name: 'a plugin package that cannot be found', files: rc({ plugins: { acme: 'postlint-plugin-nowhere' } }), error: "<dir>/.postlintrc.json: plugins.acme: cannot find plugin 'postlint-plugin-nowhere'" },
  { name: 'a plugin that throws when loaded', files: { ...rc({ plugins: ['./p.mjs'] }), 'p.mjs': "throw new Error('plugin exploded')\n" }, error: "<dir>/.postlintrc.json: plugins[0]: cannot load plugin './p.mjs': plugin exploded" },
  { name: 'a plugin that exports no rules', files: { ...rc({ plugins: { empty: './p.mjs' } }), 'p.mjs': 'export default { meta: {} }\n' }, error: "<dir>/.postlintrc.json: plugins.empty: plugin 'empty' exports no 'rules' object" },
  {
    name: 'a plugin rule without create',
    files: { ...rc({ plugins: ['./p.mjs'] }), 'p.mjs': 'export const rules = { r: { meta: {} } }\n' },
    error: "<dir>/.postlintrc.json: plugins[0]: plugin rule 'p/r' is not a rule (it needs 'meta' and 'create')",
  },
  {
    name: 'a plugin rule without docs',
    files: { ...rc({ plugins: ['./p.mjs'] }), 'p.mjs': "export const rules = { r: { meta: { type: 'problem', messages: {} }, create: () => ({}) } }\n" },
    error: "<dir>/.postlintrc.json: plugins[0]: plugin rule 'p/r' has no 'meta.docs.description'",
  },
  {
    name: 'two different plugins under one name',
    files: { ...rc({ extends: './base.json', plugins: { t: './p.mjs' } }), 'base.json': JSON.stringify({ plugins: { t: PLUGIN } }), 'p.mjs': 'export const rules = {}\n' },
    error: "<dir>/.postlintrc.json: plugins.t: another plugin is already loaded as 't' (its rules would be hidden); give one of them another name",
  },
  { name: 'a plugin rule used without its plugin', files: rc({ rules: { 'acme/word': 'error' } }), error: "<dir>/.postlintrc.json: rules.acme/word: unknown rule 'acme/word'" },
]

describe.concurrent('configuration mistakes', () => {
  for (const mistake of mistakes) {
    it(mistake.name, async () => {
      const dir = path.join(root, mistake.name.replace(/[^a-z0-9]+/gi, '-'))
      writeFiles(dir, { 'posting.md': 'A posting.\n', ...mistake.files })
      const result = await postlint([...(mistake.args ?? []), 'posting.md'], { cwd: dir })
      expectOneLineFailure(result, mistake.error.replaceAll('<dir>', dir))
    })
  }
})

describe.concurrent('--debug', () => {
  it('adds the stack trace, and the stack of what a configuration module threw', async () => {
    const dir = tempDir({ 'posting.md': 'A posting.\n', 'postlint.config.mjs': "const ok = 1\nthrow new Error('config exploded')\n" })
    const result = await postlint(['--debug', 'posting.md'], { cwd: dir })
    expect(result.code).toBe(2)
    const lines = result.stderr.split('\n')
    expect(lines[0]).toBe(`postlint: ${dir}/postlint.config.mjs: cannot load: config exploded`)
    expect(lines[1]).toBe(`ConfigError: ${dir}/postlint.config.mjs: cannot load: config exploded`)
    expect(lines[2]).toMatch(/^\s+at /)
    const cause = lines.indexOf('Caused by: Error: config exploded')
    expect(cause).toBeGreaterThan(2)
    expect(lines[cause + 1]).toBe(`    at file://${dir}/postlint.config.mjs:2:7`)
  })
})

describe.concurrent('--rule mistakes', () => {
  const dir = tempDir({ 'posting.md': 'A posting.\n', 'plugin.mjs': PLUGIN_SOURCE, '.postlintrc.json': JSON.stringify({ plugins: { t: './plugin.mjs' } }) })
  const cases: Array<[string, string, string]> = [
    ['an unknown rule, with the closest id', 'no-mojibak: error', "--rule no-mojibak: unknown rule 'no-mojibak' (did you mean 'no-mojibake'?)"],
    ['unbalanced brackets', 'no-mojibake: [error', "Invalid --rule value 'no-mojibake: [error': expected 'rule-id: severity' or 'rule-id: [severity, options]'"],
    ['no severity', 'no-mojibake', "Invalid --rule value 'no-mojibake': 'no-mojibake' has no severity; expected 'rule-id: severity' or 'rule-id: [severity, options]'"],
    ['an empty value', '', "Invalid --rule value '': expected 'rule-id: severity' or 'rule-id: [severity, options]'"],
    ['a list, not a mapping', '[no-mojibake]', "Invalid --rule value '[no-mojibake]': expected 'rule-id: severity' or 'rule-id: [severity, options]'"],
    ['an empty object', '{}', "Invalid --rule value '{}': expected 'rule-id: severity' or 'rule-id: [severity, options]'"],
    ['a bad severity', 'no-mojibake: loud', '--rule no-mojibake: severity must be "off", "warn" or "error" (or 0, 1, 2), got "loud"'],
    ['options failing the schema', 't/word: [error, {word: [1]}]', '--rule t/word: options[0].word must be string'],
  ]
  for (const [name, value, error] of cases) {
    it(name, async () => expectOneLineFailure(await postlint(['--rule', value, 'posting.md'], { cwd: dir }), error))
  }

  it('--rule takes a whole object as well, as ESLint does', async () => {
    const result = await postlint(['--rule', '{"t/word": ["warn", {"word": "posting"}]}', '-f', 'compact', 'posting.md'], { cwd: dir })
    expect(result).toEqual({ code: 0, stderr: '', stdout: "posting.md: line 1, col 3, Warning - Found 'posting'. (t/word)\n\n1 problem\n" })
  })

  it('the --rule severity and options are applied over the configuration', async () => {
    const result = await postlint(['--rule', 't/word:warn', '--rule', "t/word: [error, {word: 'posting'}], no-mojibake: 0", '-f', 'compact', 'posting.md'], { cwd: dir })
    expect(result).toEqual({ code: 1, stderr: '', stdout: "posting.md: line 1, col 3, Error - Found 'posting'. (t/word)\n\n1 problem\n" })
  })
})
