/**
 * The files a branch changed, for `--changed`: every file that differs
 * between the working tree and the point where the branch left a base
 * (`--since REF`, else the default branch: origin/HEAD, main or master),
 * staged, unstaged and untracked changes included, deleted files left out.
 * Asked of the `git` command, so it sees the repository as git does
 * (`.gitignore`, worktrees, sparse checkouts).
 */
import path from 'node:path'
import { childProcess } from '../builtins.js'
import { UsageError } from '../config/errors.js'

export interface ChangedFiles {
  /** Absolute paths (from the working directory's view of the repository) of the changed files. */
  files: Set<string>
  /** The ref the changes are measured from, as given or as found. */
  ref: string
  /** The commit compared with: where HEAD left `ref` (their merge base), or `ref` itself when they share none. */
  base: string
}

/** Refs tried, in order, when no `--since` is given. */
const DEFAULT_BRANCHES = ['refs/remotes/origin/HEAD', 'refs/heads/main', 'refs/heads/master', 'refs/remotes/origin/main', 'refs/remotes/origin/master']

interface GitOutput {
  ok: boolean
  stdout: string
  stderr: string
}

function git(args: readonly string[], cwd: string): Promise<GitOutput> {
  const { execFile } = childProcess()
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      // An exit status is a number; ENOENT means there is no git to run.
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new UsageError('--changed needs git, and no git command was found'))
        return
      }
      resolve({ ok: !error, stdout, stderr })
    })
  })
}

/** The first line git wrote on stderr, without its `fatal: ` prefix. */
function gitReason(output: GitOutput): string {
  const line = output.stderr.split('\n').find((text) => text.trim() !== '') ?? 'git failed'
  return line.replace(/^(fatal|error): /, '').trim()
}

/** The paths in NUL-separated git output. */
function nulSeparated(text: string): string[] {
  return text.split('\0').filter((item) => item !== '')
}

/** The commit a ref names, or null when it names none. */
async function commitOf(ref: string, cwd: string): Promise<string | null> {
  const output = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd)
  return output.ok ? output.stdout.trim() : null
}

/**
 * The files changed since `since` (or the default branch) in the git
 * repository holding `cwd`. Throws a {@link UsageError} outside a
 * repository, for a ref that names no commit, and when there is no
 * default branch to compare with.
 */
export async function changedFiles(cwd: string, since?: string): Promise<ChangedFiles> {
  const top = await git(['rev-parse', '--show-cdup'], cwd)
  if (!top.ok) {
    throw new UsageError(/not a git repository/i.test(top.stderr) ? `--changed needs a git repository, and ${cwd} is not in one` : `--changed: ${gitReason(top)}`)
  }
  // The repository's root as seen from cwd (through the same symbolic links), so paths compare with the ones patterns give.
  const root = path.resolve(cwd, top.stdout.trim())

  let ref: string
  let commit: string | null
  if (since !== undefined) {
    if (since.trim() === '' || since.startsWith('-')) throw new UsageError(`--since needs a git ref (a branch, tag or commit), got '${since}'`)
    ref = since
    commit = await commitOf(since, root)
    if (!commit) throw new UsageError(`--since: unknown git ref '${since}'`)
  } else {
    ref = ''
    commit = null
    for (const candidate of DEFAULT_BRANCHES) {
      commit = await commitOf(candidate, root)
      if (commit) {
        ref = candidate.replace(/^refs\/(heads|remotes)\//, '')
        break
      }
    }
    if (!commit) throw new UsageError('--changed cannot tell the default branch (there is no origin/HEAD, main or master); name one with --since REF')
  }

  const mergeBase = await git(['merge-base', commit, 'HEAD'], root)
  const base = mergeBase.ok ? mergeBase.stdout.trim() : commit

  // Against the working tree: committed, staged and unstaged changes alike; deleted files are gone.
  const diff = await git(['-c', 'core.quotePath=false', 'diff', '--name-only', '-z', '--no-ext-diff', '--diff-filter=d', base, '--'], root)
  if (!diff.ok) throw new UsageError(`--changed: ${gitReason(diff)}`)
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z'], root)
  if (!untracked.ok) throw new UsageError(`--changed: ${gitReason(untracked)}`)

  const files = new Set<string>()
  for (const relative of [...nulSeparated(diff.stdout), ...nulSeparated(untracked.stdout)]) files.add(path.join(root, ...relative.split('/')))
  return { files, ref, base }
}
