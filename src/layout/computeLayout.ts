/**
 * The timeline's geometry as plain data: events in time order, lanes, each
 * event's placements (one per lane it sits in) packed into sub-rows, and the
 * connectors that join the placements of one event.
 */
import type { Actor, TimelineEvent } from '../model/types.js';
import type { DayScale } from './dayScale.js';
import { dayToX } from './dayScale.js';
import type { EventSpan } from './eventSpan.js';
import { eventSpan } from './eventSpan.js';
import type { ItemMetrics } from './itemGeometry.js';
import { itemGeometry } from './itemGeometry.js';
import type { LabelShape, LabelSide } from './labelGeometry.js';
import type { LabelText } from './labelPacking.js';
import { packLabels } from './labelPacking.js';
import type { LaneBy, LaneContext, LaneWords } from './lanes.js';
import { assignLanes, countryNamesOf, englishLaneWords, laneLabel } from './lanes.js';
import { timeOrder } from '../time/timeOrder.js';
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
  /**
   * The width in pixels of an event's label, reserved beside its mark in
   * fixed-height sub-rows (0 when labels are not drawn). Used when `label`
   * is not given: the packing for large views.
   */
  readonly labelWidth: (event: TimelineEvent) => number;
  /**
   * An event's label texts: when given, every event gets one label wrapped
   * to fit (see `packLabels`) and items are packed by their real heights.
   */
  readonly label: ((event: TimelineEvent) => LabelText) | undefined;
  /** The widest a label line may be, with `label`. */
  readonly maxLabelWidth: number;
  /** With `label`: label a multi-party event in each of its lanes, not once. */
  readonly labelEvery: boolean;
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
  /** The words for lanes no actor names ("Events", "No participant", kinds). */
  readonly laneWords: LaneWords;
}

/** Layout defaults. */
export const defaults: LayoutOptions = {
  laneBy: 'actor',
  laneOrder: [],
  rollUp: true,
  scale: { from: 0, to: 1, x0: 0, x1: 1000 },
  labelWidth: (event) => Math.min(240, estimateTextWidth(event.title, 12)),
  label: undefined,
  maxLabelWidth: 240,
  labelEvery: false,
  rowHeight: 44,
  lanePadding: 6,
  laneCaption: 0,
  offsetTop: 0,
  maxRowsPerLane: Infinity,
  metrics: { markRadius: 6, openEndLength: 18, gap: 12 },
  laneWords: englishLaneWords,
};

/** A lane with its vertical extent. */
export interface LaneGeometry {
  readonly key: string;
  readonly label: string;
  /** Shorter names of the lane's actor ("IAEA"), shortest first: for a lane name that does not fit. */
  readonly aliases: readonly string[];
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
  /** Height of the placement's item (its sub-row, or its packed box with its label). */
  readonly height: Float64Array;
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
  /** Each event's span; built on first read (views read the columns below instead). */
  readonly spans: readonly EventSpan[];
  /** Each event's span as columns: first day, day after the last, and `spanFlags` bits (1 point, 2 open end). */
  readonly eventStart: Float64Array;
  readonly eventEnd: Float64Array;
  readonly eventFlags: Uint8Array;
  readonly lanes: readonly LaneGeometry[];
  readonly placements: Placements;
  /** Built on first read; `placements.countOfEvent` says the same without objects. */
  readonly connectors: readonly Connector[];
  /** How many events sit in more than one lane (how many connectors there are). */
  readonly connectorCount: number;
  readonly height: number;
  /**
   * With the `label` option: each placement's label side and text (null
   * for a mark drawn without a label); undefined for fixed sub-rows.
   */
  readonly labels: { readonly side: readonly (LabelSide | null)[]; readonly shape: readonly (LabelShape | null)[] } | undefined;
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
  const order = timeOrder(Float64Array.from(input.events, (event) => event.when.earliestDay), Float64Array.from(input.events, (event) => event.when.latestDay));
  const n = order.length;
  const events = new Array<TimelineEvent>(n);
  const eventStart = new Float64Array(n), eventEnd = new Float64Array(n), eventFlags = new Uint8Array(n);
  for (let e = 0; e < n; e += 1) {
    const event = input.events[order[e]!]!;
    events[e] = event;
    const { when } = event;
    eventStart[e] = when.earliestDay;
    eventEnd[e] = when.latestDay + 1;
    // The same rules as eventSpan, without an object per event.
    eventFlags[e] = (when.earliestDay === when.latestDay ? spanFlags.point : 0) | (when.end.open || event.status === 'ongoing' ? spanFlags.openEnd : 0);
  }

