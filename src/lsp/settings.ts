/**
 * The server's settings, from the editor: what the client sends at start-up
 * (`initializationOptions`), in `workspace/didChangeConfiguration`, or when
 * asked through `workspace/configuration` (section `postlint`, per
 * document). Values of the wrong type are left out and named in the log.
 */
import type { RuleEntry } from '../types.js'

export interface ServerSettings {
  /** Lint documents at all (default true). */
  enable: boolean
  /** A configuration file to use instead of looking for one (relative to the workspace folder). */
  configFile: string | null
  /** Rules set over the configuration, as `--rule` sets them: `{ "valid-email": "off" }`. */
  rules: Record<string, RuleEntry>
}

export interface InitializationOptions {
  /** Milliseconds to wait after an edit before linting (default {@link DEFAULT_DEBOUNCE}); 0 lints at once. */
  debounce: number
  /** Settings given at start-up, for clients that have no other way to send them. */
  settings: Partial<ServerSettings>
}

export const DEFAULT_DEBOUNCE = 150

export const DEFAULT_SETTINGS: Readonly<ServerSettings> = Object.freeze({ enable: true, configFile: null, rules: {} })

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The valid settings in `value` (a `postlint` section, or an object holding one), and what was left out. */
export function readSettings(value: unknown): { settings: Partial<ServerSettings>; problems: string[] } {
  const settings: Partial<ServerSettings> = {}
  const problems: string[] = []
  if (value === undefined || value === null) return { settings, problems }
  const section = isObject(value) && isObject(value['postlint']) ? value['postlint'] : value
  if (!isObject(section)) return { settings, problems: ['the postlint settings are not an object'] }
  if ('enable' in section) {
    if (typeof section['enable'] === 'boolean') settings.enable = section['enable']
    else problems.push('postlint.enable must be true or false')
  }
  if ('configFile' in section) {
    const file = section['configFile']
    if (file === null || (typeof file === 'string' && file.trim() === '')) settings.configFile = null
    else if (typeof file === 'string') settings.configFile = file
    else problems.push('postlint.configFile must be a path')
  }
  if ('rules' in section) {
    if (isObject(section['rules'])) settings.rules = section['rules'] as Record<string, RuleEntry>
    else if (section['rules'] !== null) problems.push('postlint.rules must be an object of rule ids and severities')
  }
  return { settings, problems }
}

/** Settings applied in order: defaults, then each of `layers`. */
export function mergeSettings(...layers: ReadonlyArray<Partial<ServerSettings>>): ServerSettings {
  return Object.assign({ ...DEFAULT_SETTINGS, rules: {} }, ...layers) as ServerSettings
}

/** The start-up options, with what was left out. */
export function readInitializationOptions(value: unknown): { options: InitializationOptions; problems: string[] } {
  const problems: string[] = []
  let debounce = DEFAULT_DEBOUNCE
  if (isObject(value) && 'debounce' in value) {
    const raw = value['debounce']
    if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) debounce = raw
    else problems.push('initializationOptions.debounce must be a number of milliseconds, 0 or more')
  }
  const { settings, problems: settingProblems } = readSettings(isObject(value) ? (value['settings'] ?? stripDebounce(value)) : undefined)
  return { options: { debounce, settings }, problems: [...problems, ...settingProblems] }
}

/** The initialization options minus `debounce`, read as settings (Helix sends its `config` table this way). */
function stripDebounce(value: Record<string, unknown>): Record<string, unknown> | undefined {
  const { debounce: _debounce, ...rest } = value
  return Object.keys(rest).length > 0 ? rest : undefined
}
