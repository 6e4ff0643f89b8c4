/**
 * The vertical picture's geometry (narrow containers): time runs down the
 * page, one row per event. Each row holds its texts right of a time rail: a
 * line with the date and the participants (on two lines when they do not
 * fit on one), then the title wrapped in full; a span's bar runs down the rail
 * from its own row to the last row that starts before the span ends, and
 * bars that overlap sit in separate rail columns. Pure: plain data in, plain
 * data out, no DOM.
 */
import { packRows } from './rowPacking.js';
import { estimateTextWidth, titleHardLimit, wrapToWidth } from './textWidth.js';
import { lowerBound } from './visibleRange.js';

/** An event's texts as a row shows them. */
export interface VerticalRowText {
  /** The date at its precision: "13 July 2023", "June 2023", "Week of 10 July 2023". */
  readonly date: string;
  readonly title: string;
  /** The participants' short names, or the empty string. */
  readonly participants: string;
}

/**
 * A row's texts broken into lines that fit the text column, drawn in this
 * order: the date's lines, the participants' lines, the title's lines. When
 * the participants fit after the date on its one line, they are `inline`
 * there and have no lines of their own.
 */
export interface VerticalRowLines {
  readonly date: readonly string[];
  /** The participants after the date on its line, or the empty string. */
  readonly inline: string;
  readonly participants: readonly string[];
  readonly title: readonly string[];
}

/** What separates the date from the participants on one line. */
export const inlineSeparator = ' · ';

/** The spans of the events, in time order (a `TimelineLayout` has these columns). */
export interface VerticalSpans {
  /** First day of each event, sorted ascending. */
  readonly eventStart: Float64Array;
  /** Day after each event's last day. */
  readonly eventEnd: Float64Array;
  /** Bits: 1 a single day (a round mark), 2 an open end (an arrow down). */
  readonly eventFlags: Uint8Array;
}

/** A text style: its font size and line height, in pixels, and the most lines it takes. */
export interface VerticalTextStyle {
  readonly size: number;
  readonly line: number;
  readonly maxLines: number;
}

/** Sizes and options of the vertical layout, in pixels. */
export interface VerticalLayoutOptions {
  /** Width of the whole picture. */
  readonly width: number;
  /** Space above the first row. */
  readonly offsetTop: number;
  /** Space between the left edge and the leftmost column's centre. */
  readonly railLeft: number;
  /** Distance between bar columns' centres. */
  readonly columnPitch: number;
  /** Distance between the rail (the day marks' column) and the nearest bar column. */
  readonly railGap: number;
  /** Space between the rail's centre and the texts. */
  readonly textGap: number;
  /** Space right of the texts. */
  readonly paddingRight: number;
  /** The texts never get narrower than this: past it, bars share columns. */
  readonly minTextWidth: number;
  /** Space above a row's first line and below its last. */
  readonly rowPadding: number;
  /** Space between rows. */
  readonly rowGap: number;
  readonly date: VerticalTextStyle;
  readonly title: VerticalTextStyle;
  readonly participants: VerticalTextStyle;
  /** Radius of a day mark; a bar reaches this far past its last row's mark. */
  readonly markRadius: number;
  /** Length of the arrow that ends an open (ongoing) bar. */
  readonly openEndLength: number;
  /**
   * Extra space before some rows (a reference line's strip, say) or after
   * one (an open details panel): `{ row, height, after }`, `after` false by
   * default. A row index equal to the row count means after the last row.
   */
  readonly gaps: readonly VerticalGap[];
}

/** Extra space in the column of rows. */
export interface VerticalGap {
  readonly row: number;
  readonly height: number;
  /** After the row rather than before it. */
  readonly after?: boolean;
}

/** Vertical layout defaults: phone-sized type, tight rows. */
export const defaults: VerticalLayoutOptions = {
  width: 390,
  offsetTop: 0,
  railLeft: 11,
  columnPitch: 10,
  railGap: 13,
  textGap: 15,
  paddingRight: 8,
  minTextWidth: 160,
  rowPadding: 4,
  rowGap: 3,
  date: { size: 11, line: 14, maxLines: 2 },
  title: { size: 13, line: 16, maxLines: 3 },
  participants: { size: 11, line: 14, maxLines: 2 },
  markRadius: 6,
  openEndLength: 18,
  gaps: [],
};