  const actors = new Map(input.actors.map((actor) => [actor.id, actor]));
  const context: LaneContext = { laneBy: settings.laneBy, actors, rollUp: settings.rollUp };
  const assigned = assignLanes(events, context, settings.laneOrder);
  const laneKeys = assigned.keys;

  // Placements, event by event, lanes in lane order within an event (the assignment's order).
  const count = assigned.lanes.length;
  const placements = {
    count,
    event: new Int32Array(count),
    lane: Int32Array.from(assigned.lanes),
    row: new Int32Array(count),
    start: new Float64Array(count),
    end: new Float64Array(count),
    top: new Float64Array(count),
    height: new Float64Array(count),
    firstOfEvent: assigned.first,
    countOfEvent: assigned.count,
  };
  // Footprints at the layout scale: the drawing plus the label where it is drawn.
  const footStart = new Float64Array(count);
  const footEnd = new Float64Array(count);
  const { scale, metrics } = settings;
  const r = metrics.markRadius;
  let maxSpanDays = 0;
  let extentStart = Infinity, extentEnd = -Infinity;
  for (let e = 0; e < n; e += 1) {
    const start = eventStart[e]!, end = eventEnd[e]!, flags = eventFlags[e]!;
    const openEnd = (flags & spanFlags.openEnd) !== 0;
    maxSpanDays = Math.max(maxSpanDays, end - start);
    extentStart = Math.min(extentStart, start);
    extentEnd = Math.max(extentEnd, end);
    // The same numbers as itemGeometry, inlined: no object per placement.
    const labelWidth = settings.labelWidth(events[e]!);
    let x0: number, x1: number;
    if ((flags & spanFlags.point) !== 0) {
      const markX = dayToX(scale, start + 0.5);
      x0 = markX - r;
      x1 = Math.max(openEnd ? markX + r + metrics.openEndLength : markX + r, labelWidth > 0 ? markX + r + 4 + labelWidth : 0);
    } else {
      const bandX0 = dayToX(scale, start);
      const bandX1 = Math.max(dayToX(scale, end), bandX0 + 2 * r);
      x0 = bandX0;
      x1 = Math.max(openEnd ? bandX1 + metrics.openEndLength : bandX1, labelWidth > 0 ? bandX0 + 4 + labelWidth : 0);
    }
    const from = placements.firstOfEvent[e]!, to = from + placements.countOfEvent[e]!;
    for (let p = from; p < to; p += 1) {
      placements.event[p] = e;
      placements.start[p] = start;
      placements.end[p] = end;
      footStart[p] = x0;
      footEnd[p] = x1 + metrics.gap;
    }
  }

  // Each lane's placements in time order, by counting sort on the lane (one pass each way).
  const laneCount = laneKeys.length;
  const laneFirst = new Int32Array(laneCount + 1);
  for (let p = 0; p < count; p += 1) laneFirst[placements.lane[p]! + 1]! += 1;
  for (let lane = 0; lane < laneCount; lane += 1) laneFirst[lane + 1]! += laneFirst[lane]!;
  const byLane = new Int32Array(count);
  const fill = laneFirst.slice(0, laneCount);
  for (let p = 0; p < count; p += 1) byLane[fill[placements.lane[p]!]!++] = p;

