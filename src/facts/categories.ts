/**
 * How messages name the protected characteristics an equal-opportunity
 * statement may list.
 */
import type { ProtectedCategory } from './types.js'

export const CATEGORY_NAMES: Record<ProtectedCategory, string> = {
  race: 'race',
  color: 'color',
  religion: 'religion',
  sex: 'sex',
  sexualOrientation: 'sexual orientation',
  genderIdentity: 'gender identity',
  nationalOrigin: 'national origin',
  age: 'age',
  disability: 'disability',
  protectedVeteran: 'protected veteran status',
  geneticInformation: 'genetic information',
  pregnancy: 'pregnancy',
  maritalStatus: 'marital status',
  citizenship: 'citizenship',
  ancestry: 'ancestry',
  creed: 'creed',
  militaryStatus: 'military status',
  politicalAffiliation: 'political affiliation',
}

export const PROTECTED_CATEGORIES = Object.keys(CATEGORY_NAMES) as ProtectedCategory[]
