/**
 * Marks on a canvas, for views with more items in sight than SVG should
 * hold: one path per status style filled or stroked at once, labels only
 * where they fit, and, zoomed out, density bins with their counts. The
 * canvas covers only the part of the plot in sight; axis, lanes, the
 * focused and selected items and the details stay in SVG and HTML.
 */
import type { TimelineLayout } from '../layout/computeLayout.js';
import { spanFlags } from '../layout/computeLayout.js';
import type { DayScale } from '../layout/dayScale.js';
import { dayToX } from '../layout/dayScale.js';
import type { DensityBins } from '../layout/densityBins.js';
import { estimateTextWidth, truncateToWidth } from '../layout/textWidth.js';
import type { EventStatus } from '../model/types.js';
import { itemMetrics, sizes } from './scene.js';

/** Colours read from the view's custom properties, so themes apply to the canvas too. */
export interface CanvasColors {
  readonly mark: string;
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly connector: string;
}

/** The part of the plot the canvas shows, and how to draw it. */
export interface CanvasViewport {
  readonly scale: DayScale;
  /** Plot y of the canvas's top edge, and its height, in CSS pixels. */
  readonly top: number;
  readonly height: number;
  readonly width: number;
  readonly colors: CanvasColors;
  /** CSS font family of the view. */
  readonly fontFamily: string;
}

/** Canvas drawing defaults. */
export const defaults = {
  /** Width of a density bin, in CSS pixels. */
  binWidth: 24,
  /** A label is drawn only when at least this much of it fits. */
  minLabelWidth: 40,
  /** Font size of labels and counts. */
  fontSize: 11,
} as const;

/** Statuses drawn hollow (planned, postponed, not happened, unknown); the others are solid. */
const hollow: ReadonlySet<EventStatus> = new Set<EventStatus>(['scheduled', 'expected', 'proposed', 'postponed', 'cancelled', 'did-not-occur', 'unknown']);
const struck: ReadonlySet<EventStatus> = new Set<EventStatus>(['cancelled', 'did-not-occur']);

/**
 * Sizes the canvas for a viewport at a device pixel ratio and clears it;
 * returns the context with plot coordinates in CSS pixels.
 */
export function prepareCanvas(canvas: HTMLCanvasElement, context: CanvasRenderingContext2D, viewport: CanvasViewport, pixelRatio: number): void {
  const width = Math.max(1, Math.round(viewport.width * pixelRatio));
  const height = Math.max(1, Math.round(viewport.height * pixelRatio));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width, height);
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, -viewport.top * pixelRatio);
}

/**
 * Draws placements `[lo, hi)` that are in sight as marks (skipping those
 * `skip` marks with 1, which SVG draws), with connectors and, where they fit
 * before the next item in the same sub-row, their titles. Returns how many
 * marks were drawn.
 */
