/**
 * Maryland: the Equal Pay for Equal Work law's wage-history ban (HB 123,
 * 2020) and its wage range, benefits and other compensation rule for
 * postings (Wage Range Transparency Act, 2024-10-01).
 * Sources: jurisdictions.md section A, the Maryland Department of Labor FAQ.
 */
import type { Jurisdiction } from '../types.js'

export const US_MD: Jurisdiction = {
  id: 'US-MD',
  name: 'Maryland',
  kind: 'state',
  parent: 'US',
  laws: [
    {
      id: 'US-MD/wage-history',
      name: 'Wage History and Wage Range (HB 123)',
      citation: 'Md. Code, Lab. & Empl. § 3-304.2',
      sources: [
        'https://www.sterlingcheck.com/resources/compliance-articles/maryland-salary-history-ban-effective-october-1-2020/',
        'https://www.mercer.com/insights/law-and-policy/maryland-prohibits-using-salary-history-in-hiring-pay-decisions/',
        'https://fastdemocracy.com/bill-summary/?billsummary_state=md&billsummary_id=MDB00019090&billsummary_session=2020',
      ],
      effective: '2020-10-01',
      confidence: 'unconfirmed',
      covers: 'All employers in Maryland, regardless of size.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { salaryHistory: true },
      notes: 'Employers may not seek an applicant\'s wage history or rely on it to screen or set pay, and must give the wage range on request; voluntarily shared history may support a higher offer after an initial offer. Up to $300, then up to $600 per applicant for repeat violations. Unconfirmed: read in the Department of Legislative Services fiscal note as copied by a third party and in secondary summaries.',
    },
    {
      id: 'US-MD/wage-range-transparency',
      name: 'Wage Range Transparency Act (SB 525 / HB 649)',
      citation: 'Md. Code, Lab. & Empl. §§ 3-301, 3-304.2',
      sources: [
        'https://dllr.state.md.us/labor/wages/esswagerangefaq.shtml',
        'https://natlawreview.com/article/wage-transparency-job-postings-coming-maryland',
        'https://mondaq.com/unitedstates/employee-rights-labour-relations/1464534/maryland-adopts-pay-transparency-requirements',
        'https://shrm.org/in/topics-tools/employment-law-compliance/maryland-releases-faqs-on-wage-range-transparency-act',
      ],
      effective: '2024-10-01',
      confidence: 'confirmed',
      covers: 'All employers, regardless of size, for positions physically performed at least in part in Maryland; remote jobs whose solicitation seeks Maryland-based workers are covered.',
      remoteReach: 'unclear',
      requires: { pay: 'range', benefits: true, otherCompensation: true },
      forbids: { openEndedPay: true, vaguePay: true },
      notes:
        'Each public or internal posting must include the wage range (minimum and maximum hourly rate or salary set in good faith by pay scale, prior range, comparable positions or budget), a general description of benefits, and any other compensation (Department of Labor FAQ). Postings made on or after 2024-10-01 and reposts are covered; scraped reposts without consent are not the employer\'s responsibility; occasional work in Maryland does not trigger it. A remote job for an out-of-state employer is covered when it advertises for Maryland-based workers, so a remote posting open to anyone is `unclear`. Compliance order, then up to $300, then up to $600 per applicant. SHRM reports the FAQ lets a position without a range list its fixed rate (never "$30+ an hour"); the research notes keep min = max unconfirmed, so `pay` is `range`.',
    },
  ],
}
