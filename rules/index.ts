/**
 * Every built-in rule, by id. A rule's id is its file name.
 */
import type { RuleModule } from '../src/types.js'
import noMojibake from './no-mojibake.js'

export const builtinRules: ReadonlyMap<string, RuleModule> = new Map<string, RuleModule>([
  ['no-mojibake', noMojibake as RuleModule],
])
