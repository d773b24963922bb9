/**
 * Vermont: the salary-history ban (21 V.S.A. 495m, 2018) and the
 * compensation disclosure in job advertisements (Act 155, 21 V.S.A. 495p,
 * 2025-07-01).
 * Sources: jurisdictions.md section A, legislature.vermont.gov.
 */
import type { Jurisdiction } from '../types.js'

export const US_VT: Jurisdiction = {
  id: 'US-VT',
  name: 'Vermont',
  kind: 'state',
  parent: 'US',
  laws: [
    {
      id: 'US-VT/salary-history',
      name: 'Salary history; employment applications',
      citation: '21 V.S.A. § 495m',
      sources: [
        'https://lawserver.com/law/state/vermont/vt-statutes/vermont_statutes_title_21_495m',
        'https://www.jacksonlewis.com/publication/vermont-bans-inquiries-job-applicants-salary-and-benefit-history',
      ],
      effective: '2018-07-01',
      confidence: 'unconfirmed',
      covers: 'Employers with one or more individuals performing services in Vermont.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { salaryHistory: true },
      notes: 'An employer may not inquire about a prospective employee\'s current or past compensation, require it to meet criteria, or decide whom to interview on it; asking about expectations is allowed. Unconfirmed: statute text read on a third-party copy; effective date (Act 126 of 2018) per secondary sources.',
    },
    {
      id: 'US-VT/act-155',
      name: 'Disclosure of compensation to prospective employees (Act 155)',
      citation: '21 V.S.A. § 495p',
      sources: [
        'https://legislature.vermont.gov/statutes/section/21/005/00495p',
        'https://www.nfib.com/news/news/vermont-job-posting-transparency-law-takes-effect',
        'https://taxnews.ey.com/news/2024-1579-vermont-law-requires-salary-information-on-job-advertisements-starting-july-1-2025',
        'https://sheeheyvt.com/state-law-changes-for-vermont-employers',
      ],
      effective: '2025-07-01',
      confidence: 'confirmed',
      covers: 'Employers with 5 or more employees, at least one in Vermont, for jobs physically located in Vermont or remote jobs done predominantly for a Vermont office or work location.',
      remoteReach: false,
      requires: { pay: 'range-or-fixed' },
      forbids: { openEndedPay: true, vaguePay: true },
      notes:
        'Any advertisement of a Vermont job opening must include the compensation or range of compensation (good-faith minimum and maximum annual salary or hourly wage); commission jobs must say so instead; tipped jobs must say so and give the base wage or base-wage range (495p(a)). General "we are hiring" announcements and spoken ads are excluded. Paying outside the range is allowed for reasons outside the employer\'s control. Enforced by the Attorney General; penalty amounts unconfirmed (research notes). Remote jobs reach Vermont only when done mainly for a Vermont office, so a remote posting open to anyone does not by itself bring this law in.',
    },
  ],
}
