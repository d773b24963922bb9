/**
 * postlint's Node API.
 *
 * ```js
 * import { lintFiles, getFormatter } from 'postlint'
 * const results = await lintFiles(['postings/'])
 * const format = await getFormatter('stylish')
 * console.log(await format(results))
 * ```
 */
export { lintText, lintFiles, fixText, isRuleCrash } from './api/lint.js'
export type { LintOptions, LintTextOptions, LintFilesOptions, LintStats, FixTextResult } from './api/lint.js'
export { readBaseline, writeBaseline, applyBaseline, updateBaseline } from './api/baseline.js'
export type { Baseline, BaselineEntry, BaselineOutcome, BaselineOptions } from './api/baseline.js'
export { loadConfig, ConfigSet, DEFAULT_CONFIG } from './config/config-set.js'
export type { LoadConfigOptions, PrintedConfig } from './config/config-set.js'
export { ConfigError, UsageError, FileError } from './config/errors.js'
export { getFormatter, formatterNames } from './formatters/index.js'
export { defineRule } from './define-rule.js'
export { builtinRules } from '../rules/index.js'
export { Linter } from './linter/linter.js'
export type { LinterConfig, RuleSetting, VerifyOutput, FixOutput } from './linter/linter.js'
export { SourceCode } from './linter/source-code.js'
export type { Heading, ProseText } from './linter/source-code.js'
export type { PostingFacts, EmailFact } from './linter/posting.js'
export type { Comment, Link, FrontMatter, DocumentFormat } from './linter/document.js'
export { VERSION } from './version.js'
export type * from './types.js'
