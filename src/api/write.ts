/**
 * Writing a fixed file without ever leaving it half-written: the new content
 * goes to a temporary file in the same folder, is flushed to disk, takes the
 * old file's mode (and, where allowed, its owner), and replaces it by a
 * rename (atomic on POSIX file systems). Nothing is written when the content
 * did not change. A symbolic link is followed: the file it points to is
 * replaced, and the link stays a link.
 *
 * Reports (`--output-file`) are written in place instead, a slice at a time
 * (writeTexts): they are the command's output, not a user's file.
 */
import { mkdir, open, rename, stat, unlink, readFile, writeFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import { randomBytes } from '../builtins.js'
import { FileError } from '../config/errors.js'
import { describeIoError } from '../config/load.js'

/** Replace `file`'s content with `content` atomically; returns false when it was already equal. */
export async function writeFileAtomic(file: string, content: string): Promise<boolean> {
  let target: string
  let info
  try {
    target = await realpath(file)
    info = await stat(target)
    const current = await readFile(target)
    if (current.equals(Buffer.from(content, 'utf8'))) return false
  } catch (error) {
    throw new FileError(`Cannot write fixes to ${file}: ${describeIoError(error)}`)
  }
  const mode = info.mode & 0o7777
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.postlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  let handle
  try {
    handle = await open(temporary, 'wx', mode)
    await handle.writeFile(content, 'utf8')
    await handle.chmod(mode)
    if (typeof process.getuid === 'function' && (info.uid !== process.getuid() || info.gid !== process.getgid?.())) {
      // Only a privileged user may give a file away; otherwise the fixed file belongs to whoever ran the fix.
      await handle.chown(info.uid, info.gid).catch(() => undefined)
    }
    await handle.sync()
    await handle.close()
    handle = undefined
    await rename(temporary, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await unlink(temporary).catch(() => undefined)
    throw new FileError(`Cannot write fixes to ${file}: ${describeIoError(error)}`)
  }
  await syncFolder(path.dirname(target))
  return true
}

/**
 * Write `content` to `file` (made with its folders if need be) through a
 * temporary file renamed over it, so a reader never sees it half-written:
 * for postlint's own files, the cache and the baseline.
 */
export async function replaceFile(file: string, content: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  try {
    await mkdir(path.dirname(file), { recursive: true })
  } catch (error) {
    // mkdir says EEXIST when a file stands where a folder of the path should be.
    const reason = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'a part of the path is not a directory' : describeIoError(error)
    throw new FileError(`Cannot write ${file}: ${reason}`)
  }
  try {
    await writeFile(temporary, content, { flag: 'wx' })
    await rename(temporary, file)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw new FileError(`Cannot write ${file}: ${describeIoError(error)}`)
  }
}

/** Flush a folder's entries, so that the rename survives a power cut; not every system allows it, and nothing depends on it. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined)
  if (!handle) return
  await handle.sync().catch(() => undefined)
  await handle.close().catch(() => undefined)
}

/** Texts to write one after the other; a string alone is not (it would be taken character by character). */
export type Texts = Iterable<string> & object

/** Code units of a report encoded and written at a time. */
const REPORT_SLICE = 1 << 20

/**
 * `texts` one after the other, in slices of about `sliceLength` code units:
 * short texts joined until they reach it, long ones cut (never between the
 * two halves of a surrogate pair). What the slices make together is exactly
 * the texts joined.
 */
export function* inSlices(texts: Texts, sliceLength = REPORT_SLICE): Generator<string> {
  let pending: string[] = []
  let pendingLength = 0
  for (const text of texts) {
    if (text.length < sliceLength) {
      pending.push(text)
      pendingLength += text.length
      if (pendingLength >= sliceLength) {
        yield pending.join('')
        pending = []
        pendingLength = 0
      }
      continue
    }
    if (pendingLength > 0) {
      yield pending.join('')
      pending = []
      pendingLength = 0
    }
    for (let start = 0; start < text.length; ) {
      let end = Math.min(text.length, start + sliceLength)
      const last = text.charCodeAt(end - 1)
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end += end - start > 1 ? -1 : 1
      yield text.slice(start, end)
      start = end
    }
  }
  if (pendingLength > 0) yield pending.join('')
}

/**
 * Write `texts` one after the other to `file`, encoded a slice at a time
 * (inSlices): a large report is never held a second time as one buffer of
 * bytes, and a report given in pieces never as one string.
 */
export async function writeTexts(file: string, texts: Texts, sliceLength = REPORT_SLICE): Promise<void> {
  const handle = await open(file, 'w')
  try {
    for (const slice of inSlices(texts, sliceLength)) {
      const bytes = Buffer.from(slice, 'utf8')
      for (let written = 0; written < bytes.length; ) written += (await handle.write(bytes, written)).bytesWritten
    }
  } finally {
    await handle.close()
  }
}
