/**
 * Where an event's mark and label sit along x under a given scale. Shared by
 * layout (to reserve room) and rendering (to draw), so the two agree.
 */
import type { DayScale } from './dayScale.js';
import { dayToX } from './dayScale.js';
import type { EventSpan } from './eventSpan.js';

/** Sizes that shape an item, in pixels. */
export interface ItemMetrics {
  /** Radius of a day mark (and of the marker at the start of a band). */
  readonly markRadius: number;
  /** How far an open end reaches past the band, as an arrow. */
  readonly openEndLength: number;
  /** Space kept free after an item before the next one in the same sub-row. */
  readonly gap: number;
}

/** An item along x: the mark or band, and where its label starts. */
export interface ItemGeometry {
  /** Centre of the marker. */
  readonly markX: number;
  /** Left and right of the band (equal to the marker's edges for a point). */
  readonly bandX0: number;
  readonly bandX1: number;
  /** Right end of the drawing, including an open-end arrow. */
  readonly drawnX1: number;
  /** Where the label starts. */
  readonly labelX: number;
  /**
   * The label sits beside a day mark, level with it; otherwise (a band, or
   * an open end whose arrow runs right) it sits below the drawing. Never at
   * the mark's own x, where a connector runs down.
   */
  readonly labelBeside: boolean;
}

/**
 * The geometry of an item: a point's mark sits in the middle of its day; a
 * band runs from the start of its first day to the end of its last, with its
 * marker (a tick) at the start.
 */
export function itemGeometry(span: EventSpan, scale: DayScale, metrics: ItemMetrics): ItemGeometry {
  const r = metrics.markRadius;
  if (span.point) {
    const markX = dayToX(scale, span.start + 0.5);
    const drawnX1 = span.openEnd ? markX + r + metrics.openEndLength : markX + r;
    return { markX, bandX0: markX - r, bandX1: markX + r, drawnX1, labelX: markX + r + 4, labelBeside: !span.openEnd };
  }
  const bandX0 = dayToX(scale, span.start);
  const bandX1 = Math.max(dayToX(scale, span.end), bandX0 + 2 * r);
  return {
    markX: bandX0,
    bandX0,
    bandX1,
    drawnX1: span.openEnd ? bandX1 + metrics.openEndLength : bandX1,
    labelX: bandX0 + 4,
    labelBeside: false,
  };
}
