/**
 * The timeline's geometry as plain data: events in time order, lanes, each
 * event's placements (one per lane it sits in) packed into sub-rows, and the
 * connectors that join the placements of one event.
 */
import type { Actor, TimelineEvent } from '../model/types.js';
import type { DayScale } from './dayScale.js';
import type { EventSpan } from './eventSpan.js';
import { eventSpan } from './eventSpan.js';
import type { ItemMetrics } from './itemGeometry.js';
import { itemGeometry } from './itemGeometry.js';
import type { LaneBy, LaneContext } from './lanes.js';
import { countryNamesOf, laneLabel, laneOf, orderLanes } from './lanes.js';
import { packRows } from './rowPacking.js';
import { estimateTextWidth } from './textWidth.js';

/** What layout reads from a timeline: its events and actors (a `Timeline` has both). */
export interface LayoutInput {
  readonly events: readonly TimelineEvent[];
  readonly actors: readonly Actor[];
}

/** Layout options; every one has a default. */
export interface LayoutOptions {
  readonly laneBy: LaneBy;
  /** Lane keys to put first, in this order. */
  readonly laneOrder: readonly string[];
  /** People and companies sit in the lane of their affiliation. */
  readonly rollUp: boolean;
  /** The scale labels are fitted at (the initial view). */
  readonly scale: DayScale;
  /** The width in pixels of an event's label (0 when labels are not drawn). */
  readonly labelWidth: (event: TimelineEvent) => number;
  /** Height of one sub-row. */
  readonly rowHeight: number;
  /** Space above the first and below the last sub-row of a lane. */
  readonly lanePadding: number;
  /** Height of a caption above each lane's rows (0 when lane names sit in a gutter). */
  readonly laneCaption: number;
  /** Space above the first lane (for a reference line's label, say). */
  readonly offsetTop: number;
  /** The most sub-rows a lane gets; beyond it items share rows (see `packRows`). */
  readonly maxRowsPerLane: number;
  readonly metrics: ItemMetrics;
}

/** Layout defaults. */
export const defaults: LayoutOptions = {
  laneBy: 'actor',
  laneOrder: [],
  rollUp: true,
  scale: { from: 0, to: 1, x0: 0, x1: 1000 },
  labelWidth: (event) => Math.min(240, estimateTextWidth(event.title, 12)),
  rowHeight: 44,
  lanePadding: 6,
  laneCaption: 0,
  offsetTop: 0,
  maxRowsPerLane: Infinity,
  metrics: { markRadius: 6, openEndLength: 18, gap: 12 },
};

/** A lane with its vertical extent. */
export interface LaneGeometry {
  readonly key: string;
  readonly label: string;
  readonly index: number;
  readonly top: number;
  readonly height: number;
  readonly rowCount: number;
}

/**
 * Placements as columns (typed arrays), sorted by event in time order and,
 * within an event, by lane. Placement `i` of event `e` is at index
 * `firstOfEvent[e] + i`, for `i < countOfEvent[e]`.
 */
export interface Placements {
  readonly count: number;
  /** Index into `TimelineLayout.events`. */
  readonly event: Int32Array;
  readonly lane: Int32Array;
  readonly row: Int32Array;
  /** First day covered (day number). */
  readonly start: Float64Array;
  /** Day after the last day covered. */
  readonly end: Float64Array;
  /** Top of the placement's sub-row, in pixels. */
  readonly top: Float64Array;
  readonly firstOfEvent: Int32Array;
  readonly countOfEvent: Int32Array;
}

/** A line joining the top-most and bottom-most placements of one event. */
export interface Connector {
  readonly event: number;
  readonly from: number;
  readonly to: number;
}

/** The computed layout. */
export interface TimelineLayout {
  /** Events sorted by start, then end, then document order. */
  readonly events: readonly TimelineEvent[];
  readonly spans: readonly EventSpan[];
  readonly lanes: readonly LaneGeometry[];
  readonly placements: Placements;
  readonly connectors: readonly Connector[];
  readonly height: number;
  /** Longest span in days: bounds the binary search for visible items. */
  readonly maxSpanDays: number;
  /** First and last day covered by any event (`[start, end)`), or undefined with no events. */
  readonly extent: { readonly start: number; readonly end: number } | undefined;
}

/**
 * Computes lanes, placements and connectors. Pure: no DOM, no d3-selection.
 * O(n log n) in the number of placements.
 *
 * @example
 * const layout = computeLayout(timeline, { laneBy: 'actor', scale: { from, to, x0: 0, x1: 800 } });
 * layout.lanes.map((lane) => lane.label) // ['United States', 'China', …]
 */