/** The geometry of the vertical picture. Rows are the events, in time order. */
export interface VerticalLayout {
  readonly count: number;
  /** Top of each row (its hit area starts here), and its height. */
  readonly top: Float64Array;
  readonly rowHeight: Float64Array;
  /** Where each event's mark sits: its column's centre, level with the row's first line. */
  readonly markX: Float64Array;
  readonly markY: Float64Array;
  /**
   * Each event's column: 0 is the rail, where the day marks sit, next to the
   * texts; spans' bars are in columns 1, 2, … running left from it, the
   * lowest free one nearest the rail.
   */
  readonly column: Int32Array;
  /** The last row a span's bar reaches (the event's own row for a single day). */
  readonly lastRow: Int32Array;
  /** A span's bar, from its own mark down to just past the last row's mark (both ends equal `markY` for a day). */
  readonly barY0: Float64Array;
  readonly barY1: Float64Array;
  /** How many columns there are, the rail included. */
  readonly columnCount: number;
  /** The rail's x. */
  readonly railX: number;
  /** Where the texts start, and how wide they may be. */
  readonly textX: number;
  readonly textWidth: number;
  /** Each row's lines (see `lineBaselines` for where they sit). */
  readonly lines: readonly VerticalRowLines[];
  /** Where each gap was put: its top, in the order given. */
  readonly gapTop: Float64Array;
  readonly width: number;
  /** Height of the whole picture. */
  readonly height: number;
  readonly options: VerticalLayoutOptions;
}

const pointFlag = 1, openEndFlag = 2;

/**
 * The rows whose events start before `end`, from row `row` on: the last one
 * is where a span's bar ends. Events are sorted by start, so it is one
 * binary search.
 */
export function lastRowBefore(starts: Float64Array, row: number, end: number): number {
  return Math.max(row, lowerBound(starts, end) - 1);
}

/**
 * `text` in as many lines as it takes, at least `minLines` tried first:
 * a title is cut only past `titleHardLimit` characters.
 */
function wrapInFull(text: string, width: number, style: VerticalTextStyle): string[] {
  const most = style.maxLines + 6;
  let lines = wrapToWidth(text, width, style.size, style.maxLines);
  for (let n = style.maxLines + 1; n <= most && lines.length === n - 1 && cutShort(lines, text); n += 1) {
    lines = wrapToWidth(text, width, style.size, n);
  }
  return lines;
}

/** Whether wrapped lines end with an ellipsis the text does not have, short of the hard limit. */
function cutShort(lines: readonly string[], text: string): boolean {
  const last = lines[lines.length - 1];
  return last !== undefined && last.endsWith('…') && !text.endsWith('…') && Array.from(text).length <= titleHardLimit;
}

/** A row's lines: the participants after the date when both fit on one line, else each on lines of their own; then the title in full. */
function rowLines(texts: VerticalRowText, width: number, settings: VerticalLayoutOptions): VerticalRowLines {
  const { date: dateStyle, participants: participantStyle, title: titleStyle } = settings;
  const title = wrapInFull(texts.title, width, titleStyle);
  const together = texts.date && texts.participants ? `${texts.date}${inlineSeparator}${texts.participants}` : '';
  if (together && dateStyle.size === participantStyle.size && estimateTextWidth(together, dateStyle.size) <= width) {
    return { date: [texts.date], inline: texts.participants, participants: [], title };
  }
  return {
    date: texts.date ? wrapToWidth(texts.date, width, dateStyle.size, dateStyle.maxLines) : [],
    inline: '',
    participants: texts.participants ? wrapToWidth(texts.participants, width, participantStyle.size, participantStyle.maxLines) : [],
    title,
  };
}

/**
 * Lays out events (already in time order) as rows. O(n log n): one binary
 * search per span for its last row, one packing of the bars into rail
 * columns, and each text wrapped once.
 *
 * @example
 * const vertical = verticalLayout(layout, (e) => ({ date: '13 July 2023', title: layout.events[e].title, participants: 'US, China' }), { width: 390 });
 * vertical.top[0] // the first row's top
 */
