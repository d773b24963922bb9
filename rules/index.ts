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
import genderCodedLanguage from './gender-coded-language.js'
import genderNeutralTitle from './gender-neutral-title.js'
import hypeJargon from './hype-jargon.js'
import inclusiveLanguage from './inclusive-language.js'
import noAgePreference from './no-age-preference.js'
import noAtsArtifacts from './no-ats-artifacts.js'
import noCanadianExperience from './no-canadian-experience.js'
import noCitizenshipRequirement from './no-citizenship-requirement.js'
import noCriminalHistoryScreen from './no-criminal-history-screen.js'
import noDanglingLinkText from './no-dangling-link-text.js'
import noMissingApostrophes from './no-missing-apostrophes.js'
import noMojibake from './no-mojibake.js'
import noProtectedPreference from './no-protected-preference.js'
import noSalaryHistory from './no-salary-history.js'
import otherCompensation from './other-compensation.js'
import payRange from './pay-range.js'
import postingLocation from './posting-location.js'
import profanity from './profanity.js'
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
  ['gender-coded-language', genderCodedLanguage as RuleModule],
  ['gender-neutral-title', genderNeutralTitle as RuleModule],
  ['hype-jargon', hypeJargon as RuleModule],
  ['inclusive-language', inclusiveLanguage as RuleModule],
  ['no-age-preference', noAgePreference as RuleModule],
  ['no-ats-artifacts', noAtsArtifacts as RuleModule],
  ['no-canadian-experience', noCanadianExperience as RuleModule],
  ['no-citizenship-requirement', noCitizenshipRequirement as RuleModule],
  ['no-criminal-history-screen', noCriminalHistoryScreen as RuleModule],
  ['no-dangling-link-text', noDanglingLinkText as RuleModule],
  ['no-missing-apostrophes', noMissingApostrophes as RuleModule],
  ['no-mojibake', noMojibake as RuleModule],
  ['no-protected-preference', noProtectedPreference as RuleModule],
  ['no-salary-history', noSalaryHistory as RuleModule],
  ['other-compensation', otherCompensation as RuleModule],
  ['pay-range', payRange as RuleModule],
  ['posting-location', postingLocation as RuleModule],
  ['profanity', profanity as RuleModule],
  ['vacancy-status', vacancyStatus as RuleModule],
  ['valid-email', validEmail as RuleModule],
  ['work-eligibility', workEligibility as RuleModule],
])
