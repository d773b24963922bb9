/**
 * Every regular expression postlint's sources write: the literals, read from
 * the TypeScript syntax trees of `src/**` and `rules/**`, and the places that
 * build one at run time (`new RegExp(…)`, `RegExp(…)`), for the ReDoS test.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { globSync } from 'tinyglobby'
import ts from 'typescript'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))

export interface RegexLiteral {
  /** `file:line`, the file relative to the package root. */
  where: string
  source: string
  flags: string
}

export interface RegexConstruction {
  file: string
  /** First and last line of the `new RegExp(…)` expression (1-based). */
  line: number
  endLine: number
  text: string
}

/** The TypeScript files of `src/` and `rules/`, relative to the package root, sorted. */
export function sourceFiles(): string[] {
  return globSync(['src/**/*.ts', 'rules/**/*.ts'], { cwd: ROOT, ignore: ['**/*.d.ts'] }).sort()
}

function isRegExpName(node: ts.Expression): boolean {
  return (ts.isIdentifier(node) && node.text === 'RegExp') || (ts.isPropertyAccessExpression(node) && node.name.text === 'RegExp' && ts.isIdentifier(node.expression) && node.expression.text === 'globalThis')
}

/** The regular expression literals and RegExp constructions of the sources. */
export function collectRegexes(files: readonly string[] = sourceFiles()): { literals: RegexLiteral[]; constructions: RegexConstruction[] } {
  const literals: RegexLiteral[] = []
  const constructions: RegexConstruction[] = []
  for (const file of files) {
    const sourceFile = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true)
    const lineOf = (position: number): number => sourceFile.getLineAndCharacterOfPosition(position).line + 1
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as ts.RegularExpressionLiteral).text
        const slash = text.lastIndexOf('/')
        literals.push({ where: `${file}:${lineOf(node.getStart(sourceFile))}`, source: text.slice(1, slash), flags: text.slice(slash + 1) })
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpName(node.expression)) {
        constructions.push({ file, line: lineOf(node.getStart(sourceFile)), endLine: lineOf(node.getEnd()), text: node.getText(sourceFile) })
      }
      ts.forEachChild(node, visit)
    }
    visit(sourceFile)
  }
  return { literals, constructions }
}
