/**
 * Everything a view draws from, computed once per timeline, options and
 * width: the timeline, the layout at the initial scale, the plot's bounds,
 * the reference line and the legend entries. Shared by the interactive view
 * and `renderToSVG` so both start from the same picture.
 */
import type { TimelineLayout } from '../layout/computeLayout.js';
import { computeLayout } from '../layout/computeLayout.js';
import type { DayScale } from '../layout/dayScale.js';
import { estimateTextWidth } from '../layout/textWidth.js';
import { parseTimeline } from '../model/parse.js';
import { Timeline } from '../model/timeline.js';
import type { TimelineEvent } from '../model/types.js';
import { parseDay } from '../time/calendar.js';
import { describeForLabel, formatDayLong } from './dateText.js';
import type { LegendEntry } from './legend.js';
import { legendEntries } from './legend.js';
import type { NormalizedRenderOptions } from './options.js';
import { itemMetrics, sizes } from './scene.js';

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
  readonly reference: Reference | undefined;
  readonly legend: readonly LegendEntry[];
}

/**
 * The timeline itself, or a raw document parsed with `parseTimeline` (which
 * throws a `TimelineValidationError` listing every problem).
 */
export function toTimeline(value: unknown): Timeline {
  return value instanceof Timeline ? value : parseTimeline(value);
}

function resolveReference(timeline: Timeline, options: NormalizedRenderOptions): Reference | undefined {
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
  return { day: published, label: options.referenceLabel ?? `Published ${formatDayLong(published, options.locale)}` };
}

/** The width a label needs: its wider line, capped. */
function labelWidthOf(options: NormalizedRenderOptions, eventCount: number): (event: TimelineEvent) => number {
  // Past the detail limit the first view is an overview: reserving label room would only make lanes tall.
  if (!options.labels || eventCount > options.detailLimit) return () => 0;
  return (event) => Math.min(options.maxLabelWidth, Math.max(
    estimateTextWidth(event.title, sizes.titleSize),
    estimateTextWidth(describeForLabel(event.when, options.locale), sizes.dateSize)));
}

/**
 * The initial window: the given range, or every event (and the reference
 * day) with a margin on the left and room for the last labels on the right.
 */
function initialScale(timeline: Timeline, options: NormalizedRenderOptions, reference: Reference | undefined, x0: number, x1: number): DayScale {
  if (options.range) return { from: options.range.from, to: options.range.to + 1, x0, x1 };
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
  const days = Math.max(1, end - start);
  const width = x1 - x0;
  const reserve = options.labels ? Math.min(width * 0.3, options.maxLabelWidth * 0.75) : 24;
  const left = 12;
  const pxPerDay = Math.max(1e-6, (width - reserve - left) / days);
  return { from: start - left / pxPerDay, to: end + reserve / pxPerDay, x0, x1 };
}

/** Builds the view model for a timeline, options and width. */
export function buildViewModel(timeline: Timeline, options: NormalizedRenderOptions, width: number): ViewModel {
  const compact = width < options.compactWidth;
  const gutter = compact ? 0 : Math.min(sizes.gutter, Math.round(width * 0.2));
  const reference = resolveReference(timeline, options);
  const scale = initialScale(timeline, options, reference, gutter, Math.max(gutter + 40, width - 8));
  const layout = computeLayout(timeline, {
    laneBy: options.laneBy,
    laneOrder: options.laneOrder,
    rollUp: options.rollUp,
    scale,
    labelWidth: labelWidthOf(options, timeline.events.length),
    rowHeight: sizes.rowHeight,
    lanePadding: sizes.lanePadding,
    laneCaption: compact ? sizes.laneCaption : 0,
    // A strip above the lanes keeps the reference line's label clear of the marks.
    offsetTop: reference ? sizes.referenceStrip : 0,
    maxRowsPerLane: sizes.maxRowsPerLane,
    metrics: itemMetrics,
  });
  return {
    timeline, options, width, compact, gutter, initialScale: scale, layout, reference,
    legend: options.legend ? legendEntries(layout, reference?.label) : [],
  };
}
