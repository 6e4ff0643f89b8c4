/**
 * Marks on a canvas, for views with more items in sight than SVG should
 * hold: the same parts as the SVG marks (from the encoding table), one path
 * per kind of part and paint filled or stroked at once, labels only where
 * they fit, and, zoomed out, density bins with their counts. The
 * canvas covers only the part of the plot in sight; axis, lanes, the
 * focused and selected items and the details stay in SVG and HTML.
 */
import type { TimelineLayout } from '../layout/computeLayout.js';
import { spanOf } from '../layout/computeLayout.js';
import type { DayScale } from '../layout/dayScale.js';
import { dayToX } from '../layout/dayScale.js';
import type { DensityBins } from '../layout/densityBins.js';
import { itemGeometry } from '../layout/itemGeometry.js';
import { estimateTextWidth, truncateToWidth } from '../layout/textWidth.js';
import { eventStatuses } from '../model/types.js';
import type { MarkPart, MarkSize, ResolvedPaint } from './encoding.js';
import { fadeBox, fadeOf, fadeRamps, markParts, partKinds, partSizes, resolvePaint, statusEncoding } from './encoding.js';
import { itemMetrics, sizes } from './sizes.js';

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

const markSize: MarkSize = { radius: sizes.markRadius, bandHeight: sizes.bandHeight };

/** The paint of each kind of part for each status, and a key shared by the statuses painted alike. */
const paints = new Map(eventStatuses.map((status) => [status, new Map(partKinds.map((kind) => {
  const paint = resolvePaint(kind, statusEncoding[status]);
  return [kind, { paint, key: `${kind} ${paint.fill ?? ''} ${paint.stroke ?? ''} ${paint.width} ${paint.dash.join(',')} ${paint.cap}` }];
}))]));

/** Parts of one kind with one paint, drawn as one path. */
interface Batch {
  readonly order: number;
  readonly paint: ResolvedPaint;
  readonly parts: MarkPart[];
}

/** Adds a part's outline to the context's current path. */
function tracePart(context: CanvasRenderingContext2D, part: MarkPart): void {
  switch (part.kind) {
    case 'halo':
    case 'dot':
      context.moveTo(part.cx + part.r, part.cy);
      context.arc(part.cx, part.cy, part.r, 0, 2 * Math.PI);
      return;
    case 'half-dot':
      // The left half: from the top, anticlockwise through the left, to the bottom.
      context.moveTo(part.cx, part.cy - part.r);
      context.arc(part.cx, part.cy, part.r, -Math.PI / 2, Math.PI / 2, true);
      context.closePath();
      return;
    case 'band':
    case 'half-band':
      context.roundRect(part.x, part.y, part.width, part.height, partSizes.bandCorner);
      return;
    case 'marker':
    case 'open-end':
    case 'strike':
      context.moveTo(part.x1, part.y1);
      context.lineTo(part.x2, part.y2);
      return;
    case 'open-end-head':
      context.moveTo(part.x, part.y);
      context.lineTo(part.x - partSizes.headLength, part.y - partSizes.headHalfWidth);
      context.lineTo(part.x - partSizes.headLength, part.y + partSizes.headHalfWidth);
      context.closePath();
      return;
  }
}

/**
 * A colour at an opacity. The context parses the colour (any CSS colour a
 * theme sets) and gives it back as `#rrggbb` or `rgba(…)`.
 */
function colorAt(context: CanvasRenderingContext2D, color: string, opacity: number): string {
  context.fillStyle = color;
  const parsed = context.fillStyle;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(parsed);
  const rgba = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(parsed);
  const channels = hex ? [hex[1]!, hex[2]!, hex[3]!].map((channel) => parseInt(channel, 16)) : rgba ? [rgba[1]!, rgba[2]!, rgba[3]!].map(Number) : undefined;
  if (!channels) return color;
  const alpha = Math.round((rgba?.[4] === undefined ? 1 : Number(rgba[4])) * opacity * 1000) / 1000;
  return `rgba(${channels.join(', ')}, ${alpha})`;
}

/** The fade of a band as a gradient over the fade box, the same ramp as the SVG mask. */
function fadeGradient(context: CanvasRenderingContext2D, part: MarkPart & { readonly kind: 'band' | 'half-band' }, color: string, rampColors: Map<string, string>): CanvasGradient {
  const from = part.x + fadeBox.x * part.width;
  const gradient = context.createLinearGradient(from, 0, from + fadeBox.width * part.width, 0);
  for (const [offset, opacity] of fadeRamps[part.fade!]) {
    const key = `${color} ${opacity}`;
    let stop = rampColors.get(key);
    if (stop === undefined) rampColors.set(key, (stop = colorAt(context, color, opacity)));
    gradient.addColorStop(offset, stop);
  }
  return gradient;
}

