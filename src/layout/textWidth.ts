/**
 * Text width estimated from a table of advance widths, so that
 * layout can reserve room for labels without measuring in a document (layout
 * runs in Node, and measuring would force a reflow per label).
 */

/**
 * Advance widths of the printable ASCII characters (space to tilde), in
 * hundredths of an em: DejaVu Sans, measured in Chromium, plus one hundredth.
 * DejaVu Sans (the system-ui of many Linux systems) is wider than Segoe UI,
 * Roboto, Helvetica and Arial at almost every character, so the estimate is
 * generous for them: an estimate that is too wide costs a little space, one
 * that is too narrow clips a label at the plot's edge or runs it into the next.
 * A table rather than measuring, because layout runs in Node too, and
 * measuring in a document forces a reflow per label.
 */
const printableAscii = [
  33, 41, 47, 85, 65, 96, 79, 28, 40, 40, 51, 85, 33, 37, 33, 35,
  65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 35, 35, 85, 85, 85, 54,
  101, 69, 70, 71, 78, 64, 59, 78, 76, 30, 30, 67, 57, 87, 76, 80,
  61, 80, 70, 64, 62, 74, 69, 100, 70, 62, 70, 40, 35, 40, 85, 51,
  51, 62, 64, 56, 64, 63, 36, 64, 64, 29, 29, 59, 29, 98, 64, 62,
  64, 64, 42, 53, 40, 64, 60, 83, 60, 60, 53, 65, 35, 65, 85,
];

/** Characters past ASCII, by class, in ems (the same widest-font rule). */
const advance = {
  wide: 1,
  upper: 0.78,
  other: 0.65,
} as const;

function charAdvance(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 32 && code < 127) return printableAscii[code - 32]! / 100;
  // Control characters (a stray tab) show as a space at most.
  if (code < 128) return printableAscii[0]! / 100;
  // East Asian wide characters take a full em.
  if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60))) return advance.wide;
  if (char !== char.toLowerCase()) return advance.upper;
  return advance.other;
}

/** Advances of characters past ASCII, worked out once each. */
const otherAdvance = new Map<number, number>();
const asciiAdvance = Float64Array.from({ length: 128 }, (_, code) => charAdvance(String.fromCharCode(code)));

/**
 * The estimated width in pixels of `text` set at `fontSize` pixels.
 *
 * @example estimateTextWidth('Jakarta', 12) // ≈ 43
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
  const ellipsis = advance.wide * fontSize;
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
