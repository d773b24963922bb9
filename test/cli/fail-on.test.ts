// --fail-on error|warning: the readable form of "no warnings allowed".
import { afterAll, describe, expect, it } from 'vitest'
import { expectOneLineFailure, MOJIBAKE, MOJIBAKE_MESSAGE, ONLY_MOJIBAKE, postlint, removeTempDirs, tempDir } from './helpers.js'

afterAll(removeTempDirs)

const dir = tempDir({ 'clean.md': 'A clean posting.\n', 'damaged.md': `${MOJIBAKE}.\n` })
const WARN = [...ONLY_MOJIBAKE, '--rule', 'no-mojibake: warn']

describe.concurrent('--fail-on', () => {
  it('error (the default) fails on errors only', async () => {
    const warnings = await postlint([...WARN, '--fail-on', 'error', 'damaged.md'], { cwd: dir })
    expect({ code: warnings.code, stderr: warnings.stderr }).toEqual({ code: 0, stderr: '' })
    expect(warnings.stdout).toContain(`1:3  warning  ${MOJIBAKE_MESSAGE}  no-mojibake`)
    expect((await postlint([...ONLY_MOJIBAKE, '--fail-on', 'error', 'damaged.md'], { cwd: dir })).code).toBe(1)
  })

  it('warning fails on any warning, as --max-warnings 0 does, with the same line on stderr', async () => {
    const failOn = await postlint([...WARN, '--fail-on', 'warning', 'damaged.md'], { cwd: dir })
    const maxWarnings = await postlint([...WARN, '--max-warnings', '0', 'damaged.md'], { cwd: dir })
    expect(failOn).toEqual(maxWarnings)
    expect(failOn.code).toBe(1)
    expect(failOn.stderr).toBe('postlint found too many warnings (maximum: 0).\n')
    expect(await postlint([...WARN, '--fail-on', 'warning', 'clean.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('warning counts the warnings --quiet hides, and errors still fail', async () => {
    expect(await postlint([...WARN, '--fail-on', 'warning', '--quiet', 'damaged.md'], { cwd: dir })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'postlint found too many warnings (maximum: 0).\n',
    })
    expect((await postlint([...ONLY_MOJIBAKE, '--fail-on', 'warning', 'damaged.md'], { cwd: dir })).code).toBe(1)
  })

  it('anything but error or warning, or warning with --max-warnings, is a usage error', async () => {
    expectOneLineFailure(await postlint(['--fail-on', 'warn', 'clean.md'], { cwd: dir }), "--fail-on must be error or warning, got 'warn'")
    expectOneLineFailure(
      await postlint(['--fail-on', 'warning', '--max-warnings', '3', 'clean.md'], { cwd: dir }),
      '--fail-on warning and --max-warnings cannot be used together (--fail-on warning is --max-warnings 0)',
    )
  })
})
