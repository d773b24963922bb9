/**
 * Writing a fixed file without ever leaving it half-written: the new content
 * goes to a temporary file in the same folder, is flushed to disk, takes the
 * old file's mode, and replaces it by a rename (atomic on POSIX file
 * systems). Nothing is written when the content did not change.
 */
import { mkdir, open, rename, stat, unlink, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { FileError } from '../config/errors.js'
import { describeIoError } from '../config/load.js'

/** Replace `file`'s content with `content` atomically; returns false when it was already equal. */
export async function writeFileAtomic(file: string, content: string): Promise<boolean> {
  let mode: number
  try {
    const info = await stat(file)
    mode = info.mode & 0o7777
    const current = await readFile(file)
    if (current.equals(Buffer.from(content, 'utf8'))) return false
  } catch (error) {
    throw new FileError(`Cannot write fixes to ${file}: ${describeIoError(error)}`)
  }
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.postlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  let handle
  try {
    handle = await open(temporary, 'wx', mode)
    await handle.writeFile(content, 'utf8')
    await handle.chmod(mode)
    await handle.sync()
    await handle.close()
    handle = undefined
    await rename(temporary, file)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await unlink(temporary).catch(() => undefined)
    throw new FileError(`Cannot write fixes to ${file}: ${describeIoError(error)}`)
  }
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
