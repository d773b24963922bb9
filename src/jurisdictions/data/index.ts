/**
 * Every jurisdiction entry, one file each for places with posting laws and
 * `known-places.ts` for those without. The registry (`../index.ts`) looks
 * them up by id; `test/jurisdictions/data.test.ts` checks their shape.
 */
import type { Jurisdiction } from '../types.js'
import { US } from './us.js'
import { US_FEDERAL_CONTRACTOR } from './us-federal-contractor.js'
import { US_CA } from './us-ca.js'
import { US_CA_LA } from './us-ca-la.js'
import { US_CA_LA_COUNTY } from './us-ca-la-county.js'
import { US_CA_SF } from './us-ca-sf.js'
import { US_CO } from './us-co.js'
import { US_DC } from './us-dc.js'
import { US_DE } from './us-de.js'
import { US_HI } from './us-hi.js'
import { US_IL } from './us-il.js'
import { US_MA } from './us-ma.js'
import { US_MD } from './us-md.js'
import { US_MN } from './us-mn.js'
import { US_NJ } from './us-nj.js'
import { US_NJ_JC } from './us-nj-jc.js'
import { US_NY } from './us-ny.js'
import { US_NY_NYC } from './us-ny-nyc.js'
import { US_NY_WESTCHESTER } from './us-ny-westchester.js'
import { US_OH_CLEVELAND } from './us-oh-cleveland.js'
import { US_OH_COLUMBUS } from './us-oh-columbus.js'
import { US_PA_PHL } from './us-pa-phl.js'
import { US_VT } from './us-vt.js'
import { US_WA } from './us-wa.js'
import { CA } from './ca.js'
import { CA_BC } from './ca-bc.js'
import { CA_ON } from './ca-on.js'
import { CA_PE } from './ca-pe.js'
import { EU } from './eu.js'
import { GB } from './gb.js'
import { KNOWN_PLACES } from './known-places.js'

export const JURISDICTIONS: readonly Jurisdiction[] = [
  US,
  US_FEDERAL_CONTRACTOR,
  US_CA,
  US_CA_LA,
  US_CA_LA_COUNTY,
  US_CA_SF,
  US_CO,
  US_DC,
  US_DE,
  US_HI,
  US_IL,
  US_MA,
  US_MD,
  US_MN,
  US_NJ,
  US_NJ_JC,
  US_NY,
  US_NY_NYC,
  US_NY_WESTCHESTER,
  US_OH_CLEVELAND,
  US_OH_COLUMBUS,
  US_PA_PHL,
  US_VT,
  US_WA,
  CA,
  CA_BC,
  CA_ON,
  CA_PE,
  EU,
  GB,
  ...KNOWN_PLACES,
]
