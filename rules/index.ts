/**
 * Every built-in rule, by id. A rule's id is its file name.
 */
import type { RuleModule } from '../src/types.js'
import accommodationContact from './accommodation-contact.js'
import aiUseDisclosure from './ai-use-disclosure.js'
import applicationDeadline from './application-deadline.js'
import benefitsDescription from './benefits-description.js'
import eeoStatement from './eeo-statement.js'
import fairChanceStatement from './fair-chance-statement.js'
import noAtsArtifacts from './no-ats-artifacts.js'
import noDanglingLinkText from './no-dangling-link-text.js'
import noMissingApostrophes from './no-missing-apostrophes.js'
import noMojibake from './no-mojibake.js'
import otherCompensation from './other-compensation.js'
import payRange from './pay-range.js'
import postingLocation from './posting-location.js'
import vacancyStatus from './vacancy-status.js'
import validEmail from './valid-email.js'
import workEligibility from './work-eligibility.js'

export const builtinRules: ReadonlyMap<string, RuleModule> = new Map<string, RuleModule>([
  ['accommodation-contact', accommodationContact as RuleModule],
  ['ai-use-disclosure', aiUseDisclosure as RuleModule],
  ['application-deadline', applicationDeadline as RuleModule],
  ['benefits-description', benefitsDescription as RuleModule],
  ['eeo-statement', eeoStatement as RuleModule],
  ['fair-chance-statement', fairChanceStatement as RuleModule],
  ['no-ats-artifacts', noAtsArtifacts as RuleModule],
  ['no-dangling-link-text', noDanglingLinkText as RuleModule],
  ['no-missing-apostrophes', noMissingApostrophes as RuleModule],
  ['no-mojibake', noMojibake as RuleModule],
  ['other-compensation', otherCompensation as RuleModule],
  ['pay-range', payRange as RuleModule],
  ['posting-location', postingLocation as RuleModule],
  ['vacancy-status', vacancyStatus as RuleModule],
  ['valid-email', validEmail as RuleModule],
  ['work-eligibility', workEligibility as RuleModule],
])
