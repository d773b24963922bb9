import { readFileSync } from 'node:fs'
import path from 'node:path'
import { it } from 'vitest'
import { loadConfig } from '../src/config/config-set.js'
import { Linter } from '../src/linter/linter.js'
import { CORPUS, corpusFiles } from './corpus-files.js'
it('scratch', async () => {
  const config = await loadConfig({ config: { extends: ['postlint:recommended'] } })
  const linter = new Linter({ rules: config.rules })
  const out: string[] = []
  const t0 = performance.now()
  for (const file of corpusFiles()) {
    const text = readFileSync(path.join(CORPUS, file), 'utf8')
    const r = linter.verify(text, { ...config.forFile(file), settings: { asOf: '2026-11-27' } }, file)
    const lines = text.split(/\r?\n/)
    for (const m of r.messages) out.push(`${m.ruleId} ${file}:${m.line}:${m.column} ${m.message} || ${(lines[m.line - 1] ?? '').slice(Math.max(0, m.column - 30), m.column + 50)}`)
  }
  console.log('ms', performance.now() - t0)
  ;(await import('node:fs')).writeFileSync('/tmp/corpus-findings.txt', out.join('\n'))
})
