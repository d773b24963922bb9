/**
 * `--fix` killed at random moments (SIGKILL: no handler runs) while it fixes
 * 1,000 files: every file is then either its old content or its new one,
 * never a mix, never empty. The moments are drawn from a seeded generator
 * (`POSTLINT_KILL_SEED` to change it); most come after the first file was
 * written, so that the kill lands in the middle of the writing.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BIN, MOJIBAKE, ONLY_MOJIBAKE, postlint, removeTempDirs, tempDir } from '../cli/helpers.js'

afterAll(removeTempDirs)

const FILES = 1000
const ROUNDS = 12
const SEED = Number(process.env['POSTLINT_KILL_SEED'] ?? 20_240_601)

/** A small seeded generator (mulberry32), so that a failing run can be replayed. */
function generator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const names = Array.from({ length: FILES }, (_, index) => `posting-${String(index).padStart(4, '0')}.md`)
/** Postings of a few kilobytes with damage to fix near the start and the end. */
const before = names.map((name, index) => `# ${name}\n\n${MOJIBAKE} in team ${index}.\n\n${'We build things that matter, carefully. '.repeat(150)}\n\nIt isnâ€™t far – ${index}.\n`)

function writeAll(dir: string): void {
  for (const [index, name] of names.entries()) fs.writeFileSync(path.join(dir, name), before[index]!)
}

/** Resolve when `check` holds, looking every few milliseconds. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 2))
}

describe('--fix killed with SIGKILL', () => {
  it(`leaves each of ${FILES} files whole: old or new, never a mix or empty`, { timeout: 1_200_000 }, async () => {
    // What the files become when --fix runs to the end.
    const reference = tempDir()
    writeAll(reference)
    expect(await postlint([...ONLY_MOJIBAKE, '--fix', '.'], { cwd: reference })).toEqual({ code: 0, stdout: '', stderr: '' })
    const after = names.map((name) => fs.readFileSync(path.join(reference, name), 'utf8'))
    for (const [index] of names.entries()) expect(after[index]).not.toBe(before[index])

    const random = generator(SEED)
    const dir = tempDir()
    const temporary = /^\.posting-\d{4}\.md\.postlint-\d+-[0-9a-f]{8}\.tmp$/
    const outcomes: Array<{ round: number; fixed: number }> = []
    for (let round = 0; round < ROUNDS; round++) {
      writeAll(dir)
      for (const name of fs.readdirSync(dir)) if (temporary.test(name)) fs.rmSync(path.join(dir, name))
      const child = spawn(process.execPath, [BIN, ...ONLY_MOJIBAKE, '--fix', '.'], { cwd: dir, stdio: 'ignore' })
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
      // A few rounds kill early, while the files are still being read; the others once writing has begun.
      if (round % 4 === 0) await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 400)))
      else {
        const first = path.join(dir, names[0]!)
        await Promise.race([until(() => fs.readFileSync(first, 'utf8') !== before[0]), exited])
        await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 300)))
      }
      child.kill('SIGKILL')
      await exited

      let fixed = 0
      for (const [index, name] of names.entries()) {
        const content = fs.readFileSync(path.join(dir, name), 'utf8')
        const where = `round ${round} (seed ${SEED}), ${name}`
        expect(content === before[index] || content === after[index], `${where} is neither its old nor its new content (${content.length} characters)`).toBe(true)
        if (content === after[index]) fixed++
      }
      // Nothing else is left behind but, at worst, the temporary file of the write that was cut short.
      const others = fs.readdirSync(dir).filter((name) => !names.includes(name))
      expect(others.filter((name) => !temporary.test(name)), `round ${round}`).toEqual([])
      outcomes.push({ round, fixed })
    }
    // The kills came at different points of the run: not all before the first write, not all after the last.
    expect(outcomes.some(({ fixed }) => fixed > 0 && fixed < FILES), JSON.stringify(outcomes)).toBe(true)
  })
})
