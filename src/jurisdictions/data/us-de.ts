/**
 * Delaware: the compensation-history ban (19 Del. C. 709B, 2017) and the
 * pay transparency law of HS 2 for HB 105 (19 Del. C. 709C), recorded now
 * though it applies only from 2027-09-26.
 * Sources: jurisdictions.md section A and the pages cited per law.
 */
import type { Jurisdiction } from '../types.js'

export const US_DE: Jurisdiction = {
  id: 'US-DE',
  name: 'Delaware',
  kind: 'state',
  parent: 'US',
  laws: [
    {
      id: 'US-DE/compensation-history',
      name: 'Compensation history ban (HB 1)',
      citation: '19 Del. C. § 709B',
      sources: [
        'https://ogletree.com/insights/2017-06-26/delaware-follows-suit-joins-number-of-jurisdictions-banning-salary-history-inquiries',
        'https://www.backgroundchecks.com/blog/delaware-bans-employers-from-asking-about-salary-history',
      ],
      effective: '2017-12-14',
      confidence: 'unconfirmed',
      covers: 'All employers in Delaware.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { salaryHistory: true },
      notes: 'Employers may not screen applicants on compensation history or seek it from the applicant or an employer until an offer with compensation is accepted. Civil penalty $1,000 to $5,000 for a first offense, $5,000 to $10,000 after. Unconfirmed: secondary sources only.',
    },
    {
      id: 'US-DE/pay-transparency',
      name: 'Transparency in pay rates, employment, and advancement opportunities (HS 2 for HB 105)',
      citation: '19 Del. C. § 709C',
      sources: [
        'https://www.morganlewis.com/ja/pubs/2025/10/delaware-passes-pay-transparency-law-implications-for-covered-employers',
        'https://www.managease.com/delaware-new-pay-transparency-requirements',
        'https://mondaq.com/unitedstates/employee-rights-labour-relations/1698542/delaware-enacts-new-pay-transparency-law-to-go-into-effect-september-2027',
        'https://app.legiplex.com/de/legislature/2025/2025-r/bills/hb105/draft-2222639?id=2222639',
      ],
      effective: '2027-09-26',
      confidence: 'unconfirmed',
      covers: 'Employers with 26 or more employees, for Delaware-based jobs and for US remote roles offered by Delaware-based employers.',
      remoteReach: true,
      requires: { pay: 'range-or-fixed', benefits: true, otherCompensation: true },
      forbids: { vaguePay: true },
      notes:
        'Signed 2025-09-26; applies two years later. Internal and external job notices must state the hourly or salary compensation or its range (minimum to maximum, set in good faith; the breadth of a range counts against good faith) and a general description of benefits and other compensation; commission jobs say so instead; tipped jobs say so and give the base wage or range; temporary or interim jobs needing an immediate hire are exempt. Written warning, then $500 to $10,000 per violation. Remote reach is limited to Delaware-based employers, which a posting may not show; `remoteReach` is true because the research notes list remote roles as covered. Unconfirmed: the bill text was read on a third-party copy and in law-firm summaries.',
    },
  ],
}
