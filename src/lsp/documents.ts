/**
 * Which documents the server lints and as what: the format comes from the
 * editor's language id (`markdown`, `html`, `plaintext`, and the names
 * other editors use), else from the file extension; a document of another
 * language is left alone. A document that is not a file on disk (an unsaved
 * buffer) is linted from memory as if it lay in its workspace folder.
 */
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { formatOf, SUPPORTED_EXTENSIONS, type DocumentFormat } from '../linter/document.js'

const LANGUAGE_FORMATS: Readonly<Record<string, DocumentFormat>> = {
  markdown: 'markdown',
  gfm: 'markdown',
  md: 'markdown',
  html: 'html',
  xhtml: 'html',
  mhtml: 'html',
  htm: 'html',
  plaintext: 'text',
  text: 'text',
  txt: 'text',
}

/** The extension a file of each format is linted under. */
const EXTENSIONS: Readonly<Record<DocumentFormat, string>> = { markdown: '.md', html: '.html', text: '.txt' }

/** The format a document is linted as, or null when postlint does not read its language. */
export function documentFormat(languageId: string, uri: string): DocumentFormat | null {
  const byLanguage = LANGUAGE_FORMATS[languageId.toLowerCase()]
  if (byLanguage) return byLanguage
  const name = uriBasename(uri)
  const dot = name.lastIndexOf('.')
  const extension = dot === -1 ? '' : name.slice(dot + 1).toLowerCase()
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extension) ? formatOf(name) : null
}

/** The file a `file:` URI names, or null for other schemes. */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null
  try {
    return fileURLToPath(uri)
  } catch {
    return null
  }
}

export function pathToUri(filePath: string): string {
  return pathToFileURL(filePath).href
}

function uriBasename(uri: string): string {
  const query = uri.search(/[?#]/)
  const withoutQuery = query === -1 ? uri : uri.slice(0, query)
  let name = withoutQuery.slice(withoutQuery.lastIndexOf('/') + 1)
  try {
    name = decodeURIComponent(name)
  } catch {
    // keep it encoded
  }
  return name
}

export interface DocumentPaths {
  /** The file the document is (or stands for): configuration overrides and ignores are matched against it. */
  filePath: string
  /** The same path with an extension of the format it is linted as, when the two differ. */
  lintPath: string
  /** Whether the document is a file on disk (ignore patterns apply only then). */
  onDisk: boolean
}

/** Where a document is, for configuration, and the path it is linted under. */
export function documentPaths(uri: string, format: DocumentFormat, folder: string): DocumentPaths {
  const onDiskPath = uriToPath(uri)
  let filePath: string
  if (onDiskPath) {
    filePath = onDiskPath
  } else {
    const name = uriBasename(uri).replace(/[\\/:*?"<>|\s]+/g, '-') || 'untitled'
    filePath = path.join(folder, name)
  }
  const lintPath = formatOf(filePath) === format && path.extname(filePath) !== '' ? filePath : filePath + EXTENSIONS[format]
  return { filePath, lintPath, onDisk: onDiskPath !== null }
}

/** The workspace folder holding `filePath` (the deepest one), if any. */
export function folderOf(filePath: string, folders: readonly string[]): string | undefined {
  let best: string | undefined
  for (const folder of folders) {
    const relative = path.relative(folder, filePath)
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue
    if (!best || folder.length > best.length) best = folder
  }
  return best
}