export function drawCanvasMarks(context: CanvasRenderingContext2D, layout: TimelineLayout, viewport: CanvasViewport, lo: number, hi: number, fromDay: number, skip: ReadonlySet<number>): number {
  const { placements, eventFlags, events } = layout;
  const { scale, top: viewTop, height: viewHeight, colors } = viewport;
  const r = sizes.markRadius, half = sizes.bandHeight / 2;
  const solidPath = new Path2D(), hollowPath = new Path2D(), openPath = new Path2D(), strikePath = new Path2D(), connectorPath = new Path2D();
  // Label room: the next item's start in the same sub-row, found walking backwards.
  const rowSlots = Math.max(1, ...layout.lanes.map((lane) => lane.rowCount));
  const nextStart = new Float64Array(layout.lanes.length * rowSlots).fill(scale.x1);
  const labels: { x: number; y: number; text: string }[] = [];
  let drawn = 0;
  context.font = `${defaults.fontSize}px ${viewport.fontFamily}`;
  for (let p = hi - 1; p >= lo; p -= 1) {
    if (placements.end[p]! <= fromDay) continue;
    const top = placements.top[p]!;
    if (top + sizes.rowHeight < viewTop || top > viewTop + viewHeight) continue;
    const e = placements.event[p]!;
    const flags = eventFlags[e]!;
    const point = (flags & spanFlags.point) !== 0;
    const cy = top + sizes.markY;
    const x0 = point ? dayToX(scale, placements.start[p]! + 0.5) - r : dayToX(scale, placements.start[p]!);
    const x1 = point ? x0 + 2 * r : Math.max(dayToX(scale, placements.end[p]!), x0 + 2 * r);
    if (x0 > scale.x1) continue;
    const slot = placements.lane[p]! * rowSlots + Math.min(placements.row[p]!, rowSlots - 1);
    const room = nextStart[slot]! - itemMetrics.gap;
    nextStart[slot] = x0;
    if (skip.has(p)) continue;
    const event = events[e]!;
    const path = hollow.has(event.status) ? hollowPath : solidPath;
    if (point) {
      path.moveTo(x0 + 2 * r, cy);
      path.arc(x0 + r, cy, r, 0, 2 * Math.PI);
    } else {
      path.rect(x0, cy - half, x1 - x0, sizes.bandHeight);
    }
    const openEnd = (flags & spanFlags.openEnd) !== 0;
    const right = openEnd ? x1 + itemMetrics.openEndLength : x1;
    if (openEnd) {
      openPath.moveTo(x1, cy);
      openPath.lineTo(right, cy);
    }
    if (struck.has(event.status)) {
      strikePath.moveTo(x0 - 3, point ? cy + r + 3 : cy);
      strikePath.lineTo(x1 + 3, point ? cy - r - 3 : cy);
    }
    if (placements.countOfEvent[e]! > 1 && p === placements.firstOfEvent[e]) {
      const last = p + placements.countOfEvent[e]! - 1;
      const x = point ? x0 + r : x0;
      connectorPath.moveTo(x, cy + r + 1);
      connectorPath.lineTo(x, placements.top[last]! + sizes.markY - r - 1);
    }
    // Beside a point, below a band; only where the title fits (or most of it).
    const labelX = point && !openEnd ? x1 + 4 : x0 + 4;
    const labelY = point && !openEnd ? cy + 4 : top + 29;
    const width = Math.min(room, scale.x1) - Math.max(labelX, scale.x0);
    if (width >= defaults.minLabelWidth && labelX >= scale.x0) {
      const text = estimateTextWidth(event.title, defaults.fontSize) <= width ? event.title : truncateToWidth(event.title, width, defaults.fontSize);
      if (text) labels.push({ x: labelX, y: labelY, text });
    }
    drawn += 1;
  }
  context.lineWidth = 1.5;
  context.strokeStyle = colors.connector;
  context.stroke(connectorPath);
  context.fillStyle = colors.mark;
  context.fill(solidPath);
  context.fillStyle = colors.background;
  context.fill(hollowPath);
  context.lineWidth = 2;
  context.strokeStyle = colors.mark;
  context.stroke(solidPath);
  context.stroke(hollowPath);
  context.stroke(openPath);
  context.strokeStyle = colors.text;
  context.stroke(strikePath);
  context.fillStyle = colors.text;
  for (const label of labels) context.fillText(label.text, label.x, label.y);
  return drawn;
}

/**
 * Draws density bins: in each lane, a bar per bin whose height and shade
 * grow with its count, and the count itself where it fits.
 *
 * @param formatCount formats a count for the locale (compact: "1.2K")
 */
export function drawCanvasBins(context: CanvasRenderingContext2D, layout: TimelineLayout, viewport: CanvasViewport, bins: DensityBins, formatCount: (count: number) => string): void {
  const { scale, top: viewTop, height: viewHeight, colors } = viewport;
  const barZone = sizes.rowHeight * 1.5;
  context.font = `${defaults.fontSize}px ${viewport.fontFamily}`;
  context.textAlign = 'center';
  const bars = new Path2D();
  const texts: { x: number; y: number; text: string }[] = [];
  for (const lane of layout.lanes) {
    if (lane.top + lane.height < viewTop || lane.top > viewTop + viewHeight) continue;
    // Bars stand on a baseline near the top of the lane's part in sight, so they are seen whatever the scroll.
    const zoneTop = Math.max(lane.top + sizes.lanePadding, Math.min(viewTop + sizes.lanePadding, lane.top + lane.height - barZone - sizes.lanePadding));
    const base = zoneTop + barZone - 14;
    for (let b = 0; b < bins.binCount; b += 1) {
      const count = bins.counts[lane.index * bins.binCount + b]!;
      if (count === 0) continue;
      const x0 = dayToX(scale, bins.edges[b]!), x1 = dayToX(scale, bins.edges[b + 1]!);
      const height = Math.max(2, ((barZone - 18) * Math.sqrt(count)) / Math.sqrt(bins.max));
      bars.rect(x0 + 1, base - height, Math.max(1, x1 - x0 - 2), height);
      const text = formatCount(count);
      if (estimateTextWidth(text, defaults.fontSize) <= x1 - x0 - 2) texts.push({ x: (x0 + x1) / 2, y: base + 12, text });
    }
  }
  context.fillStyle = colors.mark;
  context.globalAlpha = 0.55;
  context.fill(bars);
  context.globalAlpha = 1;
  context.fillStyle = colors.text;
  for (const text of texts) context.fillText(text.text, text.x, text.y);
  context.textAlign = 'start';
}
