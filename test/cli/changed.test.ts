// --changed [--since REF] on real git histories: which files are linted
// (committed on the branch, staged, unstaged, untracked; not deleted, not
// ignored, not what the base branch did since), the default base, and the
// one-line errors outside a repository and for unknown refs.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { expectOneLineFailure, MOJIBAKE, MOJIBAKE_MESSAGE, postlint, removeTempDirs, tempDir } from './helpers.js'
import { change, commit, git, gitRepo } from './git.js'

afterAll(removeTempDirs)

const BAD = `${MOJIBAKE}.\n`
const CONFIG = JSON.stringify({ rules: { 'no-mojibake': 'error' } })

/** The files a compact report names, in order. */
function reported(stdout: string): string[] {
  return [...new Set(stdout.split('\n').flatMap((line) => /^(.+?): line \d+/.exec(line)?.[1] ?? []))]
}

/**
 * main: a.md, b.md, sub/c.md, gone.md, .gitignore. The branch `feature` left
 * main there, changed b.md and added d.md; main then changed a.md. In the
 * working tree: sub/c.md changed (unstaged), f.md added (staged), e.md new
 * (untracked), gone.md deleted, ignored.md ignored.
 */
function history(): { dir: string; branchPoint: string; featureCommit: string } {
  const dir = gitRepo({ '.postlintrc.json': CONFIG, '.gitignore': 'ignored.md\n', 'a.md': BAD, 'b.md': BAD, 'sub/c.md': BAD, 'gone.md': BAD })
  const branchPoint = git(dir, 'rev-parse', 'HEAD')
  git(dir, 'switch', '--quiet', '--create', 'feature')
  const featureCommit = commit(dir, { 'b.md': `# Changed on the branch\n\n${BAD}`, 'd.md': BAD }, 'Branch work')
  git(dir, 'switch', '--quiet', 'main')
  commit(dir, { 'a.md': `# Changed on main later\n\n${BAD}` }, 'Main moves on')
  git(dir, 'switch', '--quiet', 'feature')
  change(dir, { 'sub/c.md': `# Changed, not staged\n\n${BAD}`, 'f.md': BAD, 'e.md': BAD, 'gone.md': null, 'ignored.md': BAD })
  git(dir, 'add', 'f.md')
  return { dir, branchPoint, featureCommit }
}

