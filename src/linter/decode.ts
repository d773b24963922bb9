/**
 * Bytes to text: UTF-8 with or without a byte-order mark. Anything else
 * (binary data, invalid UTF-8, UTF-16) is refused with a reason that becomes
 * the file's fatal message.
 */

export interface DecodedText {
  /** The text without its byte-order mark. */
  text: string
  /** Whether the file began with a UTF-8 byte-order mark (kept when fixes are written). */
  hasBOM: boolean
}

export class DecodeError extends Error {
  override name = 'DecodeError'
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** How many leading bytes are searched for a NUL byte, as git does to tell binary files. */
const SNIFF_LENGTH = 8000

/** Decode a file's bytes, or throw a {@link DecodeError} saying why it is not text. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new DecodeError('File is UTF-16 encoded; postlint reads UTF-8 only (save the file as UTF-8)')
  }
  const sniff = Math.min(bytes.length, SNIFF_LENGTH)
  for (let i = 0; i < sniff; i++) {
    if (bytes[i] === 0) throw new DecodeError('File is binary, not text (it contains NUL bytes)')
  }
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    throw new DecodeError(`File is not valid UTF-8 (first bad byte at offset ${firstInvalidByte(bytes)})`)
  }
  return stripBOM(text)
}

/** Remove a leading U+FEFF, remembering that it was there. */
export function stripBOM(text: string): DecodedText {
  if (text.charCodeAt(0) === 0xfeff) return { text: text.slice(1), hasBOM: true }
  return { text, hasBOM: false }
}

/** The offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (size === 0 || i + size > bytes.length) return i
    for (let k = 1; k < size; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i
    try {
      decoder.decode(bytes.subarray(i, i + size))
    } catch {
      return i
    }
    i += size
  }
  return i
}
