/**
 * The drawing: pure functions from layout and the current scale to element
 * trees. The interactive view and `renderToSVG` share them, so the static
 * SVG shows the same picture as the first frame of the interactive one.
 */
import { scaleUtc } from 'd3-scale';
import type { TimelineLayout } from '../layout/computeLayout.js';
import { spanOf } from '../layout/computeLayout.js';
import type { DayScale } from '../layout/dayScale.js';
import { dayToX } from '../layout/dayScale.js';
import type { ItemGeometry, ItemMetrics } from '../layout/itemGeometry.js';
import { itemGeometry } from '../layout/itemGeometry.js';
import { labelRoom } from '../layout/labelRoom.js';
import { estimateTextWidth, truncateToWidth } from '../layout/textWidth.js';
import { visibleRange } from '../layout/visibleRange.js';
import type { TimelineEvent } from '../model/types.js';
import { dayToUTCDate } from '../time/calendar.js';
import { multiScaleFormat } from './axisFormat.js';
import { describeForLabel } from './dateText.js';
import { eventLabel } from './eventText.js';
import { drawMarks, statusClasses } from './marks.js';
import type { ElementNode } from './svgNode.js';
import { h } from './svgNode.js';

/** Fixed drawing sizes, in pixels. */
export const sizes = {
  rowHeight: 44,
  lanePadding: 4,
  laneCaption: 18,
  gutter: 132,
  axisHeight: 30,
  markRadius: 6,
  bandHeight: 10,
  markY: 11,
  titleSize: 12,
  dateSize: 11,
  legendRow: 22,
  tickSpacing: 96,
  referenceStrip: 16,
  /** Dense lanes stop growing here; further items share sub-rows. */
  maxRowsPerLane: 40,
  /** Tick labels closer than this to the plot's ends are left out rather than clipped. */
  tickEdge: 16,
} as const;

/** Item metrics used by layout and drawing alike. */
export const itemMetrics: ItemMetrics = { markRadius: sizes.markRadius, openEndLength: 18, gap: 14 };

/** What drawing needs besides layout: settings fixed for the view's life. */
export interface SceneSettings {
  /** Prefix for ids in `<defs>`, unique per view in a page. */
  readonly idPrefix: string;
  readonly locale: string;
  readonly labels: boolean;
  readonly maxLabelWidth: number;
  /** Add a `<title>` to each item (static SVG, where there is no tooltip). */
  readonly titles: boolean;
  /** Add focus and button semantics (interactive view). */
  readonly interactive: boolean;
  /** Id of the details panel each item controls (interactive view). */
  readonly detailsId?: string;
  /** Above this many visible placements, the frame is an overview instead of individual items. */
  readonly detailLimit: number;
}

/** The state of one frame: the current scale and what is selected or focused. */
export interface Frame {
  /** Current days-to-pixels scale; `x0`/`x1` are the plot's left and right. */
  readonly scale: DayScale;
  /** Index into `layout.events` of the selected event, or -1. */
  readonly selected: number;
  /** The placement that holds the roving tabindex, or -1. */
  readonly focusable: number;
}

/** A d3 UTC scale equal to a day scale. */
export function utcScaleOf(scale: DayScale): ReturnType<typeof scaleUtc<number>> {
  return scaleUtc().domain([dayToUTCDate(scale.from), dayToUTCDate(scale.to)]).range([scale.x0, scale.x1]);
}

/** How many axis ticks suit a plot width. */
export function tickCount(width: number): number {
  return Math.max(2, Math.floor(width / sizes.tickSpacing));
}

/** Gradients and masks for faded (approximate or uncertain) ends, and the plot's clip path. */
export function drawDefs(prefix: string, clip: { x: number; width: number; height: number } | undefined): ElementNode {
  const gradient = (id: string, stops: readonly [number, string][]) =>
    h('linearGradient', { id: `${prefix}${id}-gradient`, x1: 0, x2: 1, y1: 0, y2: 0 },
      stops.map(([offset, color]) => h('stop', { offset, 'stop-color': color })));
  const mask = (id: string) =>
    h('mask', { id: `${prefix}${id}`, maskContentUnits: 'objectBoundingBox', x: '-0.2', y: '-0.5', width: '1.4', height: '2' },
      h('rect', { x: -0.2, y: -0.5, width: 1.4, height: 2, fill: `url(#${prefix}${id}-gradient)` }));
  const faint = '#2a2a2a';
  return h('defs', {},
    gradient('fade-start', [[0, faint], [0.45, '#ffffff']]),
    gradient('fade-end', [[0.55, '#ffffff'], [1, faint]]),
    gradient('fade-both', [[0, faint], [0.35, '#ffffff'], [0.65, '#ffffff'], [1, faint]]),
    mask('fade-start'), mask('fade-end'), mask('fade-both'),
    clip ? h('clipPath', { id: `${prefix}clip` }, h('rect', { x: clip.x, y: 0, width: clip.width, height: clip.height })) : null);
}