describe('--changed', () => {
  const { dir, branchPoint, featureCommit } = history()

  it('lints what the branch changed since it left main, committed or not, untracked included', async () => {
    const result = await postlint(['--changed', '-f', 'compact'], { cwd: dir })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    // Not a.md (main changed it after the branch left), not gone.md (deleted), not ignored.md (git-ignored).
    expect(reported(result.stdout)).toEqual(['b.md', 'd.md', 'e.md', 'f.md', 'sub/c.md'])
    expect(result.stdout).toMatch(/\n5 problems\n$/)
  })

  it('without --changed, every file is linted', async () => {
    const result = await postlint(['-f', 'compact'], { cwd: dir })
    expect(reported(result.stdout)).toEqual(['a.md', 'b.md', 'd.md', 'e.md', 'f.md', 'ignored.md', 'sub/c.md'])
  })

  it('--since REF compares with another ref: HEAD leaves the uncommitted and untracked changes', async () => {
    const result = await postlint(['--changed', '--since', 'HEAD', '-f', 'compact'], { cwd: dir })
    expect(reported(result.stdout)).toEqual(['e.md', 'f.md', 'sub/c.md'])
    const sinceCommit = await postlint(['--changed', '--since', branchPoint, '-f', 'compact'], { cwd: dir })
    expect(reported(sinceCommit.stdout)).toEqual(['b.md', 'd.md', 'e.md', 'f.md', 'sub/c.md'])
  })

  it('keeps to the paths given, and works from a subfolder', async () => {
    const onlySub = await postlint(['--changed', '-f', 'compact', 'sub', 'a.md', 'b.md'], { cwd: dir })
    expect(reported(onlySub.stdout)).toEqual(['sub/c.md', 'b.md'])
    const fromSub = await postlint(['--changed', '-f', 'compact', '-c', '../.postlintrc.json'], { cwd: path.join(dir, 'sub') })
    expect(reported(fromSub.stdout)).toEqual(['c.md'])
  })

  it('exits 0 with no output when nothing in the paths changed', async () => {
    expect(await postlint(['--changed', 'a.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('says with --debug what it compared with', async () => {
    const result = await postlint(['--changed', '--debug', '-f', 'compact'], { cwd: dir })
    expect(result.stderr).toBe(`postlint: debug: --changed: 5 files changed since main (${branchPoint.slice(0, 12)})\npostlint: debug: 5 files: 5 linted\n`)
  })

  it('prefers origin/HEAD to main for the default branch', async () => {
    const clone = tempDir()
    git(clone, 'clone', '--quiet', '--branch', 'feature', dir, '.')
    // The clone's origin/HEAD names origin's main; let it name origin/feature's first commit instead.
    git(clone, 'update-ref', 'refs/remotes/origin/review-base', featureCommit)
    git(clone, 'symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/review-base')
    git(clone, 'branch', '--quiet', '--force', 'main', branchPoint)
    fs.writeFileSync(path.join(clone, 'new.md'), BAD)
    const result = await postlint(['--changed', '--debug', '-f', 'compact'], { cwd: clone })
    expect(reported(result.stdout)).toEqual(['new.md'])
    expect(result.stderr).toContain(`--changed: 1 file changed since origin/HEAD (${featureCommit.slice(0, 12)})`)
  })

  it('falls back to master when there is no main', async () => {
    const repo = gitRepo({ '.postlintrc.json': CONFIG, 'old.md': BAD }, 'master')
    git(repo, 'switch', '--quiet', '--create', 'topic')
    commit(repo, { 'new.md': BAD }, 'New posting')
    const result = await postlint(['--changed', '-f', 'compact'], { cwd: repo })
    expect(reported(result.stdout)).toEqual(['new.md'])
  })
})

describe('--changed with --cache, --baseline and --concurrency', () => {
  it('lints what the branch changed on threads, answers it from the cache next time, and leaves out what the baseline knows', async () => {
    const known = `# Barista\n\n${BAD}`
    const repo = gitRepo({ '.postlintrc.json': CONFIG, 'a.md': BAD, 'b.md': known })
    expect(await postlint(['--baseline', 'postlint-baseline.json', '--update-baseline', '.'], { cwd: repo })).toEqual({
      code: 0,
      stdout: '  2 problems recorded in the baseline postlint-baseline.json.\n',
      stderr: '',
    })
    const base = commit(repo, {}, 'Record the baseline')
    git(repo, 'switch', '--quiet', '--create', 'feature')
    // b.md gains a paragraph before its known problem; c.md is new and has one; d.md is new and clean.
    commit(repo, { 'b.md': `# Barista\n\nA new first paragraph.\n\n${BAD}`, 'c.md': BAD, 'd.md': 'A clean posting.\n' }, 'Branch work')
    const cacheDir = tempDir()
    const args = ['--changed', '--cache', '--cache-location', `${cacheDir}/`, '--baseline', 'postlint-baseline.json', '--concurrency', '2', '--debug', '-f', 'compact']
    const report = `c.md: line 1, col 3, Error - ${MOJIBAKE_MESSAGE}. (no-mojibake)\n\n1 problem\n`
    const lines = (counts: string): string =>
      'postlint: 1 problem suppressed by the baseline postlint-baseline.json.\n' +
      `postlint: debug: --changed: 3 files changed since main (${base.slice(0, 12)})\n` +
      `postlint: debug: 3 files: ${counts} from the cache ${cacheDir}/.postlintcache\n`
    expect(await postlint(args, { cwd: repo })).toEqual({ code: 1, stdout: report, stderr: lines('3 linted, 0') })
    expect(await postlint(args, { cwd: repo })).toEqual({ code: 1, stdout: report, stderr: lines('0 linted, 3') })
  }, 60_000)
})

describe.concurrent('--changed mistakes: one line, exit 2', () => {
  it('outside a git repository', async () => {
    const dir = tempDir({ 'a.md': BAD })
    expectOneLineFailure(await postlint(['--changed', 'a.md'], { cwd: dir }), `--changed needs a git repository, and ${dir} is not in one`)
  })

  it('a ref that names no commit', async () => {
    const dir = gitRepo({ 'a.md': BAD })
    expectOneLineFailure(await postlint(['--changed', '--since', 'no-such-branch'], { cwd: dir }), "--since: unknown git ref 'no-such-branch'")
  })

  it('no default branch to compare with', async () => {
    const dir = gitRepo({ 'a.md': BAD }, 'trunk')
    expectOneLineFailure(
      await postlint(['--changed'], { cwd: dir }),
      '--changed cannot tell the default branch (there is no origin/HEAD, main or master); name one with --since REF',
    )
  })

  it('--since without --changed, and --changed with --stdin', async () => {
    const dir = tempDir()
    expectOneLineFailure(await postlint(['--since', 'main', '.'], { cwd: dir }), '--since needs --changed')
    expectOneLineFailure(await postlint(['--changed', '--stdin'], { cwd: dir, stdin: 'Text.' }), '--changed cannot be used with --stdin')
  })
})
