/**
 * Where wording rules stay silent: inside the statements the law asks for
 * (an equal-opportunity statement must name "sexual orientation",
 * "disability", "protected veteran status"; a fair-chance statement speaks of
 * "criminal histories"), inside accommodation and outreach statements
 * ("we encourage women and people of color to apply").
 */
import type { Range } from '../types.js'
import type { PostingFacts } from '../linter/posting.js'
import type { StatementType } from './types.js'

/** The statements whose wording is the law's, or an invitation, not an exclusion. */
export const PROTECTED_STATEMENTS: readonly StatementType[] = ['eeo', 'fairChance', 'accommodation', 'outreach']

/** The statement (of the given types) a range lies in, if any. */
export function statementAround(posting: PostingFacts, range: Range, types: readonly StatementType[] = PROTECTED_STATEMENTS): StatementType | undefined {
  for (const statement of posting.statements) {
    if (!types.includes(statement.type)) continue
    if (statement.range[0] <= range[0] && range[1] <= statement.range[1]) return statement.type
  }
  return undefined
}