function isFaded(part: MarkPart): part is MarkPart & { readonly kind: 'band' | 'half-band' } {
  return (part.kind === 'band' || part.kind === 'half-band') && part.fade !== undefined;
}

/** Draws batches in the order an item draws its parts: each batch as one path, its faded bands one by one. */
function drawBatches(context: CanvasRenderingContext2D, batches: Iterable<Batch>, colors: CanvasColors): void {
  // Ramp colours parsed once a frame: a frame has few colours and few opacities.
  const rampColors = new Map<string, string>();
  for (const { paint, parts } of [...batches].sort((a, b) => a.order - b.order)) {
    const fill = paint.fill && colors[paint.fill], stroke = paint.stroke && colors[paint.stroke];
    context.lineWidth = paint.width;
    context.lineCap = paint.cap;
    context.setLineDash(paint.dash);
    const sharp = parts.filter((part) => !isFaded(part));
    if (sharp.length > 0) {
      context.beginPath();
      for (const part of sharp) tracePart(context, part);
      if (fill) {
        context.fillStyle = fill;
        context.fill();
      }
      if (stroke) {
        context.strokeStyle = stroke;
        context.stroke();
      }
    }
    for (const part of parts) {
      if (!isFaded(part)) continue;
      context.beginPath();
      tracePart(context, part);
      if (fill) {
        context.fillStyle = fadeGradient(context, part, fill, rampColors);
        context.fill();
      }
      if (stroke) {
        context.strokeStyle = fadeGradient(context, part, stroke, rampColors);
        context.stroke();
      }
    }
  }
}

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
  const { placements, events } = layout;
  const { scale, top: viewTop, height: viewHeight, colors } = viewport;
  const r = sizes.markRadius;
  const batches = new Map<string, Batch>();
  const connectors: number[] = [];
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
    const span = spanOf(layout, e);
    const { point, openEnd } = span;
    const cy = top + sizes.markY;
    const geometry = itemGeometry(span, scale, itemMetrics);
    const x0 = geometry.bandX0, x1 = geometry.bandX1;
    if (x0 > scale.x1) continue;
    const slot = placements.lane[p]! * rowSlots + Math.min(placements.row[p]!, rowSlots - 1);
    const room = nextStart[slot]! - itemMetrics.gap;
    nextStart[slot] = x0;
    if (skip.has(p)) continue;
    const event = events[e]!;
    const statusPaints = paints.get(event.status)!;
    for (const part of markParts(statusEncoding[event.status], { point, openEnd, fade: fadeOf(event), marker: true }, geometry, cy, markSize)) {
      const { paint, key } = statusPaints.get(part.kind)!;
      let batch = batches.get(key);
      if (!batch) batches.set(key, (batch = { order: partKinds.indexOf(part.kind), paint, parts: [] }));
      batch.parts.push(part);
    }
    if (placements.countOfEvent[e]! > 1 && p === placements.firstOfEvent[e]) {
      const last = p + placements.countOfEvent[e]! - 1;
      connectors.push(geometry.markX, cy + r + 1, placements.top[last]! + sizes.markY - r - 1);
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
  if (connectors.length > 0) {
    context.lineWidth = 1.5;
    context.lineCap = 'butt';
    context.setLineDash([]);
    context.strokeStyle = colors.connector;
    context.beginPath();
    for (let i = 0; i < connectors.length; i += 3) {
      context.moveTo(connectors[i]!, connectors[i + 1]!);
      context.lineTo(connectors[i]!, connectors[i + 2]!);
    }
    context.stroke();
  }
  drawBatches(context, batches.values(), colors);
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
  context.font = `${defaults.fontSize}px ${viewport.fontFamily}`;
  context.textAlign = 'center';
  const bars = new Path2D();
  const texts: { x: number; y: number; text: string }[] = [];
  for (const lane of layout.lanes) {
    if (lane.top + lane.height < viewTop || lane.top > viewTop + viewHeight) continue;
    // A density strip as tall as its lane allows: thin lanes keep every lane in sight at once.
    const barZone = Math.min(sizes.rowHeight * 1.5, lane.height - 2 * sizes.lanePadding);
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
