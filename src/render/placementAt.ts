/**
 * Hit-testing without DOM nodes: which placement is under a point of the
 * plot, found by binary search over the placements' starts (sorted), then a
 * scan of the few that can reach that x, checked against their sub-row.
 */
import type { TimelineLayout } from '../layout/computeLayout.js';
import { spanFlags } from '../layout/computeLayout.js';
import type { DayScale } from '../layout/dayScale.js';
import { dayToX, pixelsPerDay, xToDay } from '../layout/dayScale.js';
import { lowerBound } from '../layout/visibleRange.js';
import { itemMetrics, sizes } from './scene.js';

/** Hit-testing defaults. */
export const defaults = {
  /** Pixels of slack around a mark, so that a small mark is easy to hit. */
  slack: 4,
} as const;

/**
 * The placement drawn at plot coordinates `(x, y)` under `scale`, or -1.
 * Where marks overlap, the one whose mark is nearest wins.
 *
 * @example placementAt(layout, scale, 412, 57) // 1234
 */
export function placementAt(layout: TimelineLayout, scale: DayScale, x: number, y: number, slack: number = defaults.slack): number {
  const { placements, eventFlags } = layout;
  const r = itemMetrics.markRadius;
  const reach = (r + itemMetrics.openEndLength + slack) / pixelsPerDay(scale);
  const day = xToDay(scale, x);
  const lo = lowerBound(placements.start, day - layout.maxSpanDays - reach);
  const hi = lowerBound(placements.start, day + reach);
  let best = -1, bestDistance = Infinity;
  for (let p = lo; p < hi; p += 1) {
    const top = placements.top[p]!;
    if (y < top || y >= top + sizes.rowHeight) continue;
    const flags = eventFlags[placements.event[p]!]!;
    const open = (flags & spanFlags.openEnd) !== 0 ? itemMetrics.openEndLength : 0;
    const point = (flags & spanFlags.point) !== 0;
    let x0: number, x1: number, markX: number;
    if (point) {
      markX = dayToX(scale, placements.start[p]! + 0.5);
      x0 = markX - r;
      x1 = markX + r + open;
    } else {
      x0 = markX = dayToX(scale, placements.start[p]!);
      x1 = Math.max(dayToX(scale, placements.end[p]!), x0 + 2 * r) + open;
    }
    if (x < x0 - slack || x > x1 + slack) continue;
    // A point is nearest by its centre; a band by its extent (inside it, distance 0).
    const distance = point ? Math.abs(x - markX) : Math.max(0, x0 - x, x - x1);
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}
