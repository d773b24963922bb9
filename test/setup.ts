// The RuleTester declares its cases with vitest's describe/it.
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { RuleTester } from '../src/rule-tester.js'

RuleTester.describe = describe
RuleTester.it = it
RuleTester.itOnly = it.only

// Property tests draw from a fixed seed, so that every run checks the same cases and a failure
// can be replayed; POSTLINT_FUZZ_SEED picks another (fast-check prints the seed of a failure).
fc.configureGlobal({ seed: Number(process.env['POSTLINT_FUZZ_SEED'] ?? 20_240_601) })