export function computeLayout(input: LayoutInput, options: Partial<LayoutOptions> = {}): TimelineLayout {
  const settings: LayoutOptions = { ...defaults, ...options };
  const original = input.events;
  const order = original.map((_, i) => i);
  order.sort((a, b) => {
    const ea = original[a]!.when, eb = original[b]!.when;
    return ea.earliestDay - eb.earliestDay || ea.latestDay - eb.latestDay || a - b;
  });
  const events = order.map((i) => original[i]!);
  const spans = events.map(eventSpan);

  const actors = new Map(input.actors.map((actor) => [actor.id, actor]));
  const context: LaneContext = { laneBy: settings.laneBy, actors, rollUp: settings.rollUp };
  const keysOfEvent = events.map((event) => laneOf(event, context));
  const laneKeys = orderLanes(keysOfEvent, settings.laneOrder);
  const laneIndex = new Map(laneKeys.map((key, i) => [key, i]));

  // Placements, event by event, lanes in lane order within an event.
  const count = keysOfEvent.reduce((sum, keys) => sum + keys.length, 0);
  const placements = {
    count,
    event: new Int32Array(count),
    lane: new Int32Array(count),
    row: new Int32Array(count),
    start: new Float64Array(count),
    end: new Float64Array(count),
    top: new Float64Array(count),
    firstOfEvent: new Int32Array(events.length),
    countOfEvent: new Int32Array(events.length),
  };
  let next = 0;
  let maxSpanDays = 0;
  for (let e = 0; e < events.length; e += 1) {
    const lanesHere = keysOfEvent[e]!.map((key) => laneIndex.get(key)!).sort((a, b) => a - b);
    placements.firstOfEvent[e] = next;
    placements.countOfEvent[e] = lanesHere.length;
    const span = spans[e]!;
    maxSpanDays = Math.max(maxSpanDays, span.end - span.start);
    for (const lane of lanesHere) {
      placements.event[next] = e;
      placements.lane[next] = lane;
      placements.start[next] = span.start;
      placements.end[next] = span.end;
      next += 1;
    }
  }

  // Footprints at the layout scale: the drawing plus the label where it is drawn.
  const footStart = new Float64Array(count);
  const footEnd = new Float64Array(count);
  const labelWidths = events.map((event) => settings.labelWidth(event));
  for (let p = 0; p < count; p += 1) {
    const e = placements.event[p]!;
    const geometry = itemGeometry(spans[e]!, settings.scale, settings.metrics);
    const labelWidth = labelWidths[e]!;
    footStart[p] = Math.min(geometry.bandX0, geometry.labelX);
    footEnd[p] = Math.max(geometry.drawnX1, labelWidth > 0 ? geometry.labelX + labelWidth : 0) + settings.metrics.gap;
  }

  // Pack each lane on its own; the lane's placements sorted by footprint start.
  const byLane: number[][] = laneKeys.map(() => []);
  for (let p = 0; p < count; p += 1) byLane[placements.lane[p]!]!.push(p);
  const countryNames = countryNamesOf(input.actors);
  const lanes: LaneGeometry[] = [];
  let top = settings.offsetTop;
  for (const [lane, members] of byLane.entries()) {
    members.sort((a, b) => footStart[a]! - footStart[b]! || a - b);
    const packed = packRows(Float64Array.from(members, (p) => footStart[p]!), Float64Array.from(members, (p) => footEnd[p]!), settings.maxRowsPerLane);
    const rowsTop = top + settings.laneCaption + settings.lanePadding;
    for (const [i, p] of members.entries()) {
      const row = packed.rows[i]!;
      placements.row[p] = row;
      placements.top[p] = rowsTop + row * settings.rowHeight;
    }
    const rowCount = Math.max(1, packed.rowCount);
    const height = settings.laneCaption + 2 * settings.lanePadding + rowCount * settings.rowHeight;
    const key = laneKeys[lane]!;
    lanes.push({ key, label: laneLabel(key, context, countryNames), index: lane, top, height, rowCount });
    top += height;
  }

  const connectors: Connector[] = [];
  for (let e = 0; e < events.length; e += 1) {
    const n = placements.countOfEvent[e]!;
    if (n > 1) {
      const first = placements.firstOfEvent[e]!;
      connectors.push({ event: e, from: first, to: first + n - 1 });
    }
  }

  let extent: TimelineLayout['extent'];
  if (spans.length > 0) {
    let start = Infinity, end = -Infinity;
    for (const span of spans) {
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
    }
    extent = { start, end };
  }

  return { events, spans, lanes, placements, connectors, height: top, maxSpanDays, extent };
}
