/**
 * `gitlab`: a GitLab Code Quality report. Each issue's fingerprint is made
 * of the file, the rule, the message and how many identical issues came
 * before it in the file, not the line number, so it stays the same when
 * lines move and GitLab can tell new problems from old ones.
 * https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
 */
import { createHash } from '../builtins.js'
import type { Formatter } from '../types.js'
import { hasLoneSurrogate, relativePath, ruleMeta } from './util.js'

interface CodeQualityIssue {
  type: 'issue'
  check_name: string
  description: string
  categories: string[]
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker'
  fingerprint: string
  location: { path: string; lines: { begin: number; end: number } }
}

/**
 * The MD5 of the key's UTF-8 bytes. UTF-8 would turn every lone surrogate
 * into U+FFFD and make different keys collide, so a key with one is hashed
 * as UTF-16 after a 0xFF byte, which no UTF-8 text contains.
 */
function fingerprint(key: string): string {
  const hash = createHash('md5')
  if (hasLoneSurrogate(key)) hash.update(Buffer.concat([Buffer.from([0xff]), Buffer.from(key, 'utf16le')]))
  else hash.update(key)
  return hash.digest('hex')
}

const gitlab: Formatter = (results, context) => {
  const issues: CodeQualityIssue[] = []
  // Counted over the whole report, so a file that appears in two results still gets unique fingerprints.
  const seen = new Map<string, number>()
  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd)
    for (const message of result.messages) {
      const ruleId = message.ruleId ?? 'postlint'
      const key = `${file}\u0000${ruleId}\u0000${message.message}`
      const occurrence = seen.get(key) ?? 0
      seen.set(key, occurrence + 1)
      const category = ruleMeta(context, ruleId)?.docs?.category
      issues.push({
        type: 'issue',
        check_name: ruleId,
        description: message.message,
        categories: [category === 'hygiene' ? 'Style' : category === 'inclusive-language' ? 'Style' : 'Bug Risk'],
        severity: message.fatal ? 'blocker' : message.severity === 2 ? 'major' : 'minor',
        fingerprint: fingerprint(`${key}\u0000${occurrence}`),
        location: { path: file, lines: { begin: Math.max(1, message.line), end: Math.max(1, message.endLine ?? message.line) } },
      })
    }
  }
  return JSON.stringify(issues, null, 2)
}
export default gitlab