export function verticalLayout(spans: VerticalSpans, text: (e: number) => VerticalRowText, options: Partial<VerticalLayoutOptions> = {}): VerticalLayout {
  const settings: VerticalLayoutOptions = { ...defaults, ...options };
  const { eventStart: starts, eventEnd: ends, eventFlags: flags } = spans;
  const n = starts.length;

  // Each span's rows: its own to the last that starts before it ends; an open
  // end keeps the row after it too, for its arrow. Spans are packed into bar
  // columns by those row intervals; day marks all sit on the rail.
  const lastRow = new Int32Array(n);
  const spanRows: number[] = [];
  for (let e = 0; e < n; e += 1) {
    const point = (flags[e]! & pointFlag) !== 0;
    lastRow[e] = point ? e : lastRowBefore(starts, e, ends[e]!);
    if (!point) spanRows.push(e);
  }
  const rowFrom = Float64Array.from(spanRows);
  const rowTo = Float64Array.from(spanRows, (e) => lastRow[e]! + 1 + ((flags[e]! & openEndFlag) !== 0 ? 1 : 0));
  const roomForBars = settings.width - settings.railLeft - settings.railGap - settings.textGap - settings.paddingRight - settings.minTextWidth;
  const maxBarColumns = Math.max(1, Math.floor(roomForBars / settings.columnPitch) + 1);
  const packed = packRows(rowFrom, rowTo, maxBarColumns);
  const barColumns = packed.rowCount;
  const column = new Int32Array(n);
  spanRows.forEach((e, i) => { column[e] = packed.rows[i]! + 1; });
  const columnCount = barColumns + 1;

  const railX = settings.railLeft + (barColumns > 0 ? settings.railGap + (barColumns - 1) * settings.columnPitch : 0);
  const columnX = (c: number) => (c === 0 ? railX : railX - settings.railGap - (c - 1) * settings.columnPitch);
  const textX = railX + settings.textGap;
  const textWidth = Math.max(1, settings.width - textX - settings.paddingRight);

  const gapsBefore = new Map<number, number[]>();
  const gapsAfter = new Map<number, number[]>();
  settings.gaps.forEach((gap, i) => {
    const map = gap.after ? gapsAfter : gapsBefore;
    map.set(gap.row, [...(map.get(gap.row) ?? []), i]);
  });
  const gapTop = new Float64Array(settings.gaps.length);
  const putGaps = (indexes: readonly number[] | undefined, y: number) => {
    for (const i of indexes ?? []) {
      gapTop[i] = y;
      y += settings.gaps[i]!.height;
    }
    return y;
  };

  const top = new Float64Array(n), rowHeight = new Float64Array(n), markX = new Float64Array(n), markY = new Float64Array(n);
  const lines: VerticalRowLines[] = new Array<VerticalRowLines>(n);
  const { date: dateStyle, title: titleStyle, participants: participantStyle } = settings;
  let y = settings.offsetTop;
  for (let e = 0; e < n; e += 1) {
    y = putGaps(gapsBefore.get(e), y);
    const row = rowLines(text(e), textWidth, settings);
    lines[e] = row;
    const firstLine = row.date.length > 0 ? dateStyle : row.participants.length > 0 ? participantStyle : titleStyle;
    const heightOfRow = 2 * settings.rowPadding + row.date.length * dateStyle.line + row.title.length * titleStyle.line + row.participants.length * participantStyle.line;
    top[e] = y;
    rowHeight[e] = heightOfRow;
    markX[e] = columnX(column[e]!);
    markY[e] = y + settings.rowPadding + firstLine.line / 2;
    y += heightOfRow;
    y = putGaps(gapsAfter.get(e), y);
    if (e < n - 1) y += settings.rowGap;
  }
  y = putGaps(gapsBefore.get(n), y);

  const barY0 = new Float64Array(n), barY1 = new Float64Array(n);
  for (let e = 0; e < n; e += 1) {
    barY0[e] = markY[e]!;
    const point = (flags[e]! & pointFlag) !== 0;
    barY1[e] = point ? markY[e]! : Math.max(markY[lastRow[e]!]! + settings.markRadius, markY[e]! + 2 * settings.markRadius);
  }

  return {
    count: n, top, rowHeight, markX, markY, column, lastRow, barY0, barY1, columnCount, railX, textX, textWidth, lines, gapTop,
    width: settings.width, height: y + settings.rowPadding, options: settings,
  };
}

/**
 * The baselines of a row's lines, in order: date, participants, title.
 * Each line is centred in its line height.
 */
export function lineBaselines(layout: VerticalLayout, e: number): number[] {
  const { rowPadding, date, title, participants } = layout.options;
  const row = layout.lines[e]!;
  const baselines: number[] = [];
  let lineTop = layout.top[e]! + rowPadding;
  const add = (count: number, style: VerticalTextStyle) => {
    for (let i = 0; i < count; i += 1) {
      // Cap height is about 0.7 of the size: this centres it in the line.
      baselines.push(lineTop + (style.line + style.size * 0.7) / 2);
      lineTop += style.line;
    }
  };
  add(row.date.length, date);
  add(row.participants.length, participants);
  add(row.title.length, title);
  return baselines;
}

/** The keys that move focus between rows. */
export type VerticalKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

/**
 * The row focus moves to from `row` on `key`: ↑ and ← the previous event in
 * time, ↓ and → the next, Home and End the first and last. Stays put at the
 * ends; -1 when there are no rows.
 */
export function nextRow(count: number, row: number, key: VerticalKey): number {
  if (count === 0) return -1;
  if (row < 0 || row >= count) return 0;
  switch (key) {
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, row - 1);
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(count - 1, row + 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
}

/** The rows `[lo, hi)` that meet the band of y from `y0` to `y1` (rows are in y order): binary search. */
export function rowsBetween(layout: Pick<VerticalLayout, 'top' | 'rowHeight' | 'count'>, y0: number, y1: number): readonly [number, number] {
  let lo = 0, hi = layout.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (layout.top[mid]! + layout.rowHeight[mid]! < y0) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  hi = layout.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (layout.top[mid]! <= y1) lo = mid + 1;
    else hi = mid;
  }
  return [first, lo];
}
