/**
 * `json`: the results as ESLint's JSON formatter prints them.
 */
import type { Formatter } from '../types.js'

const json: Formatter = (results) => JSON.stringify(results)
export default json
