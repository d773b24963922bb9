// Exit codes 0, 1 and 2 of the real command, --help, --version, --quiet,
// --max-warnings, usage mistakes and internal errors (with and without --debug).
import { afterAll, describe, expect, it } from 'vitest'
import { expectOneLineFailure, MOJIBAKE, MOJIBAKE_MESSAGE, ONLY_MOJIBAKE, postlint, removeTempDirs, tempDir, VERSION } from './helpers.js'

afterAll(removeTempDirs)

const dir = tempDir({
  'clean.md': 'A clean posting.\n',
  'damaged.md': `${MOJIBAKE}.\n`,
  'two.md': `${MOJIBAKE}.\n\n${MOJIBAKE} again.\n`,
  'throwing-formatter.mjs': "export default () => { throw new Error('formatter broke') }\n",
})
const WARN = [...ONLY_MOJIBAKE, '--rule', 'no-mojibake: warn']

const WARNING_REPORT = `
damaged.md
  1:3  warning  ${MOJIBAKE_MESSAGE}  no-mojibake

✖ 1 problem (0 errors, 1 warning)
  0 errors and 1 warning potentially fixable with the \`--fix\` option.
`

describe.concurrent('exit codes', () => {
  it('0 and no output for a clean file', async () => {
    expect(await postlint([...ONLY_MOJIBAKE, 'clean.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('1 for errors', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, 'clean.md', 'damaged.md'], { cwd: dir })
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: `
damaged.md
  1:3  error  ${MOJIBAKE_MESSAGE}  no-mojibake

✖ 1 problem (1 error, 0 warnings)
  1 error and 0 warnings potentially fixable with the \`--fix\` option.
`,
    })
  })

  it('0 for warnings without --max-warnings', async () => {
    expect(await postlint([...WARN, 'damaged.md'], { cwd: dir })).toEqual({ code: 0, stdout: WARNING_REPORT, stderr: '' })
  })

  it('0 for warnings within --max-warnings (also -1, no limit, written apart or with =)', async () => {
    const limits = [['--max-warnings', '1'], ['--max-warnings', '-1'], ['--max-warnings=-1'], ['--max-warnings=5']]
    const results = await Promise.all(limits.map((limit) => postlint([...WARN, ...limit, 'damaged.md'], { cwd: dir })))
    for (const result of results) expect(result).toEqual({ code: 0, stdout: WARNING_REPORT, stderr: '' })
  })

  it('1 for more warnings than --max-warnings, with a line on stderr', async () => {
    const result = await postlint([...WARN, '--max-warnings', '1', 'two.md'], { cwd: dir })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('✖ 2 problems (0 errors, 2 warnings)')
    expect(result.stderr).toBe('postlint found too many warnings (maximum: 1).\n')
  })

  it('no "too many warnings" line when there are errors as well', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '--max-warnings', '0', 'two.md'], { cwd: dir })
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' })
  })

  it('--quiet reports errors only: warnings alone print nothing and exit 0', async () => {
    expect(await postlint([...WARN, '--quiet', 'damaged.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' })
    const errors = await postlint([...ONLY_MOJIBAKE, '--quiet', 'damaged.md'], { cwd: dir })
    expect(errors.code).toBe(1)
    expect(errors.stdout).toContain('✖ 1 problem (1 error, 0 warnings)')
  })

  it('--quiet still counts warnings for --max-warnings, as ESLint does', async () => {
    expect(await postlint([...WARN, '--quiet', '--max-warnings', '0', 'damaged.md'], { cwd: dir })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'postlint found too many warnings (maximum: 0).\n',
    })
  })

  it('--max-warnings with a value that is not a whole number from -1 is a usage error', async () => {
    const cases: Array<[string[], string]> = [
      [['--max-warnings', 'x'], "--max-warnings needs a whole number (-1 for no limit), got 'x'"],
      [['--max-warnings', '1.5'], "--max-warnings needs a whole number (-1 for no limit), got '1.5'"],
      [['--max-warnings=-2'], "--max-warnings needs a whole number (-1 for no limit), got '-2'"],
      [['--max-warnings', '-2'], "--max-warnings needs a whole number (-1 for no limit), got '-2'"],
      [['--max-warnings'], "Option '--max-warnings <value>' needs a value"],
    ]
    await Promise.all(
      cases.map(async ([args, message]) => expectOneLineFailure(await postlint([...WARN, 'damaged.md', ...args], { cwd: dir }), message)),
    )
  })
})