/** An event's spoken label and date line, formatted once per locale (every frame redraws the visible items). */
const texts = new WeakMap<TimelineEvent, { locale: string; fullLabel: string; dateLine: string }>();

function textsOf(event: TimelineEvent, locale: string): { fullLabel: string; dateLine: string } {
  let entry = texts.get(event);
  if (entry?.locale !== locale) {
    entry = { locale, fullLabel: eventLabel(event, locale), dateLine: describeForLabel(event.when, locale) };
    texts.set(event, entry);
  }
  return entry;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A drawn item with the data the interactive view keeps about it. */
export interface DrawnItem {
  readonly placement: number;
  /** Stable key: event id and lane key. */
  readonly key: string;
  readonly node: ElementNode;
  /** The item's label (title and date lines), drawn in the label layer; null when it has no room. */
  readonly label: ElementNode | null;
}

/** What a frame draws: individual items, or (too many to show one by one) an overview. */
export interface FrameDrawing {
  readonly items: readonly DrawnItem[];
  /** Merged bars per sub-row when the visible placements exceed the detail limit; else null. */
  readonly overview: ElementNode | null;
  /** How many events are in view (in an overview; else the number of items). */
  readonly visibleCount: number;
}

/**
 * The visible items of a frame, in placement order, each a `<g>` with its
 * marks (labels go to a separate layer). Visible placements are found by
 * binary search; labels are fitted to the room left at this zoom. Above
 * `settings.detailLimit` visible placements, an overview is drawn instead:
 * each sub-row's marks merged into bars, cheap whatever the count.
 */
export function drawItems(layout: TimelineLayout, frame: Frame, settings: SceneSettings): FrameDrawing {
  const { placements } = layout;
  const { scale } = frame;
  const [lo, hi, fromDay] = itemWindow(layout, scale, settings);
  const visible: number[] = [];
  const geometries: ItemGeometry[] = [];
  for (let p = lo; p < hi; p += 1) {
    if (placements.end[p]! <= fromDay) continue;
    const geometry = itemGeometry(spanOf(layout, placements.event[p]!), scale, itemMetrics);
    if (geometry.bandX0 > scale.x1) continue;
    visible.push(p);
    geometries.push(geometry);
  }
  const count = visible.length;
  if (count > settings.detailLimit) {
    // Placements of one event are adjacent, so distinct events are counted by changes of event.
    let events = 0;
    for (let i = 0; i < count; i += 1) if (i === 0 || placements.event[visible[i]!] !== placements.event[visible[i - 1]!]) events += 1;
    return { items: [], overview: drawOverview(layout, visible, geometries), visibleCount: events };
  }
  return { items: drawItemList(layout, frame, settings, visible), overview: null, visibleCount: count };
}

/**
 * The placement range `[lo, hi)` that may be in view at a scale (labels
 * reaching in from the left included), and the day before which a
 * placement's end leaves it out of view. Binary search: O(log n).
 */
export function itemWindow(layout: TimelineLayout, scale: DayScale, settings: Pick<SceneSettings, 'labels' | 'maxLabelWidth'>): readonly [number, number, number] {
  const pxPerDay = (scale.x1 - scale.x0) / (scale.to - scale.from);
  const labelReach = settings.labels ? settings.maxLabelWidth + itemMetrics.openEndLength : itemMetrics.openEndLength;
  const fromDay = scale.from - (labelReach + sizes.markRadius) / pxPerDay;
  const toDay = scale.to + sizes.markRadius / pxPerDay;
  const [lo, hi] = visibleRange(layout.placements.start, layout.maxSpanDays, fromDay, toDay);
  return [lo, hi, fromDay];
}

/**
 * The given placements (in placement order) drawn as items, each a `<g>`
 * with its marks, and its label fitted to the room left among them.
 */
export function drawItemList(layout: TimelineLayout, frame: Frame, settings: SceneSettings, visible: readonly number[]): DrawnItem[] {
  const { placements, events } = layout;
  const { scale } = frame;
  const count = visible.length;
  const geometries = visible.map((p) => itemGeometry(spanOf(layout, placements.event[p]!), scale, itemMetrics));
  const labelX = new Float64Array(count);
  const startX = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const geometry = geometries[i]!;
    // A band that starts off to the left keeps its label in view.
    labelX[i] = !geometry.labelBeside && geometry.labelX < scale.x0 + 2 && geometry.bandX1 > scale.x0 + 40 ? scale.x0 + 2 : geometry.labelX;
    startX[i] = Math.min(geometry.bandX0, labelX[i]!);
  }
  const room = labelRoom({
    count,
    lane: Int32Array.from(visible, (p) => placements.lane[p]!),
    row: Int32Array.from(visible, (p) => placements.row[p]!),
    labelX, startX,
  }, scale.x1, itemMetrics.gap);

  const items: DrawnItem[] = [];
  for (let i = 0; i < count; i += 1) {
    const p = visible[i]!;
    const e = placements.event[p]!;
    const event = events[e]!;
    const span = spanOf(layout, e);
    const geometry = geometries[i]!;
    const top = placements.top[p]!;
    const cy = top + sizes.markY;
    const { fullLabel, dateLine } = textsOf(event, settings.locale);
    const laneKey = layout.lanes[placements.lane[p]!]!.key;
    const width = settings.labels ? Math.min(room[i]!, settings.maxLabelWidth) : 0;
    const selected = frame.selected === e;
    // The selected title is bold, about 10% wider than the regular estimate.
    const title = width >= 24 ? truncateToWidth(event.title, selected ? width / 1.1 : width, sizes.titleSize) : '';
    const date = width >= 24 ? truncateToWidth(dateLine, width, sizes.dateSize) : '';
    const titleY = geometry.labelBeside ? cy + 4 : top + 29;
    const labelWidth = Math.max(
      title ? Math.min(width, estimateTextWidth(title, sizes.titleSize)) : 0,
      date ? Math.min(width, estimateTextWidth(date, sizes.dateSize)) : 0);
    const hitX0 = Math.min(geometry.bandX0, labelX[i]!) - 4;
    const hitX1 = Math.max(geometry.drawnX1, labelX[i]! + labelWidth) + 4;
    const hitWidth = Math.max(28, hitX1 - hitX0);
    const classes = ['dt-item', statusClasses(event), span.point ? 'dt-point' : 'dt-span', `dt-precision-${event.when.precision}`, selected ? 'dt-selected' : ''].filter(Boolean).join(' ');
    const node = h('g', {
      class: classes,
      'data-key': `${event.id}|${laneKey}`,
      'data-event-id': event.id,
      role: settings.interactive ? 'button' : undefined,
      tabindex: settings.interactive ? (frame.focusable === p ? 0 : -1) : undefined,
      'aria-label': settings.interactive ? fullLabel : undefined,
      'aria-expanded': settings.interactive ? (selected ? 'true' : 'false') : undefined,
      'aria-controls': settings.interactive ? settings.detailsId : undefined,
    },
    settings.titles ? h('title', {}, fullLabel) : null,
    h('rect', { class: 'dt-hit', x: hitX0, y: top + 1, width: hitWidth, height: sizes.rowHeight - 2 }),
    settings.interactive ? h('rect', { class: 'dt-focus-ring', x: hitX0, y: top + 1, width: hitWidth, height: sizes.rowHeight - 2, rx: 4 }) : null,
    drawMarks(event, geometry, span.point, span.openEnd, cy, settings.idPrefix));
    // Labels live in their own layer, outside the focusable mark: the mark's
    // accessible name is the full spoken label, and a truncated visible label
    // inside it would contradict that name (WCAG 2.5.3, label in name).
    const label = title || date
      ? h('g', { class: `dt-item-label ${statusClasses(event)}${selected ? ' dt-selected' : ''}${placements.lane[p]! % 2 === 1 ? ' dt-in-alt-lane' : ''}`, 'data-event-id': event.id },
        title ? h('text', { class: 'dt-label-title', x: labelX[i]!, y: titleY }, title) : null,
        date ? h('text', { class: 'dt-label-date', x: labelX[i]!, y: titleY + 13 }, date) : null)
      : null;
    items.push({ placement: p, key: `${event.id}|${laneKey}`, node, label });
  }
  return items;
}

