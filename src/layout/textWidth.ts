/**
 * Text width estimated from character classes and font metrics, so that
 * layout can reserve room for labels without measuring in a document (layout
 * runs in Node, and measuring would force a reflow per label).
 */

/**
 * Average advance widths, in ems, of the common sans-serif UI fonts (Segoe
 * UI, Roboto, Helvetica, and the wider DejaVu Sans of many Linux systems). Slightly generous on purpose: an estimate
 * that is too wide costs a little space, one that is too narrow causes overlap.
 */
const advance = {
  narrow: 0.32, // i l j t f r . , ; : ' ! | space
  wide: 0.9, // M W m w @ %
  upper: 0.72,
  digit: 0.62,
  other: 0.6,
} as const;

const narrowChars = new Set(Array.from('iljtfrI.,;:\'!|() []'));
const wideChars = new Set(Array.from('MWmw@%'));

function charAdvance(char: string): number {
  if (narrowChars.has(char)) return advance.narrow;
  if (wideChars.has(char)) return advance.wide;
  const code = char.codePointAt(0) ?? 0;
  // East Asian wide characters take a full em.
  if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60))) return 1;
  if (char >= '0' && char <= '9') return advance.digit;
  if (char !== char.toLowerCase()) return advance.upper;
  return advance.other;
}

/** Advances of characters past ASCII, worked out once each. */
const otherAdvance = new Map<number, number>();
const asciiAdvance = Float64Array.from({ length: 128 }, (_, code) => charAdvance(String.fromCharCode(code)));

/**
 * The estimated width in pixels of `text` set at `fontSize` pixels.
 *
 * @example estimateTextWidth('Jakarta', 12) // ≈ 36
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  // By UTF-16 unit with a table for ASCII: layout estimates a label per event, a million times at scale.
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      ems += asciiAdvance[code]!;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i += 1;
    let width = otherAdvance.get(point);
    if (width === undefined) {
      width = charAdvance(String.fromCodePoint(point));
      otherAdvance.set(point, width);
    }
    ems += width;
  }
  return ems * fontSize;
}

/**
 * `text` shortened with an ellipsis so that its estimated width fits in
 * `maxWidth` pixels; the text unchanged if it fits, and the empty string if
 * not even the first character and the ellipsis fit.
 *
 * @example truncateToWidth('Blinken and Wang Yi hold talks in Jakarta', 80, 12) // 'Blinken and W…'
 */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const ellipsis = advance.other * 1.6 * fontSize;
  let width = ellipsis;
  let end = 0;
  // Code points, not UTF-16 units, so a character outside the BMP is never split.
  const chars = Array.from(text);
  for (const char of chars) {
    const next = width + charAdvance(char) * fontSize;
    if (next > maxWidth) break;
    width = next;
    end += 1;
  }
  if (end === 0) return '';
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}

/** Titles longer than this many characters are cut with an ellipsis on screen; the full text stays in the tooltip, details and spoken label. */
export const titleHardLimit = 140;

/**
 * `text` broken into at most `maxLines` lines, each estimated to fit in
 * `width` pixels, breaking at spaces (and after hyphens and dashes); a word
 * wider than a line is broken where it must. Text past the lines, or past
 * `titleHardLimit` characters, ends the last line with an ellipsis.
 *
 * @example wrapToWidth('Blinken and Wang Yi hold talks in Jakarta', 120, 12, 3) // ['Blinken and Wang Yi', 'hold talks in Jakarta']
 */
export function wrapToWidth(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const chars = Array.from(text.length > titleHardLimit ? text.slice(0, titleHardLimit * 2) : text);
  const cut = chars.length > titleHardLimit;
  const source = cut ? chars.slice(0, titleHardLimit) : chars;
  const lines: string[] = [];
  let start = 0;
  while (start < source.length && lines.length < maxLines) {
    while (start < source.length && source[start] === ' ') start += 1;
    let used = 0, end = start, breakAt = -1;
    while (end < source.length) {
      const char = source[end]!;
      const next = used + charAdvance(char) * fontSize;
      if (next > width && end > start) break;
      used = next;
      end += 1;
      if (char === ' ' || char === '-' || char === '\u2013' || char === '\u2014' || char === '/') breakAt = end;
    }
    if (end < source.length && breakAt > start) end = breakAt;
    lines.push(source.slice(start, end).join('').trimEnd());
    start = end;
  }
  while (start < source.length && source[start] === ' ') start += 1;
  if ((start < source.length || cut) && lines.length > 0) {
    const last = lines.length - 1;
    // A word-boundary cut keeps its last word; the ellipsis says more follows.
    lines[last] = truncateToWidth(`${lines[last]!}…`, width, fontSize) || '…';
  }
  return lines;
}

/** The widest of some lines, estimated. */
export function linesWidth(lines: readonly string[], fontSize: number): number {
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, estimateTextWidth(line, fontSize));
  return widest;
}
