/**
 * A linear `EditMap.consume` for micromark.
 *
 * micromark applies its edits to the event list of a whole document through
 * `EditMap.consume`, which copies every event of the document each time, even
 * when all edits are at its end. It is called every time a list or block
 * quote closes, so a long posting made of many lists cost time growing with
 * the square of its length (a 1 MB posting spent most of its parse there).
 * This version leaves the events before the first edit where they are and
 * rebuilds only what follows it: the same events in the same order, in time
 * proportional to the part that changes. Installed once, when the Markdown
 * parser is first loaded.
 */
import { EditMap } from 'micromark-util-edit-map'

type Event = Parameters<EditMap['consume']>[0][number]
type Edit = [at: number, remove: number, add: Event[]]

function consume(this: EditMap, events: Event[]): undefined {
  const map = (this as unknown as { map: Edit[] }).map
  if (map.length === 0) return undefined
  map.sort((a, b) => a[0] - b[0])
  // From the last edit back: keep what follows each edit and what it adds, and cut the list there.
  const pieces: Event[][] = []
  for (let index = map.length - 1; index >= 0; index--) {
    const [at, remove, add] = map[index]!
    pieces.push(events.slice(at + remove), add)
    events.length = at
  }
  // The events before the first edit stay; the pieces go back after them in order.
  for (let index = pieces.length - 1; index >= 0; index--) {
    for (const event of pieces[index]!) events.push(event)
  }
  map.length = 0
  ;(this as unknown as { index?: Map<number, unknown> }).index?.clear()
  return undefined
}

EditMap.prototype.consume = consume
