/**
 * The drawing: pure functions from layout and the current scale to element
 * trees. The interactive view and `renderToSVG` share them, so the static
 * SVG shows the same picture as the first frame of the interactive one.
 */
import { scaleUtc } from 'd3-scale';
import type { Language } from '../i18n/messages.js';
import type { LaneGeometry, TimelineLayout } from '../layout/computeLayout.js';
import { isEcho, spanOf } from '../layout/computeLayout.js';
import type { TimeBreak } from '../layout/compressedTime.js';
import type { DayScale } from '../layout/dayScale.js';
import { dayToX, xToDay } from '../layout/dayScale.js';
import type { ItemGeometry } from '../layout/itemGeometry.js';
import { itemGeometry } from '../layout/itemGeometry.js';
import type { LabelBox } from '../layout/labelGeometry.js';
import { labelBox, labelMetrics } from '../layout/labelGeometry.js';
import { labelRoom } from '../layout/labelRoom.js';
import { estimateTextWidth, truncateToWidth, wrapToWidth } from '../layout/textWidth.js';
import { visibleRange } from '../layout/visibleRange.js';
import type { TimelineEvent } from '../model/types.js';
import { dayToUTCDate } from '../time/calendar.js';
import { multiScaleFormat } from './axisFormat.js';
import { describeForLabel } from './dateText.js';
import { eventLabel } from './eventText.js';
import { fadeBox, fadeRamps } from './encoding.js';
import { drawMarks, statusClasses } from './marks.js';
import { itemMetrics, sizes } from './sizes.js';
import type { ElementNode } from './svgNode.js';
import { h } from './svgNode.js';

