/**
 * Hit-testing without DOM nodes: which placement is under a point of the
 * plot, found by binary search over the placements' starts (sorted), then a
 * scan of the few that can reach that x, checked against their sub-row.
 */
import type { TimelineLayout } from '../layout/computeLayout.js';
import { spanFlags, spanOf } from '../layout/computeLayout.js';
import { itemGeometry } from '../layout/itemGeometry.js';
import type { DayScale } from '../layout/dayScale.js';
import { xToDay } from '../layout/dayScale.js';
import { lowerBound } from '../layout/visibleRange.js';
import { itemMetrics } from './sizes.js';

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
  const reach = itemMetrics.markRadius + itemMetrics.openEndLength + slack;
  const lo = lowerBound(placements.start, xToDay(scale, x - reach) - layout.maxSpanDays);
  const hi = lowerBound(placements.start, xToDay(scale, x + reach));
  let best = -1, bestDistance = Infinity;
  for (let p = lo; p < hi; p += 1) {
    const top = placements.top[p]!;
    if (y < top || y >= top + placements.height[p]!) continue;
    const point = (eventFlags[placements.event[p]!]! & spanFlags.point) !== 0;
    const geometry = itemGeometry(spanOf(layout, placements.event[p]!), scale, itemMetrics);
    const x0 = geometry.bandX0, x1 = geometry.drawnX1, markX = geometry.markX;
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
