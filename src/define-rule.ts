/**
 * `defineRule` gives a rule object its types, so message ids and options are
 * checked where the rule is written.
 */
import type { RuleModule } from './types.js'

export function defineRule<MessageIds extends string, Options extends readonly unknown[] = []>(
  rule: RuleModule<MessageIds, Options>,
): RuleModule<MessageIds, Options> {
  return rule
}
