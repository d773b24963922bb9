// postlint as a commit guard.
//
// pre-commit: a temporary repository installs the `postlint` hook of
// .pre-commit-hooks.yaml with the real `pre-commit` tool, from a git
// repository holding this checkout's manifest (so the manifest under test is
// the one in the working tree), as a team would from the published
// repository. The hook runs the project's own postlint through
// `npx --no-install`; here the project's node_modules links to this checkout,
// as `npm install --save-dev <folder>` would. Nothing is downloaded: npm is
// told to stay offline, and pre-commit installs nothing for a system hook.
//
// lint-staged: postlint is run the way lint-staged runs it, with --fix and
// the absolute paths of the staged files appended.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MOJIBAKE, MOJIBAKE_MESSAGE, postlint, removeTempDirs, REPAIRED, ROOT, tempDir } from './helpers.js'
import { git, GIT_ENV, gitRepo } from './git.js'
import { SUPPORTED_EXTENSIONS } from '../../src/linter/document.js'

afterAll(removeTempDirs)

/** Set to 1 to skip the pre-commit test on a machine without pre-commit (CI never sets it: .ci/run installs the tool). */
const OPT_OUT = 'POSTLINT_SKIP_PRE_COMMIT_TEST'
const preCommitFound = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0
const optedOut = process.env[OPT_OUT] === '1'

/** A git repository holding this checkout's hook manifest, as pre-commit would clone it. */
function hookRepository(): { dir: string; rev: string } {
  const dir = gitRepo()
  for (const entry of ['.pre-commit-hooks.yaml', 'package.json', 'README.md']) fs.copyFileSync(path.join(ROOT, entry), path.join(dir, entry))
  git(dir, 'add', '--all')
  git(dir, 'commit', '--quiet', '--message', 'postlint as published')
  return { dir, rev: git(dir, 'rev-parse', 'HEAD') }
}

/** Make `site` a project with postlint as a development dependency: this checkout, linked as npm links a folder. */
function installPostlint(site: string): void {
  fs.mkdirSync(path.join(site, 'node_modules', '.bin'), { recursive: true })
  fs.symlinkSync(ROOT, path.join(site, 'node_modules', 'postlint'), 'dir')
  fs.symlinkSync(path.join('..', 'postlint', 'bin', 'postlint.js'), path.join(site, 'node_modules', '.bin', 'postlint'))
}

interface Run {
  status: number | null
  output: string
}

describe('the pre-commit tool', () => {
  it(`is installed, unless ${OPT_OUT}=1 says to do without the hook test`, () => {
    if (!preCommitFound && !optedOut) {
      throw new Error(
        `the pre-commit executable is not on PATH: install it (apt-get install -y pre-commit, as .ci/run does, or pipx install pre-commit), or set ${OPT_OUT}=1 to skip the pre-commit hook test`,
      )
    }
  })
})

describe.skipIf(!preCommitFound)(`the pre-commit hook${preCommitFound ? '' : ` (skipped: pre-commit is not installed and ${OPT_OUT}=1)`}`, () => {
  const home = tempDir()
  const env = {
    ...process.env,
    ...GIT_ENV,
    PRE_COMMIT_HOME: home,
    PRE_COMMIT_COLOR: 'never',
    // Offline, and a registry nobody answers at: the hook must not need the network.
    npm_config_offline: 'true',
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_update_notifier: 'false',
  }
  const run = (cwd: string, command: string, ...args: string[]): Run => {
    const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' })
    return { status: result.status, output: `${result.stdout}${result.stderr}` }
  }

  it("refuses a commit of a posting with errors, showing postlint's report, and lets a clean one through", () => {
    const hooks = hookRepository()
    const site = gitRepo({
      '.pre-commit-config.yaml': `repos:\n  - repo: ${JSON.stringify(hooks.dir)}\n    rev: ${hooks.rev}\n    hooks:\n      - id: postlint\n`,
      '.postlintrc.json': JSON.stringify({ rules: { 'no-mojibake': 'error' } }),
      '.postlintignore': 'drafts/\n',
      '.gitignore': 'node_modules/\n',
      'package.json': JSON.stringify({ name: 'careers-site', private: true, devDependencies: { postlint: `file:${ROOT}` } }),
    })
    installPostlint(site)
    const start = git(site, 'rev-parse', 'HEAD')

    const install = run(site, 'pre-commit', 'install', '--install-hooks')
    expect(install.status).toBe(0)
    expect(install.output).toContain('pre-commit installed at .git/hooks/pre-commit\n')
    expect(install.output).toContain(`[INFO] Initializing environment for ${hooks.dir}.\n`)
    // A system hook: pre-commit clones the manifest and installs no environment.
    expect(install.output).not.toContain('Installing environment')

    fs.mkdirSync(path.join(site, 'careers'))
    fs.writeFileSync(path.join(site, 'careers', 'barista.md'), `# Barista\n\n${MOJIBAKE}.\n`)
    git(site, 'add', 'careers/barista.md')
    const refused = run(site, 'git', 'commit', '--message', 'Add the barista posting')
    expect(refused.status).toBe(1)
    expect(refused.output).toMatch(/^postlint\.+Failed$/m)
    expect(refused.output).toContain(
      '- hook id: postlint\n- exit code: 1\n\n' +
        `careers/barista.md\n  3:3  error  ${MOJIBAKE_MESSAGE}  no-mojibake\n\n✖ 1 problem (1 error, 0 warnings)\n  1 error and 0 warnings potentially fixable with the \`--fix\` option.\n`,
    )
    expect(git(site, 'rev-parse', 'HEAD')).toBe(start)

    fs.writeFileSync(path.join(site, 'careers', 'barista.md'), `# Barista\n\n${REPAIRED}.\n`)
    git(site, 'add', 'careers/barista.md')
    const accepted = run(site, 'git', 'commit', '--message', 'Add the barista posting')
    expect(accepted.output).toMatch(/^postlint\.+Passed$/m)
    expect(accepted.status).toBe(0)
    expect(git(site, 'rev-parse', 'HEAD^')).toBe(start)
    expect(git(site, 'show', '--name-only', '--format=', 'HEAD')).toBe('careers/barista.md')

    // Files postlint does not read are not given to it.
    fs.writeFileSync(path.join(site, 'openings.json'), `{"note": "${MOJIBAKE}"}\n`)
    git(site, 'add', 'openings.json')
    const other = run(site, 'git', 'commit', '--message', 'Add data')
    expect(other.output).toMatch(/^postlint\.+\(no files to check\)Skipped$/m)
    expect(other.status).toBe(0)

    // A file the project ignores is passed over in silence (the hook's --no-warn-ignored).
    fs.mkdirSync(path.join(site, 'drafts'))
    fs.writeFileSync(path.join(site, 'drafts', 'idea.md'), `${MOJIBAKE}.\n`)
    git(site, 'add', 'drafts/idea.md')
    const ignored = run(site, 'git', 'commit', '--message', 'Add a draft')
    expect(ignored.output).toMatch(/^postlint\.+Passed$/m)
    expect(ignored.output).not.toContain('File ignored')
    expect(ignored.status).toBe(0)
    expect(git(site, 'log', '--format=%s')).toBe('Add a draft\nAdd data\nAdd the barista posting\nInitial postings')
  }, 180_000)
})

