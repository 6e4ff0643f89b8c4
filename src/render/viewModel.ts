/**
 * Everything a view draws from, computed once per timeline, options and
 * width: the timeline, the layout at the initial scale, the plot's bounds,
 * the reference line and the legend entries. Shared by the interactive view
 * and `renderToSVG` so both start from the same picture.
 */
import type { Language } from '../i18n/messages.js';
import { languageOf } from '../i18n/messages.js';
import type { LayoutInput, TimelineLayout } from '../layout/computeLayout.js';
import { computeLayout } from '../layout/computeLayout.js';
import type { CompressedTime, TimeBreak } from '../layout/compressedTime.js';
import { compressTime } from '../layout/compressedTime.js';
import type { DayScale, TimeWarp } from '../layout/dayScale.js';
import { unwarpDay, warpDay } from '../layout/dayScale.js';
import type { LabelText } from '../layout/labelPacking.js';
import { estimateTextWidth } from '../layout/textWidth.js';
import { parseTimeline } from '../model/parse.js';
import { Timeline } from '../model/timeline.js';
import type { TimelineEvent } from '../model/types.js';
import { parseDay } from '../time/calendar.js';
import { describeForLabel, describeResolved, formatDayLong } from './dateText.js';
import type { LegendEntry } from './legend.js';
import { legendEntries } from './legend.js';
import type { NormalizedRenderOptions } from './options.js';
import { itemMetrics, sizes } from './sizes.js';

/** The reference line: its day and its label. */
export interface Reference {
  readonly day: number;
  readonly label: string;
}

/** The computed basis of a view. */
export interface ViewModel {
  readonly timeline: Timeline;
  readonly options: NormalizedRenderOptions;
  readonly width: number;
  /** Lane names sit in captions above lanes instead of a left gutter. */
  readonly compact: boolean;
  readonly gutter: number;
  /** The initial scale; its `x0`/`x1` are the plot's left and right. */
  readonly initialScale: DayScale;
  readonly layout: TimelineLayout;
  /** Empty stretches the compressed scale shrank, for the axis to mark; empty on a linear scale. */
  readonly breaks: readonly TimeBreak[];
  readonly reference: Reference | undefined;
  readonly legend: readonly LegendEntry[];
  /** The view's words: the locale's messages with the user's. */
  readonly language: Language;
}

/**
 * The timeline itself, or a raw document parsed with `parseTimeline` (which
 * throws a `TimelineValidationError` listing every problem).
 */
export function toTimeline(value: unknown): Timeline {
  return value instanceof Timeline ? value : parseTimeline(value);
}

/**
 * Whether two timelines hold the same content: title, description, sources,
 * actors and events, compared field by field over the parsed data (what the
 * picture is drawn from, resolved dates included), independent of how the
 * input was written, and right even when a caller changed a raw document in
 * place and passed the same object again. The walk stops at the first
 * difference, so new data is told apart at once; equal data costs one walk,
 * about 25–75 ms for 10,000 events in Node, well under the parse that any
 * raw document needs anyway (about 350 ms), and far under serializing both
 * with `toJSON()` (about 300 ms each), which was the other candidate.
 */
export function sameTimeline(a: Timeline, b: Timeline): boolean {
  return a === b || (a.title === b.title && a.description === b.description
    && sameData(a.sources, b.sources) && sameData(a.actors, b.actors) && sameData(a.events, b.events));
}

