/**
 * Windows-1252 as the bytes behind characters, and the search for UTF-8
 * byte sequences hidden in text that was decoded with it.
 *
 * Source of the table: the WHATWG Encoding Standard's index for
 * windows-1252 (https://encoding.spec.whatwg.org/index-windows-1252.txt):
 * bytes 0x80–0x9F map to the characters below, every other byte to the code
 * point of the same value.
 */

const WINDOWS_1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
}

/** The byte Windows-1252 (or Latin-1, for C1 controls) encodes `char` as, or -1. */
export function windows1252Byte(char: string): number {
  const code = char.charCodeAt(0)
  if (code < 0x80) return code
  if (code <= 0xff) return code
  return WINDOWS_1252_HIGH[char] ?? -1
}

/** Code points a repair may produce: what people actually type. */
export const PLAUSIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x02b0, 0x02ff], // spacing modifier letters
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x04ff], // Cyrillic
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x2000, 0x206f], // general punctuation: quotes, dashes, bullets, ellipsis
  [0x20a0, 0x20cf], // currency symbols
  [0x2100, 0x215f], // letterlike symbols (™, №) and number forms
  [0x2190, 0x21ff], // arrows
  [0x2200, 0x22ff], // mathematical operators
  [0x2500, 0x27bf], // box drawing, shapes, dingbats (✓, ★)
  [0xfb00, 0xfb06], // ligatures
  [0x1f300, 0x1faff], // emoji
]