describe('as lint-staged runs it', () => {
  it('fixes the staged files it is given, by absolute path, and says nothing of ignored ones with --no-warn-ignored', async () => {
    const dir = tempDir({
      '.postlintrc.json': JSON.stringify({ rules: { 'no-mojibake': 'error' } }),
      '.postlintignore': 'drafts/\n',
      'careers/barista.md': `${MOJIBAKE}.\n`,
      'careers/cook.html': `<p>${MOJIBAKE}</p>\n`,
      'drafts/idea.md': `${MOJIBAKE}.\n`,
    })
    const staged = ['careers/barista.md', 'careers/cook.html', 'drafts/idea.md'].map((file) => path.join(dir, file))
    expect(await postlint(['--fix', '--no-warn-ignored', '--max-warnings', '0', ...staged], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(fs.readFileSync(staged[0]!, 'utf8')).toBe(`${REPAIRED}.\n`)
    expect(fs.readFileSync(staged[1]!, 'utf8')).toBe(`<p>${REPAIRED}</p>\n`)
    expect(fs.readFileSync(staged[2]!, 'utf8')).toBe(`${MOJIBAKE}.\n`)

    // Without it, the ignored file named is a warning, which --max-warnings 0 refuses.
    const warned = await postlint(['--max-warnings', '0', '-f', 'compact', staged[2]!], { cwd: dir })
    expect(warned).toEqual({
      code: 1,
      stdout: 'drafts/idea.md: line 0, col 0, Warning - File ignored because of a matching ignore pattern. Use "--no-ignore" to override.\n\n1 problem\n',
      stderr: 'postlint found too many warnings (maximum: 0).\n',
    })
  })

  it('reports what --fix cannot repair and exits 1, so the commit is stopped', async () => {
    const dir = tempDir({ '.postlintrc.json': JSON.stringify({ rules: { 'no-mojibake': 'error' } }), 'a.md': `${MOJIBAKE}.\n\nSalary:Â $50,000.\n` })
    const result = await postlint(['--fix', '-f', 'compact', path.join(dir, 'a.md')], { cwd: dir })
    expect(result.code).toBe(1)
    expect(result.stdout).toBe("a.md: line 3, col 8, Error - Stray 'Â' before a space: the remains of a garbled no-break space. (no-mojibake)\n\n1 problem\n")
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(`${REPAIRED}.\n\nSalary:Â $50,000.\n`)
  })
})

// The hooks manifest as pre-commit reads it: one hook, `postlint`, for the files postlint reads.
describe('.pre-commit-hooks.yaml', () => {
  it('declares the postlint hook for Markdown, HTML and text files, run with the project\'s postlint', async () => {
    const { parse } = await import('yaml')
    const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>
    expect(hooks.map((hook) => hook['id'])).toEqual(['postlint'])
    const hook = hooks[0]!
    expect(hook).toMatchObject({ id: 'postlint', name: 'postlint', entry: 'npx --no-install postlint', args: ['--no-warn-ignored'], language: 'system', types: ['text'] })
    // pre-commit's pattern is a Python regular expression; `(?i)` (ignore case) is JavaScript's `i` flag.
    const files = new RegExp(String(hook['files']).replace(/^\(\?i\)/, ''), 'i')
    const read = [...SUPPORTED_EXTENSIONS.map((extension) => `posting.${extension}`), 'd.HTM', 'dir/f.MD']
    for (const name of read) expect({ name, linted: files.test(name) }).toEqual({ name, linted: true })
    for (const name of ['a.json', 'b.mdx', 'c.html.bak', 'md', 'e.ts']) expect({ name, linted: files.test(name) }).toEqual({ name, linted: false })
    const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; bin: Record<string, string> }
    expect(String(hook['entry']).split(' ').at(-1)).toBe(packageJson.name)
    expect(Object.keys(packageJson.bin)).toContain(packageJson.name)
  })
})