  const countryNames = countryNamesOf(input.actors);
  const lanes: LaneGeometry[] = [];
  let top = settings.offsetTop;
  const label = settings.label;
  let labels: TimelineLayout['labels'];
  if (label) {
    const packed = packLabels({
      eventCount: n, laneCount, firstOfEvent: placements.firstOfEvent, countOfEvent: placements.countOfEvent, lane: placements.lane,
      geometry: (e) => itemGeometry({ start: eventStart[e]!, end: eventEnd[e]!, point: (eventFlags[e]! & spanFlags.point) !== 0, openEnd: (eventFlags[e]! & spanFlags.openEnd) !== 0 }, scale, metrics),
      point: (e) => (eventFlags[e]! & spanFlags.point) !== 0,
      text: (e) => label(events[e]!),
      // A label line never runs wider than most of the plot, however wide labels may be.
      maxWidth: Math.max(40, Math.min(settings.maxLabelWidth, (scale.x1 - scale.x0) * 0.8)),
      labelEvery: settings.labelEvery,
      bounds: [scale.x0, scale.x1],
    });
    labels = { side: packed.side, shape: packed.shape };
    const laneTop = new Float64Array(laneCount);
    for (let lane = 0; lane < laneCount; lane += 1) {
      const content = packed.laneHeight[lane]!;
      const height = settings.laneCaption + 2 * settings.lanePadding + content;
      laneTop[lane] = top + settings.laneCaption + settings.lanePadding;
      const key = laneKeys[lane]!;
      lanes.push({ key, label: laneLabel(key, context, countryNames, settings.laneWords), aliases: laneAliases(key, context), index: lane, top, height, rowCount: 1 });
      top += height;
    }
    for (let p = 0; p < count; p += 1) {
      placements.top[p] = laneTop[placements.lane[p]!]! + packed.top[p]!;
      placements.height[p] = packed.height[p]!;
    }
    rankRows(placements, laneFirst, byLane, lanes);
  } else {
    top = packFixedRows(placements, laneFirst, byLane, footStart, footEnd, eventFlags, settings, (lane, laneTop, height, rowCount) => {
      const key = laneKeys[lane]!;
      lanes.push({ key, label: laneLabel(key, context, countryNames, settings.laneWords), aliases: laneAliases(key, context), index: lane, top: laneTop, height, rowCount });
    });
  }

  let connectorCount = 0;
  for (let e = 0; e < n; e += 1) if (placements.countOfEvent[e]! > 1) connectorCount += 1;

  const extent = n > 0 ? { start: extentStart, end: extentEnd } : undefined;
  let spans: EventSpan[] | undefined, connectors: Connector[] | undefined;
  return {
    events, lanes, placements, labels, height: top, maxSpanDays, extent, eventStart, eventEnd, eventFlags, connectorCount,
    // Objects per event only for those who ask (tests, the static SVG); the views read the columns.
    get spans() {
      spans ??= events.map(eventSpan);
      return spans;
    },
    get connectors() {
      if (!connectors) {
        connectors = [];
        for (let e = 0; e < n; e += 1) {
          const k = placements.countOfEvent[e]!;
          const first = placements.firstOfEvent[e]!;
          if (k > 1) connectors.push({ event: e, from: first, to: first + k - 1 });
        }
      }
      return connectors;
    },
  };
}

/**
 * Whether placement `p` is an echo: another lane's mark of a multi-party
 * event whose label sits elsewhere. Echoes are drawn, joined by the
 * connector, but focus and screen readers meet the event at its labelled
 * placement only.
 */
export function isEcho(layout: TimelineLayout, p: number): boolean {
  return layout.labels !== undefined && layout.labels.side[p] === null && layout.placements.countOfEvent[layout.placements.event[p]!]! > 1
    && primaryPlacement(layout, p) !== p;
}

/** The placement where an event is met: the one that carries its label, else (no labels) `p` itself. */
export function primaryPlacement(layout: TimelineLayout, p: number): number {
  const { labels, placements } = layout;
  if (!labels || labels.side[p] !== null) return p;
  const first = placements.firstOfEvent[placements.event[p]!]!;
  for (let q = first; q < first + placements.countOfEvent[placements.event[p]!]!; q += 1) if (labels.side[q] !== null) return q;
  return p;
}

/** Bits of `TimelineLayout.eventFlags`. */
export const spanFlags = { point: 1, openEnd: 2 } as const;

/** The span of event `e` of a layout, from its columns. */
export function spanOf(layout: TimelineLayout, e: number): EventSpan {
  const flags = layout.eventFlags[e]!;
  return { start: layout.eventStart[e]!, end: layout.eventEnd[e]!, point: (flags & spanFlags.point) !== 0, openEnd: (flags & spanFlags.openEnd) !== 0 };
}

/**
 * Writes `members` (placements in time order) into `out`
 * sorted by footprint start. A point's footprint starts half a day in, less
 * the mark's radius; a band's at its first day: each kind alone is already
 * in order, so the two are merged in one pass.
 */
