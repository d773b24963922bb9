/**
 * Philadelphia: the Fair Criminal Record Screening Standards (Philadelphia
 * Code chapter 9-3500) as amended by Bill 150815, from 2016-03-14: no
 * pre-offer reference to criminal records or background checks in hiring
 * materials.
 * Sources: jurisdictions.md section D and the pages cited.
 */
import type { Jurisdiction } from '../types.js'

export const US_PA_PHL: Jurisdiction = {
  id: 'US-PA-PHL',
  name: 'Philadelphia',
  kind: 'city',
  parent: 'US-PA',
  laws: [
    {
      id: 'US-PA-PHL/fair-criminal-record-screening',
      name: 'Fair Criminal Record Screening Standards',
      citation: 'Philadelphia Code chapter 9-3500 (Bill 150815)',
      sources: [
        'https://codelibrary.amlegal.com/codes/philadelphia/latest/philadelphia_pa/0-0-0-280155',
        'https://phila.legistar.com/LegislationDetail.aspx?From=RSS&ID=2506577&GUID=DA9B300A-625B-4B6C-B5B8-6CFD0A321FBF&FullText=1',
        'https://backgroundchecks.com/blog/philadelphia-toughens-its-ban-the-box-ordinance',
        'https://scherzer.co/educational/philadelphia-expands-its-ban-the-box-ordinance',
      ],
      effective: '2016-03-14',
      confidence: 'unconfirmed',
      covers: 'Public and private employers with one or more employees in Philadelphia.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { criminalHistory: 'any' },
      notes:
        'Employers may not ask about criminal convictions before a conditional offer, nor ask whether an applicant is willing to submit to a background check; employment materials may not refer to it before an offer (Bill 150815, signed 2015-12-15, in effect on or about 2016-03-14). Later amendments (Bill 200479, 2021) extend it to independent contractors and gig workers. Unconfirmed: the Code sections read do not include the advertising rule, which comes from secondary summaries.',
    },
  ],
}
