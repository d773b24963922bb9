/**
 * District of Columbia: the Wage Transparency Omnibus Amendment Act of
 * 2023 (from 2024-06-30): minimum and maximum pay in every job listing,
 * healthcare benefits disclosed before the first interview, and no
 * wage-history screening.
 * Sources: jurisdictions.md section A, code.dccouncil.gov.
 */
import type { Jurisdiction } from '../types.js'

export const US_DC: Jurisdiction = {
  id: 'US-DC',
  name: 'District of Columbia',
  kind: 'district',
  parent: 'US',
  laws: [
    {
      id: 'US-DC/wage-transparency',
      name: 'Wage Transparency Omnibus Amendment Act of 2023',
      citation: 'D.C. Code § 32-1453.01 (D.C. Act 25-367)',
      sources: [
        'https://code.dccouncil.gov/us/dc/council/code/sections/32-1453.01',
        'https://www.littler.com/publication-press/publication/pay-transparency-arrives-nations-capital',
        'https://www.dwt.com/blogs/employment-labor-and-benefits/2024/01/new-pay-transparency-law-for-dc-employers',
        'https://shawe.com/eupdate/new-pay-transparency-requirements-coming-to-d-c/',
      ],
      effective: '2024-06-30',
      confidence: 'confirmed',
      covers: 'Employers with at least one employee in the District, except the District and federal governments.',
      remoteReach: 'unclear',
      requires: { pay: 'range' },
      forbids: { openEndedPay: true, salaryHistory: true },
      notes:
        'Employers must provide the minimum and maximum projected salary or hourly pay in all job listings and position descriptions, from the lowest to the highest the employer in good faith believes it would pay, and disclose the existence of healthcare benefits before the first interview (32-1453.01(a)); the healthcare disclosure may be in the posting but need not be, so `benefits` is not required. The Act also bars screening on wage history. Attorney General enforcement, no private right of action; penalty amounts unconfirmed. Effective 2024-06-30 after congressional review (secondary sources). Whether min = max passes is unconfirmed (research notes).',
    },
  ],
}
