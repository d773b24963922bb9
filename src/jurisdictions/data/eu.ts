/**
 * European Union: the Pay Transparency Directive (EU) 2023/970, Article 5,
 * to be transposed by 2026-06-07. It binds member states, not employers,
 * and lets the initial pay be given in the vacancy notice, before the
 * interview or otherwise, so the entry requires nothing of the posting
 * itself; it forbids asking for pay history. Member states are children of
 * `EU` (see known-places.ts) with their own entries when national laws are
 * recorded.
 * Sources: jurisdictions.md section B and the pages cited.
 */
import type { Jurisdiction } from '../types.js'

export const EU: Jurisdiction = {
  id: 'EU',
  name: 'European Union',
  kind: 'union',
  laws: [
    {
      id: 'EU/directive-2023-970-art5',
      name: 'Pay Transparency Directive, Article 5 (pay transparency prior to employment)',
      citation: 'Directive (EU) 2023/970, Art. 5',
      sources: [
        'https://leglobal.law/2023/08/23/eu-the-eu-pay-transparency-directive-what-employers-need-to-know/',
        'https://castegnaro.lu/en/nouvelle-directive-europeenne-visant-a-renforcer-legalite-des-remunerations-entre-les-femmes-et-les-hommes-pour-un-meme-travail-ou-un-travail-de-meme-valeur',
        'https://equalpay.sk/eu-2023-970-faqs',
      ],
      effective: '2026-06-07',
      confidence: 'unconfirmed',
      covers: 'Public and private employers in member states, once national law transposes the directive; Article 5 protects applicants.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { salaryHistory: true, genderedTitles: true },
      notes:
        'Applicants have a right to information on the initial pay or its range, based on objective gender-neutral criteria, and on relevant collective-agreement provisions; it may be given in a published vacancy notice, before the interview or otherwise, so `requires.pay` is not set (a posting without pay does not by itself breach Article 5). Employers may not ask applicants about their pay history (Art. 5(2)). Vacancy notices and job titles must be gender-neutral (Art. 5(3)); no field models that. The recorded date is the transposition deadline (7 June 2026 per L&E Global); national laws apply their own dates and details, and transposition status varies. Unconfirmed: the directive text on EUR-Lex was not reached.',
    },
  ],
}