/**
 * Every visible placement as a bar in its sub-row, touching bars merged, as
 * one path: at most about one segment per pixel per sub-row.
 */
function drawOverview(layout: TimelineLayout, visible: readonly number[], geometries: readonly ItemGeometry[]): ElementNode {
  const { placements } = layout;
  const open = new Map<number, [number, number, number]>(); // sub-row top → [x0, x1, y]
  let d = '';
  const flush = (segment: [number, number, number]) => {
    d += `M${round(segment[0])},${round(segment[2])}h${round(Math.max(1, segment[1] - segment[0]))}`;
  };
  for (const [i, p] of visible.entries()) {
    const geometry = geometries[i]!;
    const top = placements.top[p]!;
    const x0 = geometry.bandX0, x1 = Math.max(geometry.bandX1, geometry.drawnX1);
    const segment = open.get(top);
    if (segment && x0 <= segment[1] + 1) {
      segment[1] = Math.max(segment[1], x1);
    } else {
      if (segment) flush(segment);
      open.set(top, [x0, x1, top + sizes.markY]);
    }
  }
  for (const segment of open.values()) flush(segment);
  return h('path', { class: 'dt-overview', d });
}

/** Connectors of the visible events: a line from the top-most to the bottom-most placement. */
export function drawConnectors(layout: TimelineLayout, frame: Frame, items: readonly DrawnItem[]): ElementNode[] {
  // In an overview (no items) connectors would only add noise.
  const seen = new Set<number>();
  const nodes: ElementNode[] = [];
  const { placements } = layout;
  for (const item of items) {
    const e = placements.event[item.placement]!;
    if (seen.has(e) || placements.countOfEvent[e]! < 2) continue;
    seen.add(e);
    const first = placements.firstOfEvent[e]!;
    const last = first + placements.countOfEvent[e]! - 1;
    const geometry = itemGeometry(spanOf(layout, e), frame.scale, itemMetrics);
    const y1 = placements.top[first]! + sizes.markY + sizes.markRadius + 1;
    const y2 = placements.top[last]! + sizes.markY - sizes.markRadius - 1;
    nodes.push(h('line', { class: 'dt-connector', 'data-event-id': layout.events[e]!.id, x1: geometry.markX, x2: geometry.markX, y1, y2 }));
  }
  return nodes;
}

