/**
 * Git for the end-to-end tests: real repositories in temporary folders,
 * made and changed with the `git` command, untouched by the user's or the
 * system's git configuration.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { tempDir, writeFiles, type Files } from './helpers.js'

const emptyConfig = path.join(tempDir({ 'gitconfig': '' }), 'gitconfig')

/** The environment git runs in here: no global or system configuration, a fixed author. */
export const GIT_ENV: Record<string, string> = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: emptyConfig,
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
}

/** Run git in `cwd` and return its standard output, trimmed; throws (with git's stderr) when it fails. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

/** A new repository on branch `main` holding `files`, committed (when there are any). */
export function gitRepo(files: Record<string, string> = {}, branch = 'main'): string {
  const dir = tempDir()
  git(dir, 'init', '--quiet', '--initial-branch', branch)
  if (Object.keys(files).length > 0) commit(dir, files, 'Initial postings')
  return dir
}

/** Write `files` (null removes a file), stage everything and commit; returns the new commit. */
export function commit(dir: string, files: Record<string, string | null>, message: string): string {
  change(dir, files)
  git(dir, 'add', '--all')
  git(dir, 'commit', '--quiet', '--message', message)
  return git(dir, 'rev-parse', 'HEAD')
}

/** Write or (for null) remove files in the working tree, without staging. */
export function change(dir: string, files: Record<string, string | null>): void {
  const written: Files = {}
  for (const [name, content] of Object.entries(files)) {
    if (content === null) fs.rmSync(path.join(dir, name))
    else written[name] = content
  }
  writeFiles(dir, written)
}
