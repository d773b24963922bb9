/**
 * Import a module of the user's (a configuration file, a plugin, a
 * formatter) by its URL. Every such import goes through here: the command's
 * script bundle cannot import ES modules itself when V8 has compiled it from
 * the code cache, so the bundle puts in its place a call to the import that
 * src/cli/start.ts hands it (see scripts/bundle.mjs).
 */
export function importModule(url: string): Promise<unknown> {
  return import(url)
}