/** Lane backgrounds, separators and names: a left gutter, or captions above lanes when compact. */
export function drawLanes(layout: TimelineLayout, width: number, gutter: number, compact: boolean): ElementNode {
  return h('g', { class: 'dt-lanes' }, layout.lanes.map((lane) => h('g', { class: 'dt-lane', 'data-lane': lane.key },
    h('rect', { class: `dt-lane-bg${lane.index % 2 === 1 ? ' dt-lane-alt' : ''}`, x: 0, y: lane.top, width, height: lane.height }),
    h('line', { class: 'dt-lane-separator', x1: 0, x2: width, y1: lane.top + lane.height - 0.5, y2: lane.top + lane.height - 0.5 }),
    compact
      ? h('text', { class: 'dt-lane-label', x: 6, y: lane.top + 13 }, truncateToWidth(lane.label, width - 12, 12))
      : h('text', { class: 'dt-lane-label', x: 8, y: lane.top + sizes.lanePadding + sizes.markY + 4 }, truncateToWidth(lane.label, gutter - 14, 12)))));
}

/** Vertical grid lines at the axis ticks. */
export function drawGrid(scale: DayScale, height: number): ElementNode {
  const utc = utcScaleOf(scale);
  return h('g', { class: 'dt-grid' }, utc.ticks(tickCount(scale.x1 - scale.x0)).map((tick) => {
    const x = Math.round(utc(tick)) + 0.5;
    return h('line', { class: 'dt-gridline', x1: x, x2: x, y1: 0, y2: height });
  }));
}

/** An axis like d3-axis's `axisTop` draws, for the static SVG (the view uses d3-axis itself). */
export function drawStaticAxis(scale: DayScale, locale: string, y: number): ElementNode {
  const utc = utcScaleOf(scale);
  const format = multiScaleFormat(locale);
  return h('g', { class: 'dt-axis', transform: `translate(0,${y})`, 'aria-hidden': 'true' },
    h('path', { class: 'domain', fill: 'none', d: `M${scale.x0},-6V0H${scale.x1}V-6` }),
    utc.ticks(tickCount(scale.x1 - scale.x0)).map((tick) => h('g', { class: 'tick', transform: `translate(${round(utc(tick))},0)` },
      h('line', { y2: -6 }),
      tickLabelFits(utc(tick), scale) ? h('text', { class: 'dt-axis-text', y: -9, 'text-anchor': 'middle' }, format(tick)) : null)));
}

/** Whether a tick's label, centred on it, fits inside the plot's ends. */
export function tickLabelFits(x: number, scale: DayScale): boolean {
  return x - scale.x0 >= sizes.tickEdge && scale.x1 - x >= sizes.tickEdge;
}

/** The reference line (e.g. the publication day) with its label at the top. */
export function drawReference(day: number, label: string, scale: DayScale, height: number): ElementNode | null {
  const x = dayToX(scale, day + 0.5);
  if (x < scale.x0 || x > scale.x1) return null;
  // Bold text runs about 10% wider than the regular estimate.
  const anchorEnd = scale.x1 - x - 6 < estimateTextWidth(label, 11) * 1.1;
  return h('g', { class: 'dt-reference' },
    h('line', { class: 'dt-reference-line', x1: x, x2: x, y1: 0, y2: height }),
    h('text', { class: 'dt-reference-label', x: anchorEnd ? x - 5 : x + 5, y: 11, 'text-anchor': anchorEnd ? 'end' : 'start' }, label));
}
