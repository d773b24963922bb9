/**
 * A guard in front of the JSON-RPC reader: it passes on only well-formed
 * frames (`Content-Length: N` headers, a blank line, N bytes) and drops
 * anything else, so that bytes that are not a frame never leave the reader
 * out of step with the stream.
 *
 * How it decides: a header block is read up to its blank line; it must be
 * made of `name: value` lines with a whole-number `Content-Length`. When it
 * is not, the bytes up to the next `Content-Length:` are dropped and reading
 * starts again there. While a body is read, a `Content-Length: N` line
 * followed by CRLF inside it means the frame was cut short (a JSON body
 * cannot hold raw line breaks inside a string, nor a bare word outside one),
 * so the short frame is dropped and the new one is read. What is inside a
 * well-formed frame (bad JSON, a message that is not JSON-RPC) is left to
 * the reader, which reports it and carries on.
 */
import { Transform, type TransformCallback } from 'node:stream'

const HEADER_END = Buffer.from('\r\n\r\n', 'latin1')
const LENGTH_NAME = Buffer.from('Content-Length:', 'latin1')
/** A header block longer than this without its blank line is not a header. */
const MAX_HEADER = 8192
/** Bytes kept from the previous chunk when looking for a frame start across chunks. */
const OVERLAP = 40
const HEADER_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\r\n]*$/
const CUT_SHORT = /Content-Length: *\d+\r\n/

export type GarbageListener = (reason: string) => void

/** The frame being read: its header and the body chunks received so far. */
interface Frame {
  header: Buffer
  length: number
  chunks: Buffer[]
  received: number
  /** The last bytes seen, to find a frame start split across chunks. */
  tail: Buffer
}

export class FrameGuard extends Transform {
  readonly #onGarbage: GarbageListener
  /** Bytes not yet placed in a frame (while looking for a header). */
  #pending: Buffer = Buffer.alloc(0)
  #frame: Frame | null = null

  constructor(onGarbage: GarbageListener) {
    super()
    this.#onGarbage = onGarbage
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.#take(chunk)
      done()
    } catch (error) {
      done(error as Error)
    }
  }

  override _flush(done: TransformCallback): void {
    if (this.#frame || this.#pending.length > 0) this.#onGarbage('the input ended inside a message')
    done()
  }

  #take(chunk: Buffer): void {
    let rest: Buffer | null = chunk
    while (rest && rest.length > 0) {
      rest = this.#frame ? this.#readBody(this.#frame, rest) : this.#readHeader(rest)
    }
  }

  /** Add `chunk` to the body being read; returns what follows the frame, if it is complete. */
  #readBody(frame: Frame, chunk: Buffer): Buffer | null {
    const needed = frame.length - frame.received
    const own = chunk.length > needed ? chunk.subarray(0, needed) : chunk
    const window = Buffer.concat([frame.tail, own])
    const cut = CUT_SHORT.exec(window.toString('latin1'))
    if (cut) {
      // A new frame starts inside this one's body: this one was cut short.
      this.#frame = null
      this.#onGarbage(`a message shorter than its Content-Length (${frame.length}) was dropped`)
      const start = cut.index - frame.tail.length
      return start >= 0 ? chunk.subarray(start) : Buffer.concat([frame.tail.subarray(frame.tail.length + start), chunk])
    }
    frame.chunks.push(own)
    frame.received += own.length
    frame.tail = window.subarray(Math.max(0, window.length - OVERLAP))
    if (frame.received < frame.length) return null
    this.#frame = null
    this.push(Buffer.concat([frame.header, ...frame.chunks]))
    return chunk.subarray(own.length)
  }

  /** Look for a valid header in what is pending plus `chunk`; returns the bytes after it when one is found. */
  #readHeader(chunk: Buffer): Buffer | null {
    let buffer = this.#pending.length > 0 ? Buffer.concat([this.#pending, chunk]) : chunk
    this.#pending = Buffer.alloc(0)
    for (;;) {
      const end = buffer.indexOf(HEADER_END)
      if (end === -1) {
        if (buffer.length > MAX_HEADER) buffer = this.#skip(buffer, 'a header without its end')
        this.#pending = buffer
        return null
      }
      const length = parseHeader(buffer.subarray(0, end).toString('latin1'))
      if (length === null) {
        buffer = this.#skip(buffer, 'bytes that are not a message header')
        continue
      }
      const header = buffer.subarray(0, end + HEADER_END.length)
      this.#frame = { header, length, chunks: [], received: 0, tail: Buffer.alloc(0) }
      if (length === 0) {
        this.#frame = null
        this.push(header)
      }
      return buffer.subarray(header.length)
    }
  }

  /** Drop bytes up to the next `Content-Length:` after the first byte (or all but a possible partial one). */
  #skip(buffer: Buffer, reason: string): Buffer {
    this.#onGarbage(`dropped ${reason}`)
    const next = buffer.indexOf(LENGTH_NAME, 1)
    if (next !== -1) return buffer.subarray(next)
    return buffer.subarray(Math.max(1, buffer.length - LENGTH_NAME.length))
  }
}

/** The body length a header block announces, or null when the block is not a valid header. */
function parseHeader(block: string): number | null {
  let length: number | null = null
  for (const line of block.split('\r\n')) {
    if (!HEADER_LINE.test(line)) return null
    const colon = line.indexOf(':')
    if (line.slice(0, colon).toLowerCase() !== 'content-length') continue
    const value = line.slice(colon + 1).trim()
    if (!/^\d{1,10}$/.test(value)) return null
    length = Number(value)
  }
  return length
}