/** What drawing needs besides layout: settings fixed for the view's life. */
export interface SceneSettings {
  /** Prefix for ids in `<defs>`, unique per view in a page. */
  readonly idPrefix: string;
  readonly locale: string;
  /** The words: the locale's messages with the user's. */
  readonly language: Language;
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

/**
 * A d3 UTC scale equal to a day scale: linear, or piecewise-linear through
 * the warp's knots in view (d3's polylinear domain), so d3-axis places
 * ticks where the marks are.
 */
export function utcScaleOf(scale: DayScale): ReturnType<typeof scaleUtc<number>> {
  const days = [scale.from];
  if (scale.warp) for (const day of scale.warp.days) if (day > scale.from && day < scale.to) days.push(day);
  days.push(scale.to);
  return scaleUtc().domain(days.map(dayToUTCDate)).range(days.map((day) => dayToX(scale, day)));
}

/** An axis tick: its date, position and text. */
export interface AxisTick {
  readonly date: Date;
  readonly x: number;
  readonly label: string;
}

/**
 * The axis ticks of a scale. Linear: d3's UTC ticks, multi-scale labels.
 * Compressed: the middle of each day that has a slot (busiest first), and
 * d3's ticks inside stretches wide enough for them, at least
 * `sizes.tickSpacing * 0.7` apart, none inside a break; labelled with the
 * day and, where the year changes, the year.
 */
export function axisTicks(scale: DayScale, locale: string, breaks: readonly TimeBreak[] = []): AxisTick[] {
  const utc = utcScaleOf(scale);
  if (!scale.warp) {
    const format = multiScaleFormat(locale);
    const dates = utc.ticks(tickCount(scale.x1 - scale.x0));
    // Ticks a day or a few days apart name days: they sit at noon, over the day's marks, not at its start.
    const step = dates.length > 1 ? dates[1]!.getTime() - dates[0]!.getTime() : 0;
    const shift = step >= 86_400_000 && step <= 7 * 86_400_000 ? 43_200_000 : 0;
    return dates.map((tick) => {
      const date = new Date(tick.getTime() + shift);
      return { date, x: utc(date), label: tickLabelFits(utc(date), scale) ? format(tick) : '' };
    });
  }
  // Candidates with a priority: each day's slot at its middle, where its marks are (the wider
  // the slot, the busier the day, the likelier its tick), then d3's ticks inside long stretches.
  const { days, units } = scale.warp;
  const candidates: { date: Date; day: number; x: number; priority: number }[] = [];
  for (let i = 0; i + 1 < days.length; i += 1) {
    const from = days[i]!, to = days[i + 1]!;
    if (to - from === 1) {
      const x = dayToX(scale, from + 0.5);
      candidates.push({ date: new Date(dayToUTCDate(from).getTime() + 43_200_000), day: from, x, priority: 2 + units[i + 1]! - units[i]! });
      continue;
    }
    const a = Math.max(from, scale.from), b = Math.min(to, scale.to);
    const width = dayToX(scale, b) - dayToX(scale, a);
    if (b <= a || width < sizes.tickSpacing) continue;
    for (const date of scaleUtc().domain([dayToUTCDate(a), dayToUTCDate(b)]).ticks(Math.floor(width / sizes.tickSpacing))) {
      candidates.push({ date, day: Math.floor(date.getTime() / 86_400_000), x: utc(date), priority: 1 });
    }
  }
  const inBreak = (day: number) => breaks.some((gap) => day >= gap.from && day < gap.to);
  const spacing = sizes.tickSpacing * 0.7;
  const kept: typeof candidates = [];
  for (const tick of candidates.filter((t) => t.x >= scale.x0 && t.x <= scale.x1 && !inBreak(t.day)).sort((a, b) => b.priority - a.priority || a.x - b.x)) {
    if (kept.every((other) => Math.abs(other.x - tick.x) >= spacing)) kept.push(tick);
  }
  kept.sort((a, b) => a.x - b.x);
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const dayYear = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  let year = NaN;
  return kept.map((tick) => {
    if (!tickLabelFits(tick.x, scale)) return { date: tick.date, x: tick.x, label: '' };
    const changed = tick.date.getUTCFullYear() !== year;
    year = tick.date.getUTCFullYear();
    return { date: tick.date, x: tick.x, label: (changed ? dayYear : day).format(tick.date) };
  });
}

/** The length of a skipped stretch in words: "18 days", "5 months", "3 years". */
function stretchText(days: number, language: Language): string {
  if (days < 60) return language.text('axis.days', { count: days });
  if (days < 730) return language.text('axis.months', { count: Math.round(days / 30.44) });
  return language.text('axis.years', { count: Math.round(days / 365.25) });
}

/**
 * Axis breaks of a compressed scale: a break glyph (two slanted strokes
 * across the axis line) in each shrunk stretch, with the time skipped
 * written beside it where there is room, and a `<title>` saying so.
 */
export function drawAxisBreaks(scale: DayScale, breaks: readonly TimeBreak[], language: Language): ElementNode {
  return h('g', { class: 'dt-axis-breaks' }, breaks.flatMap((gap) => {
    const a = dayToX(scale, gap.from), b = dayToX(scale, gap.to);
    const x = (a + b) / 2;
    if (b - a < 8 || x < scale.x0 || x > scale.x1) return [];
    const stretch = stretchText(gap.to - gap.from, language);
    const text = language.text('axis.skipped', { stretch });
    const room = b - a - 18;
    return h('g', { class: 'dt-axis-break', transform: `translate(${round(x)},0)` },
      h('title', {}, language.text('axis.break', { stretch })),
      h('rect', { class: 'dt-axis-break-gap', x: -4, y: -8, width: 8, height: 10 }),
      h('path', { class: 'dt-axis-break-glyph', d: 'M-6,3L-1,-9M1,3L6,-9' }),
      room >= estimateTextWidth(text, 10) ? h('text', { class: 'dt-axis-break-text', x: 0, y: -12, 'text-anchor': 'middle' }, text) : null);
  }));
}

/** Tinted bands across the plot where the compressed scale skipped time. */
export function drawBreakBands(scale: DayScale, breaks: readonly TimeBreak[], height: number): ElementNode {
  return h('g', { class: 'dt-break-bands' }, breaks.flatMap((gap) => {
    const a = Math.max(scale.x0, dayToX(scale, gap.from)), b = Math.min(scale.x1, dayToX(scale, gap.to));
    return b - a >= 2 ? [h('rect', { class: 'dt-break-band', x: a, y: 0, width: b - a, height })] : [];
  }));
}

/** How many axis ticks suit a plot width. */
export function tickCount(width: number): number {
  return Math.max(2, Math.floor(width / sizes.tickSpacing));
}

/** Gradients and masks for faded (approximate or uncertain) ends, and the plot's clip path. */
export function drawDefs(prefix: string, clip: { x: number; width: number; height: number } | undefined): ElementNode {
  // A mask's luminance is its opacity: each ramp stop as a grey of that luminance.
  const grey = (opacity: number) => {
    const level = Math.round(opacity * 255).toString(16).padStart(2, '0');
    return `#${level}${level}${level}`;
  };
  const fades = Object.keys(fadeRamps) as (keyof typeof fadeRamps)[];
  return h('defs', {},
    fades.map((fade) => h('linearGradient', { id: `${prefix}fade-${fade}-gradient`, x1: 0, x2: 1, y1: 0, y2: 0 },
      fadeRamps[fade].map(([offset, opacity]) => h('stop', { offset, 'stop-color': grey(opacity) })))),
    fades.map((fade) => h('mask', { id: `${prefix}fade-${fade}`, maskContentUnits: 'objectBoundingBox', x: String(fadeBox.x), y: String(fadeBox.y), width: String(fadeBox.width), height: String(fadeBox.height) },
      h('rect', { ...fadeBox, fill: `url(#${prefix}fade-${fade}-gradient)` }))),
    clip ? h('clipPath', { id: `${prefix}clip` }, h('rect', { x: clip.x, y: 0, width: clip.width, height: clip.height })) : null);
}

/** An event's spoken label and date line, formatted once per language (every frame redraws the visible items). */
const texts = new WeakMap<TimelineEvent, { language: Language; fullLabel: string; dateLine: string }>();

function textsOf(event: TimelineEvent, language: Language): { fullLabel: string; dateLine: string } {
  let entry = texts.get(event);
  if (entry?.language !== language) {
    entry = { language, fullLabel: eventLabel(event, language), dateLine: describeForLabel(event.when, language) };
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
  const labelReach = settings.labels ? settings.maxLabelWidth + itemMetrics.openEndLength + 2 * sizes.markRadius : itemMetrics.openEndLength;
  // Labels reach in from either side: left of a mark past the right edge, right of one past the left.
  const fromDay = xToDay(scale, scale.x0 - labelReach - sizes.markRadius);
  const toDay = xToDay(scale, scale.x1 + (settings.labels ? labelReach : 0) + sizes.markRadius);
  const [lo, hi] = visibleRange(layout.placements.start, layout.maxSpanDays, fromDay, toDay);
  return [lo, hi, fromDay];
}

/** The smallest hit area's side, in pixels. */
const minTarget = 24;

/** A label to draw: its lines, and its box in plot coordinates at the frame's scale. */
interface PlacedLabel extends LabelBox {
  readonly lines: readonly string[];
  readonly date: string;
}

/**
 * Labels of packed layouts at the frame's scale: each placement's label
 * from the layout, moved with its mark. Packing made them disjoint at the
 * initial scale, and zooming in only spreads marks apart; zoomed out, a
 * label that would now cover another item or label is left out (its text
 * stays in the tooltip, the details and the spoken label).
 */
function packedLabels(layout: TimelineLayout, visible: readonly number[], geometries: readonly ItemGeometry[]): (PlacedLabel | null)[] {
  const labels = layout.labels!;
  const { placements } = layout;
  const result: (PlacedLabel | null)[] = [];
  // Boxes taken so far, per lane: every mark first, then labels in placement order.
  const taken = new Map<number, number[]>();
  const take = (lane: number, x0: number, x1: number, y0: number, y1: number) => {
    let boxes = taken.get(lane);
    if (!boxes) taken.set(lane, (boxes = []));
    boxes.push(x0, x1, y0, y1);
  };
  const free = (lane: number, x0: number, x1: number, y0: number, y1: number, own: number) => {
    const boxes = taken.get(lane) ?? [];
    for (let k = 0; k < boxes.length; k += 4) {
      if (k === own) continue;
      if (boxes[k]! < x1 && boxes[k + 1]! > x0 && boxes[k + 2]! < y1 && boxes[k + 3]! > y0) return false;
    }
    return true;
  };
  const markIndex: number[] = [];
  for (const [i, p] of visible.entries()) {
    const geometry = geometries[i]!;
    const top = placements.top[p]!;
    markIndex.push((taken.get(placements.lane[p]!)?.length ?? 0));
    take(placements.lane[p]!, geometry.bandX0 - 1, geometry.drawnX1 + 1, top + 2, top + labelMetrics.markHeight - 2);
  }
  for (const [i, p] of visible.entries()) {
    const side = labels.side[p], shape = labels.shape[p];
    if (!side || !shape) {
      result.push(null);
      continue;
    }
    const box = labelBox(geometries[i]!, side, shape);
    const top = placements.top[p]!;
    const lane = placements.lane[p]!;
    // The label's own text block, without its mark (which is taken already).
    const x0 = box.anchor === 'end' ? box.textX - shape.width : box.textX;
    const x1 = box.anchor === 'end' ? box.textX : box.textX + shape.width;
    const y0 = top + box.baseline - labelMetrics.titleSize, y1 = top + box.bottom - labelMetrics.descent;
    if (!free(lane, x0, x1, y0, y1, markIndex[i]!)) {
      result.push(null);
      continue;
    }
    take(lane, x0, x1, y0, y1);
    result.push({ lines: shape.lines, date: shape.date, textX: box.textX, anchor: box.anchor, baseline: top + box.baseline, x0: box.x0, x1: box.x1, bottom: top + box.bottom });
  }
  return result;
}

/**
 * Labels of fixed sub-rows (large views): one line of title and one of
 * date beside or below the mark, cut with an ellipsis to the room left
 * before the next item in the sub-row at this zoom.
 */
function rowLabels(layout: TimelineLayout, frame: Frame, settings: SceneSettings, visible: readonly number[], geometries: readonly ItemGeometry[]): (PlacedLabel | null)[] {
  const { placements, events } = layout;
  const { scale } = frame;
  const count = visible.length;
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
  return visible.map((p, i) => {
    const e = placements.event[p]!;
    const event = events[e]!;
    const geometry = geometries[i]!;
    const width = Math.min(room[i]!, settings.maxLabelWidth);
    if (width < 24) return null;
    // The selected title is bold, about 10% wider than the regular estimate.
    const title = truncateToWidth(event.title, frame.selected === e ? width / 1.1 : width, sizes.titleSize);
    const date = truncateToWidth(textsOf(event, settings.language).dateLine, width, sizes.dateSize);
    const top = placements.top[p]!;
    const baseline = geometry.labelBeside ? top + sizes.markY + 4 : top + 29;
    const labelWidth = Math.max(title ? estimateTextWidth(title, sizes.titleSize) : 0, date ? estimateTextWidth(date, sizes.dateSize) : 0);
    return { lines: title ? [title] : [], date, textX: labelX[i]!, anchor: 'start', baseline, x0: Math.min(geometry.bandX0, labelX[i]!), x1: Math.max(geometry.drawnX1, labelX[i]! + Math.min(width, labelWidth)), bottom: baseline + 17 };
  });
}

/**
 * The given placements (in placement order) drawn as items, each a `<g>`
 * with its marks, and its label (in a layer of its own): wrapped and
 * placed by layout, or fitted to the room left in fixed sub-rows.
 */
export function drawItemList(layout: TimelineLayout, frame: Frame, settings: SceneSettings, visible: readonly number[]): DrawnItem[] {
  const { placements, events } = layout;
  const { scale } = frame;
  const geometries = visible.map((p) => itemGeometry(spanOf(layout, placements.event[p]!), scale, itemMetrics));
  const labels = !settings.labels ? visible.map(() => null)
    : layout.labels ? packedLabels(layout, visible, geometries) : rowLabels(layout, frame, settings, visible, geometries);

  const items: DrawnItem[] = [];
  for (const [i, p] of visible.entries()) {
    const e = placements.event[p]!;
    const event = events[e]!;
    const span = spanOf(layout, e);
    const geometry = geometries[i]!;
    const top = placements.top[p]!;
    const height = placements.height[p]!;
    const cy = top + sizes.markY;
    const { fullLabel } = textsOf(event, settings.language);
    const laneKey = layout.lanes[placements.lane[p]!]!.key;
    const selected = frame.selected === e;
    const placed = labels[i];
    const hitX0 = Math.min(geometry.bandX0, placed?.x0 ?? Infinity) - 4;
    const hitX1 = Math.max(geometry.drawnX1, placed?.x1 ?? -Infinity) + 4;
    const hitWidth = Math.max(28, hitX1 - hitX0);
    // At least 24 px tall, a touch target's minimum (WCAG 2.5.8), even where rows are packed closer.
    const hitHeight = Math.max(minTarget, (placed ? placed.bottom - top : height) - 2);
    const hitY = Math.min(top + 1, cy - minTarget / 2);
    const classes = ['dt-item', statusClasses(event), span.point ? 'dt-point' : 'dt-span', `dt-precision-${event.when.precision}`, selected ? 'dt-selected' : ''].filter(Boolean).join(' ');
    // An echo is drawn and can be clicked, but focus and screen readers meet the event once, where it is labelled.
    const focusable = settings.interactive && !isEcho(layout, p);
    const node = h('g', {
      class: focusable || !settings.interactive ? classes : `${classes} dt-echo`,
      'data-key': `${event.id}|${laneKey}`,
      'data-event-id': event.id,
      role: focusable ? 'button' : undefined,
      tabindex: focusable ? (frame.focusable === p ? 0 : -1) : undefined,
      'aria-label': focusable ? fullLabel : undefined,
      'aria-expanded': focusable ? (selected ? 'true' : 'false') : undefined,
      'aria-controls': focusable ? settings.detailsId : undefined,
      'aria-hidden': settings.interactive && !focusable ? 'true' : undefined,
    },
    settings.titles ? h('title', {}, fullLabel) : null,
    h('rect', { class: 'dt-hit', x: hitX0, y: hitY, width: hitWidth, height: hitHeight }),
    focusable ? h('rect', { class: 'dt-focus-ring', x: hitX0, y: hitY, width: hitWidth, height: hitHeight, rx: 4 }) : null,
    drawMarks(event, geometry, span.point, span.openEnd, cy, settings.idPrefix));
    // Labels live in their own layer, outside the focusable mark: the mark's
    // accessible name is the full spoken label, and a visible label inside it
    // that says less would contradict that name (WCAG 2.5.3, label in name).
    const label = placed && (placed.lines.length > 0 || placed.date)
      ? h('g', { class: `dt-item-label ${statusClasses(event)}${selected ? ' dt-selected' : ''}${placements.lane[p]! % 2 === 1 ? ' dt-in-alt-lane' : ''}`, 'data-event-id': event.id },
        placed.lines.map((line, k) => h('text', { class: 'dt-label-title', x: placed.textX, y: placed.baseline + k * labelMetrics.lineHeight, 'text-anchor': placed.anchor === 'end' ? 'end' : undefined }, line)),
        placed.date ? h('text', { class: 'dt-label-date', x: placed.textX, y: placed.baseline + (placed.lines.length - 1) * labelMetrics.lineHeight + labelMetrics.dateLine, 'text-anchor': placed.anchor === 'end' ? 'end' : undefined }, placed.date) : null)
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

/**
 * A lane's name within `width`: the name itself; else the shortest alias
 * that fits ("IAEA"); else the name wrapped to two lines. `full` is set when
 * what is shown says less than the name (for a `<title>`).
 */
export function laneName(lane: LaneGeometry, laneWidth: number): { lines: string[]; full: string | undefined } {
  const size = sizes.laneNameSize;
  // Names are semibold, about an eighth wider than the regular text the estimate is for.
  const width = laneWidth / 1.14;
  if (estimateTextWidth(lane.label, size) <= width) return { lines: [lane.label], full: undefined };
  const alias = lane.aliases.find((candidate) => estimateTextWidth(candidate, size) <= width);
  if (alias) return { lines: [alias], full: lane.label };
  const lines = wrapToWidth(lane.label, width, size, 2);
  return { lines, full: lines.join(' ') === lane.label ? undefined : lane.label };
}

/** Lane backgrounds, separators and names: a left gutter, or captions above lanes when compact. */
export function drawLanes(layout: TimelineLayout, width: number, gutter: number, compact: boolean): ElementNode {
  return h('g', { class: 'dt-lanes' }, layout.lanes.map((lane) => {
    const name = laneName(lane, compact ? width - 12 : gutter - 14);
    const x = compact ? 6 : 8;
    const y = compact ? lane.top + 13 : lane.top + sizes.lanePadding + sizes.markY + 4;
    return h('g', { class: 'dt-lane', 'data-lane': lane.key },
      h('rect', { class: `dt-lane-bg${lane.index % 2 === 1 ? ' dt-lane-alt' : ''}`, x: 0, y: lane.top, width, height: lane.height }),
      h('line', { class: 'dt-lane-separator', x1: 0, x2: width, y1: lane.top + lane.height - 0.5, y2: lane.top + lane.height - 0.5 }),
      h('text', { class: 'dt-lane-label', x, y },
        name.full ? h('title', {}, name.full) : null,
        name.lines.length === 1 ? name.lines[0]! : name.lines.map((line, i) => h('tspan', { x, dy: i === 0 ? 0 : sizes.laneNameLine }, line))));
  }));
}

/** Vertical grid lines at the axis ticks, and the bands of skipped time. */
export function drawGrid(scale: DayScale, height: number, locale: string, breaks: readonly TimeBreak[] = []): ElementNode {
  return h('g', { class: 'dt-grid' }, drawBreakBands(scale, breaks, height), axisTicks(scale, locale, breaks).map((tick) => {
    const x = Math.round(tick.x) + 0.5;
    return h('line', { class: 'dt-gridline', x1: x, x2: x, y1: 0, y2: height });
  }));
}

/** An axis like d3-axis's `axisTop` draws, for the static SVG (the view uses d3-axis itself). */
export function drawStaticAxis(scale: DayScale, language: Language, y: number, breaks: readonly TimeBreak[] = []): ElementNode {
  const { locale } = language;
  return h('g', { class: 'dt-axis', transform: `translate(0,${y})`, 'aria-hidden': 'true' },
    h('path', { class: 'domain', fill: 'none', d: `M${scale.x0},-6V0H${scale.x1}V-6` }),
    axisTicks(scale, locale, breaks).map((tick) => h('g', { class: 'tick', transform: `translate(${round(tick.x)},0)` },
      h('line', { y2: -6 }),
      tick.label ? h('text', { class: 'dt-axis-text', y: -9, 'text-anchor': 'middle' }, tick.label) : null)),
    drawAxisBreaks(scale, breaks, language));
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
