import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a build script, in JavaScript.
import { GENERATED, generate } from '../../scripts/generate-validators.mjs'
import { PRECOMPILED } from '../../src/config/validators.generated.js'
import { configSchema, optionsSchemaOf, validateConfigShape } from '../../src/config/validate.js'
import { builtinRules } from '../../rules/index.js'
import { ConfigError } from '../../src/config/errors.js'

describe('validators compiled ahead', () => {
  it('are up to date with the schemas (run `npm run build && node scripts/generate-validators.mjs && npm run build` when not)', async () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(await generate())
  })

  it('cover the configuration schema and every built-in rule’s options', () => {
    expect(PRECOMPILED.has(JSON.stringify(configSchema))).toBe(true)
    for (const [id, rule] of builtinRules) {
      if (rule.meta.schema === false || rule.meta.schema === undefined) continue
      expect(PRECOMPILED.has(JSON.stringify(optionsSchemaOf(rule.meta.schema))), id).toBe(true)
    }
  })

  it('report what ajv reports', () => {
    expect(() => validateConfigShape({ rules: {}, extend: ['postlint:recommended'] }, 'postlint.config.json')).toThrow(ConfigError)
    expect(() => validateConfigShape({ rules: {}, extend: ['postlint:recommended'] }, 'postlint.config.json')).toThrow(/unknown property 'extend'/)
    expect(() => validateConfigShape({ ignores: 'drafts/' }, null)).toThrow('ignores: must be array')
  })
})
