/**
 * The shared corpus of real postings, for tests and benchmarks.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** The corpus beside the project (`../shared/corpus`), or where POSTLINT_CORPUS points. */
export const CORPUS = process.env['POSTLINT_CORPUS'] ?? path.resolve(import.meta.dirname, '../../shared/corpus')

/** Every posting file of the corpus (paths relative to it), sorted. */
export function corpusFiles(): string[] {
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.(md|html)$/.test(name) && dir !== CORPUS) found.push(path.relative(CORPUS, full))
    }
  }
  if (!existsSync(CORPUS)) throw new Error(`The corpus of real postings is not at ${CORPUS}; set POSTLINT_CORPUS to its folder`)
  walk(CORPUS)
  return found
}