describe.concurrent('--help and --version', () => {
  it('--help and -h print the help, naming every option, and exit 0', async () => {
    const [long, short] = await Promise.all([postlint(['--help'], { cwd: dir }), postlint(['-h'], { cwd: dir })])
    expect(long.code).toBe(0)
    expect(long.stderr).toBe('')
    expect(short).toEqual(long)
    expect(long.stdout).toMatch(/^postlint \[options\] \[file\|dir\|glob \.\.\.\]\n/)
    const options = [
      '-c, --config',
      '--no-config',
      '--rule',
      '--print-config',
      '--init',
      '-f, --format',
      '-o, --output-file',
      '--quiet',
      '--max-warnings',
      '--color, --no-color',
      '--fix',
      '--fix-dry-run',
      '--stdin',
      '--stdin-filename',
      '--no-ignore',
      '--ignore-path',
      '--ignore-pattern',
      '--no-error-on-unmatched-pattern',
      '--report-unused-disable-directives',
      '--report-unused-disable-directives-severity',
      '--no-warn-ignored',
      '--changed',
      '--since',
      '--baseline',
      '--update-baseline',
      '--fail-on',
      '--cache',
      '--cache-location',
      '--concurrency',
      '--list-rules',
      '--lsp',
      '--debug',
      '-v, --version',
      '-h, --help',
    ]
    for (const option of options) expect(long.stdout).toContain(`  ${option} `)
    for (const format of ['stylish', 'json', 'compact', 'sarif', 'github', 'junit', 'gitlab']) expect(long.stdout).toContain(format)
    expect(long.stdout).toContain('Exit codes: 0')
  })

  it('--version and -v print the package version', async () => {
    const [long, short] = await Promise.all([postlint(['--version'], { cwd: dir }), postlint(['-v'], { cwd: dir })])
    expect(long).toEqual({ code: 0, stdout: `v${VERSION}\n`, stderr: '' })
    expect(short).toEqual(long)
  })
})

describe.concurrent('usage errors: exit 2, one line on stderr naming the culprit', () => {
  const cases: Array<[string, string[], string]> = [
    ['an unknown long option', ['--bogus'], "Unknown option '--bogus' (see postlint --help)"],
    ['an unknown short option', ['-x'], "Unknown option '-x' (see postlint --help)"],
    ['an option without its value', ['--format'], "Option '-f, --format <value>' needs a value"],
    ['a value that looks like an option', ['-f', '-x'], "Option '--format' needs a value; to give one that starts with a dash, write --format=VALUE"],
    ['a value given to a flag', ['--fix=yes'], "Option '--fix' does not take an argument"],
    ['--config with --no-config', ['--config', 'x.json', '--no-config'], '--config and --no-config cannot be used together'],
    ['--fix with --fix-dry-run', ['--fix', '--fix-dry-run'], '--fix and --fix-dry-run cannot be used together'],
    ['--color with --no-color', ['--color', '--no-color'], '--color and --no-color cannot be used together'],
    ['--fix with --stdin', ['--stdin', '--fix'], '--fix cannot be used with --stdin (nothing would be written); use --fix-dry-run'],
    ['--stdin-filename without --stdin', ['--stdin-filename', 'a.md'], '--stdin-filename needs --stdin'],
    ['--stdin with paths', ['--stdin', 'clean.md'], '--stdin cannot be combined with file paths'],
    ['a bad unused-directive severity', ['--report-unused-disable-directives-severity', 'loud'], "--report-unused-disable-directives-severity must be off, warn or error, got 'loud'"],
    ['an unknown format', ['-f', 'fancy', 'clean.md'], "Unknown format 'fancy' (built-in: stylish, json, compact, sarif, github, junit, gitlab; or give a path to a formatter module)"],
    ['a path that matches nothing', ['--no-config', 'missing.md'], 'No files matching the pattern "missing.md" were found.'],
    ['a missing --config file', ['--config', 'nowhere.json', 'clean.md'], `${dir}/nowhere.json: cannot read file: it does not exist`],
    ['--lsp with file paths', ['--lsp', 'clean.md'], '--lsp takes no file paths: the editor sends the documents'],
    ['--lsp with a linting option', ['--lsp', '--fix'], '--lsp cannot be combined with --fix'],
    ['--stdio without --lsp', ['--stdio'], '--stdio needs --lsp'],
    ['a missing --ignore-path file', ['--no-config', '--ignore-path', 'nowhere.ignore', 'clean.md'], `Cannot read ignore file ${dir}/nowhere.ignore: it does not exist`],
  ]
  for (const [name, args, message] of cases) {
    it(name, async () => expectOneLineFailure(await postlint(args, { cwd: dir }), message))
  }

  it('--debug adds the stack trace after the line', async () => {
    const result = await postlint(['--debug', '--no-config', 'missing.md'], { cwd: dir })
    expect(result.code).toBe(2)
    const [first, second, ...rest] = result.stderr.split('\n')
    expect(first).toBe('postlint: No files matching the pattern "missing.md" were found.')
    expect(second).toBe('UsageError: No files matching the pattern "missing.md" were found.')
    expect(rest[0]).toMatch(/^\s+at /)
  })
})

describe.concurrent('internal errors', () => {
  it('are one line on stderr and exit 2, pointing at --debug', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '-f', './throwing-formatter.mjs', 'clean.md'], { cwd: dir })
    expectOneLineFailure(result, 'internal error: formatter broke (run with --debug for details)')
  })

  it('--debug prints the stack trace', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '--debug', '-f', './throwing-formatter.mjs', 'clean.md'], { cwd: dir })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    const lines = result.stderr.split('\n')
    expect(lines[0]).toBe('postlint: internal error: formatter broke')
    expect(lines[1]).toBe('Error: formatter broke')
    expect(lines[2]).toMatch(/^\s+at .*throwing-formatter\.mjs/)
  })
})