/** Deep equality of parsed data: plain objects and arrays, by own keys and index; anything else by `Object.is`. */
function sameData(x: unknown, y: unknown): boolean {
  if (Object.is(x, y)) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i += 1) if (!sameData(x[i], y[i])) return false;
    return true;
  }
  if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(y, key) || !sameData((x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * The events the view shows: all of them, or those the `filter` option
 * keeps, in their order. The Timeline itself stays whole (references to a
 * hidden event stay valid, and details and names still resolve), so only
 * the layout's input is filtered. A throwing filter throws from here, before
 * anything is drawn.
 */
function shownEvents(timeline: Timeline, options: NormalizedRenderOptions): LayoutInput {
  const { filter } = options;
  return filter ? { events: timeline.events.filter((event) => filter(event)), actors: timeline.actors } : timeline;
}

function resolveReference(timeline: Timeline, options: NormalizedRenderOptions, language: Language): Reference | undefined {
  const value = options.referenceDate;
  if (value === undefined) return undefined;
  const day = parseDay(value);
  if (day !== undefined) return { day, label: options.referenceLabel ?? formatDayLong(day, options.locale) };
  const source = timeline.sources.find((candidate) => candidate.id === value);
  const published = source?.published === undefined ? undefined : parseDay(source.published);
  if (!source || published === undefined) {
    const ids = timeline.sources.filter((s) => s.published !== undefined).map((s) => `"${s.id}"`);
    throw new RangeError(`Option "referenceDate" must be a day "YYYY-MM-DD" or the id of a source with a publication date${ids.length > 0 ? ` (${ids.join(', ')})` : ''}; got ${JSON.stringify(value)}.`);
  }
  return { day: published, label: options.referenceLabel ?? language.text('reference.published', { date: formatDayLong(published, options.locale) }) };
}

/** The width a one-line label needs in fixed sub-rows: its wider line, capped. */
function labelWidthOf(options: NormalizedRenderOptions, language: Language): (event: TimelineEvent) => number {
  if (!options.labels) return () => 0;
  return (event) => Math.min(options.maxLabelWidth, Math.max(
    estimateTextWidth(event.title, sizes.titleSize),
    estimateTextWidth(describeForLabel(event.when, language), sizes.dateSize)));
}

/**
 * A label's texts: the title, and with `dates` its date lines to try, the
 * fullest (with the source's words) first; without, none (the date is in
 * the axis, the tooltip and the details).
 */
function labelTextOf(language: Language, dates: boolean, known: Map<TimelineEvent, readonly string[]>): (event: TimelineEvent) => LabelText {
  if (!dates) return (event) => ({ title: event.title, dates: [''] });
  return (event) => {
    // Formatting a date range is slow in Intl; each event's lines are worked out once for every candidate layout.
    let lines = known.get(event);
    if (!lines) {
      const full = describeForLabel(event.when, language);
      const resolved = describeResolved(event.when, language);
      lines = full === resolved ? [full] : [full, resolved];
      known.set(event, lines);
    }
    return { title: event.title, dates: lines };
  };
}

/** Layout defaults of the view. */
export const viewDefaults = {
  /**
   * Story scale: up to this many events, every label is packed in full and `scale: 'auto'` lays out both
   * scales (and labels with and without date lines) and keeps the shortest picture.
   */
  storyLimit: 400,
  /** Past the detail limit, sub-rows are this tall and a lane has at most this many: every lane in sight at once. */
  denseRowHeight: 18,
  denseRowsPerLane: 2,
  denseLanePadding: 1,
  /** Date lines are left out of every label when that makes the picture shorter than this share of its height with them. */
  dateLineShare: 0.88,
  /** Room kept right of the last event, at most. */
  rightReserve: 160,
} as const;

/**
 * The initial window: the given range, or every event (and the reference
 * day) with a margin on the left and room for the last labels on the right,
 * measured along the warp when the scale is compressed.
 */
function initialScale(timeline: LayoutInput, options: NormalizedRenderOptions, reference: Reference | undefined, x0: number, x1: number, warp: TimeWarp | undefined): DayScale {
  if (options.range) return { from: options.range.from, to: options.range.to + 1, x0, x1, warp };
  let start = Infinity, end = -Infinity;
  for (const event of timeline.events) {
    start = Math.min(start, event.when.earliestDay);
    end = Math.max(end, event.when.latestDay + 1);
  }
  if (reference) {
    start = Math.min(start, reference.day);
    end = Math.max(end, reference.day + 1);
  }
  if (!Number.isFinite(start)) return { from: 0, to: 31, x0, x1 };
  const width = x1 - x0;
  const reserve = options.labels ? Math.min(width * 0.25, viewDefaults.rightReserve) : 24;
  const left = 12;
  const along = (day: number) => (warp ? warpDay(warp, day) : day);
  const back = (unit: number) => (warp ? unwarpDay(warp, unit) : unit);
  const units = Math.max(1, along(end) - along(start));
  const perUnit = Math.max(1e-6, (width - reserve - left) / units);
  return { from: back(along(start) - left / perUnit), to: back(along(end) + reserve / perUnit), x0, x1, warp };
}

/** Builds the view model for a timeline, options and width. */
export function buildViewModel(timeline: Timeline, options: NormalizedRenderOptions, width: number): ViewModel {
  const compact = width < options.compactWidth;
  const gutter = compact ? 0 : Math.min(sizes.gutter, Math.round(width * 0.2));
  const language = languageOf(options.locale, options.messages);
  const reference = resolveReference(timeline, options, language);
  const shown = shownEvents(timeline, options);
  const dense = shown.events.length > options.detailLimit;
  const plot = [gutter, Math.max(gutter + 40, width - 8)] as const;
  // Story scale: every label packed in full. Past it, the first view is on the canvas, and items take fixed
  // sub-rows with a one-line label, which lays out a thousand events about 150 ms sooner in a browser.
  const packed = options.labels && !dense && shown.events.length <= viewDefaults.storyLimit;
  const dateLines = new Map<TimelineEvent, readonly string[]>();
  const layoutAt = (compressed: CompressedTime | undefined, dates: boolean) => {
    const scale = initialScale(shown, options, reference, plot[0], plot[1], compressed?.warp);
    const layout = computeLayout(shown, {
      laneBy: options.laneBy,
      laneOrder: options.laneOrder,
      rollUp: options.rollUp,
      scale,
      // Past the detail limit the first view is an overview: labels reserve no room, and lanes stay thin.
      label: packed ? labelTextOf(language, dates, dateLines) : undefined,
      // Fixed sub-rows reserve one line of label, except past the detail limit, where the first view is an overview.
      labelWidth: packed || dense ? () => 0 : labelWidthOf(options, language),
      maxLabelWidth: options.maxLabelWidth,
      labelEvery: options.labelEvery,
      rowHeight: dense ? viewDefaults.denseRowHeight : sizes.rowHeight,
      lanePadding: dense ? viewDefaults.denseLanePadding : sizes.lanePadding,
      laneCaption: compact ? sizes.laneCaption : 0,
      // A strip above the lanes keeps the reference line's label clear of the marks.
      offsetTop: reference ? sizes.referenceStrip : 0,
      maxRowsPerLane: dense ? viewDefaults.denseRowsPerLane : sizes.maxRowsPerLane,
      metrics: itemMetrics,
      laneWords: language.messages,
    });
    return { scale, layout, breaks: compressed?.breaks ?? [] };
  };
  const compressible = options.scale === 'compressed' || (options.scale === 'auto' && shown.events.length <= viewDefaults.storyLimit);
  const compressed = compressible ? compressTime(shown.events.map((event) => event.when.earliestDay), reference ? [reference.day] : [],
    shown.events.reduce((end, event) => Math.max(end, event.when.latestDay + 1), -Infinity)) : undefined;
  // Story scale: each candidate picture (linear or compressed, with date lines or without) is laid out, and the shortest kept.
  const scales = options.scale === 'auto' && compressed ? [undefined, compressed] : [options.scale === 'compressed' ? compressed : undefined];
  let chosen: ReturnType<typeof layoutAt> | undefined;
  for (const warp of scales) {
    const withoutDates = layoutAt(warp, false);
    const withDates = packed ? layoutAt(warp, true) : withoutDates;
    const candidate = withoutDates.layout.height < withDates.layout.height * viewDefaults.dateLineShare ? withoutDates : withDates;
    if (!chosen || candidate.layout.height < chosen.layout.height * 0.95) chosen = candidate;
  }
  chosen ??= layoutAt(undefined, false);
  const { scale, layout, breaks } = chosen;
  return {
    timeline, options, width, compact, gutter, initialScale: scale, layout, breaks, reference,
    legend: options.legend ? legendEntries(layout, reference?.label, language) : [],
    language,
  };
}
