/**
 * Colorado: the Equal Pay for Equal Work Act's posting rules, one entry per
 * version (2021 text; SB23-105 from 2024 adding the application deadline),
 * and the Job Application Fairness Act's ban on age questions from
 * 2024-07-01. The salary-history ban is part of the same Act, so it sits in
 * the EPEWA entries.
 * Sources: jurisdictions.md section A, 7 CCR 1103-18, leg.colorado.gov.
 */
import type { Jurisdiction } from '../types.js'

const EPEWA_COVERS = 'Employers with at least one employee in Colorado, for jobs performed in Colorado or remote jobs that could be done from Colorado.'

export const US_CO: Jurisdiction = {
  id: 'US-CO',
  name: 'Colorado',
  kind: 'state',
  parent: 'US',
  laws: [
    {
      id: 'US-CO/epewa-2021',
      name: 'Equal Pay for Equal Work Act, Part 2 (2021 text)',
      citation: 'C.R.S. § 8-5-201 (SB19-085); 7 CCR 1103-13',
      sources: [
        'https://law.cornell.edu/regulations/colorado/7-CCR-1103-13-1',
        'https://workplace-dynamics.com/News-Updates.php?pressID=293',
        'https://www.hurth.com/blog/equal-pay-for-equal-work-act',
        'https://wshblaw.com/news-colorado-employment-law-updates',
      ],
      effective: '2021-01-01',
      ends: '2023-12-31',
      confidence: 'unconfirmed',
      covers: EPEWA_COVERS,
      remoteReach: true,
      requires: { pay: 'range-or-fixed', benefits: true, otherCompensation: true },
      forbids: { openEndedPay: true, vaguePay: true, salaryHistory: true },
      notes:
        'Each posting had to disclose the hourly or salary compensation or its range, and a general description of all benefits and other compensation (SB19-085 as quoted by secondary sources; the Equal Pay Transparency Rules 7 CCR 1103-13 were found but their posting rule was not read, hence unconfirmed). The same Act bars seeking or relying on wage-rate history. Remote jobs were covered unless tied to a non-Colorado worksite (CDLE INFO #9). Replaced by the SB23-105 text on 2024-01-01.',
    },
    {
      id: 'US-CO/epewa-2024',
      name: 'Equal Pay for Equal Work Act, Part 2, as amended by SB23-105 (Ensure Equal Pay for Equal Work)',
      citation: 'C.R.S. § 8-5-201(2); 7 CCR 1103-18, Rule 11',
      sources: [
        'https://regulations.justia.com/states/colorado/1100/1101-d-1/rule-7-ccr-1103-18/rule-7-ccr-1103-18-11',
        'https://coloradosos.gov/CCR/eDocketDetails.do?trackingNum=2024-00129',
        'https://open.pluralpolicy.com/co/bills/2023A/SB23-105',
        'https://www.workforcebulletin.com/colorado-releases-proposed-updates-to-equal-pay-act-regulations',
        'https://ezel.ai/labor-guidance/co/info-9a',
      ],
      effective: '2024-01-01',
      confidence: 'confirmed',
      covers: EPEWA_COVERS,
      remoteReach: true,
      requires: { pay: 'range-or-fixed', benefits: true, otherCompensation: true, applicationDeadline: true },
      forbids: { openEndedPay: true, vaguePay: true, salaryHistory: true },
      notes:
        'Rule 11.1.1 (7 CCR 1103-18): each posting, internal or external, must include (A) the hourly rate or salary or a range (Rule 11.1.2: lowest to highest the employer in good faith might pay), (B) a general description of bonuses, commissions or other compensation, (C) a general description of all benefits (health care, retirement, paid days off, other benefits reported for tax purposes; not minor perks), (D) the application deadline (Rule 11.1.3; "accepting applications on an ongoing basis" per the research notes), and (E) how to apply. SB23-105 effective 2024-01-01 per its enacted summary. Open-ended figures ("$30k and up", "up to $60k") fail. Penalty $500 to $10,000 per posting (research notes, employerscouncil.org). Internal postings: name the selected candidate within 30 days of start. The POWR Act (SB23-172) does not govern postings.',
    },
    {
      id: 'US-CO/jafa',
      name: 'Job Application Fairness Act',
      citation: 'C.R.S. § 8-2-131 (SB23-058); 7 CCR 1103-18',
      sources: [
        'https://leg.colorado.gov/bills/sb23-058',
        'https://davisgraham.com/news-events/dgs-legal-alert-job-application-fairness-act-colorado-senate-bill-23-058/',
        'https://www.wga.com/news/colorado-enacts-job-application-fairness-act/',
      ],
      effective: '2024-07-01',
      confidence: 'confirmed',
      covers: 'Colorado employers, on initial employment applications.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { ageQuestions: true },
      notes:
        'From 2024-07-01 an employer may not ask for age, date of birth, or dates of attendance at or graduation from an educational institution on an initial application; it may ask applicants to verify they meet an age requirement set by a safety-related bona fide occupational qualification or by law, and may request transcripts or certificates if it tells applicants they may redact such dates. CDLE enforces: warning and order to comply within 15 business days, then up to $1,000, then up to $2,500; no private right of action. Whether it reaches out-of-state employers hiring remote Coloradans is not stated in the sources read.',
    },
  ],
}
