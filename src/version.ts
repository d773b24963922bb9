/**
 * postlint's version and home, read from its package.json, wherever this
 * module runs from (sources under test, or the built `dist/`).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

interface PackageInfo {
  name: string
  version: string
  homepage?: string
  root: string
}

function findPackage(): PackageInfo {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    try {
      const data = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageInfo
      if (data.name === 'postlint') return { ...data, root: dir }
    } catch {
      // not here: keep looking
    }
    const parent = path.dirname(dir)
    if (parent === dir) return { name: 'postlint', version: '0.0.0', root: dir }
    dir = parent
  }
}

const info = findPackage()

export const VERSION: string = info.version
/** The folder postlint is installed in (its package.json's). */
export const PACKAGE_ROOT: string = info.root
export const HOMEPAGE = 'https://github.com/postlint/postlint'

/** Where a built-in rule's documentation page is published. */
export function ruleDocsUrl(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/rules/${ruleId}.md`
}
