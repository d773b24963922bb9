/**
 * Errors the CLI turns into one line on stderr and exit code 2.
 */

/** A configuration mistake; the message names the file and the key. */
export class ConfigError extends Error {
  override name = 'ConfigError'
  constructor(
    message: string,
    readonly file: string | null = null,
    readonly key: string | null = null,
    options?: ErrorOptions,
  ) {
    super(file ? `${file}${key ? `: ${key}` : ''}: ${message}` : key ? `${key}: ${message}` : message, options)
  }
}

/** A problem with what the user asked for on the command line or through the API. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A file or path that could not be read or written. */
export class FileError extends Error {
  override name = 'FileError'
}