function sortByFootprint(members: Int32Array, footStart: Float64Array, eventOf: Int32Array, flags: Uint8Array, out: Int32Array): void {
  const to = members.length;
  const isPoint = (p: number) => (flags[eventOf[p]!]! & spanFlags.point) !== 0;
  // Points first into out, bands after them; then merge both runs back.
  let points = 0;
  for (let i = 0; i < to; i += 1) if (isPoint(members[i]!)) out[points++] = members[i]!;
  let bands = points;
  for (let i = 0; i < to; i += 1) if (!isPoint(members[i]!)) out[bands++] = members[i]!;
  if (points === 0 || points === to) return;
  const left = out.slice(0, points), right = out.slice(points, to);
  let a = 0, b = 0, k = 0;
  while (a < left.length && b < right.length) {
    const pa = left[a]!, pb = right[b]!;
    if (footStart[pa]! < footStart[pb]! || (footStart[pa] === footStart[pb] && pa < pb)) {
      out[k++] = pa;
      a += 1;
    } else {
      out[k++] = pb;
      b += 1;
    }
  }
  while (a < left.length) out[k++] = left[a++]!;
  while (b < right.length) out[k++] = right[b++]!;
}

/**
 * Fixed-height sub-rows, the packing of large views: each lane's
 * placements sorted by footprint start and packed with `packRows`. Calls
 * `onLane` with each lane's height and row count; returns the bottom.
 */
function packFixedRows(placements: Placements & { row: Int32Array; top: Float64Array; height: Float64Array }, laneFirst: Int32Array, byLane: Int32Array,
  footStart: Float64Array, footEnd: Float64Array, eventFlags: Uint8Array, settings: LayoutOptions,
  onLane: (lane: number, top: number, height: number, rowCount: number) => void): number {
  const laneCount = laneFirst.length - 1;
  let widest = 0;
  for (let lane = 0; lane < laneCount; lane += 1) widest = Math.max(widest, laneFirst[lane + 1]! - laneFirst[lane]!);
  // Scratch for one lane at a time, reused: big temporary arrays would only make the collector work.
  const sorted = new Int32Array(widest), starts = new Float64Array(widest), ends = new Float64Array(widest), rows = new Int32Array(widest);
  let top = settings.offsetTop;
  placements.height.fill(settings.rowHeight);
  for (let lane = 0; lane < laneCount; lane += 1) {
    const from = laneFirst[lane]!, size = laneFirst[lane + 1]! - from;
    sortByFootprint(byLane.subarray(from, from + size), footStart, placements.event, eventFlags, sorted);
    for (let i = 0; i < size; i += 1) {
      starts[i] = footStart[sorted[i]!]!;
      ends[i] = footEnd[sorted[i]!]!;
    }
    const packed = packRows(starts.subarray(0, size), ends.subarray(0, size), settings.maxRowsPerLane, rows.subarray(0, size));
    const rowsTop = top + settings.laneCaption + settings.lanePadding;
    for (let i = 0; i < size; i += 1) {
      const p = sorted[i]!;
      placements.row[p] = rows[i]!;
      placements.top[p] = rowsTop + rows[i]! * settings.rowHeight;
    }
    const rowCount = Math.max(1, packed.rowCount);
    const height = settings.laneCaption + 2 * settings.lanePadding + rowCount * settings.rowHeight;
    onLane(lane, top, height, rowCount);
    top += height;
  }
  return top;
}

/** Rows of packed items: each distinct top in a lane is a row, counted from the top. */
function rankRows(placements: { row: Int32Array; top: Float64Array }, laneFirst: Int32Array, byLane: Int32Array, lanes: LaneGeometry[]): void {
  for (let lane = 0; lane < laneFirst.length - 1; lane += 1) {
    const members = Array.from(byLane.subarray(laneFirst[lane], laneFirst[lane + 1]));
    const tops = [...new Set(members.map((p) => placements.top[p]!))].sort((a, b) => a - b);
    const rank = new Map(tops.map((t, i) => [t, i]));
    for (const p of members) placements.row[p] = rank.get(placements.top[p]!)!;
    lanes[lane] = { ...lanes[lane]!, rowCount: Math.max(1, tops.length) };
  }
}

/** The short names of a lane's actor (an actor lane's, or a country lane's state), shortest first. */
function laneAliases(key: string, context: LaneContext): string[] {
  let actor = context.actors.get(key);
  if (!actor && context.laneBy === 'country') {
    for (const candidate of context.actors.values()) {
      if (candidate.kind === 'state' && candidate.country === key) {
        actor = candidate;
        break;
      }
    }
  }
  return actor ? [...actor.aliases].sort((a, b) => a.length - b.length) : [];
}
