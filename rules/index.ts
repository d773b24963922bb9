/**
 * Every built-in rule, by id. A rule's id is its file name.
 */
import type { RuleModule } from '../src/types.js'
import noAtsArtifacts from './no-ats-artifacts.js'
import noDanglingLinkText from './no-dangling-link-text.js'
import noMissingApostrophes from './no-missing-apostrophes.js'
import noMojibake from './no-mojibake.js'
import validEmail from './valid-email.js'

export const builtinRules: ReadonlyMap<string, RuleModule> = new Map<string, RuleModule>([
  ['no-ats-artifacts', noAtsArtifacts as RuleModule],
  ['no-dangling-link-text', noDanglingLinkText as RuleModule],
  ['no-missing-apostrophes', noMissingApostrophes as RuleModule],
  ['no-mojibake', noMojibake as RuleModule],
  ['valid-email', validEmail as RuleModule],
])
