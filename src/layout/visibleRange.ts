/**
 * Which placements can be seen in a window of days, found by binary search
 * over the placements' starts (they are sorted by start).
 */
import { bisectLeft } from 'd3-array';

/** The first index whose value is `>= target` in a sorted array (its length if none): d3-array's `bisectLeft`, O(log n) on a typed array. */
export function lowerBound(sorted: Float64Array, target: number): number {
  return bisectLeft(sorted, target);
}

/**
 * The index range `[lo, hi)` of placements that may intersect days
 * `[from, to)`: every placement starting before `to` and not ending before
 * `from`, bounded using the longest span so that the search stays
 * O(log n) plus the size of the answer. Callers filter `end > from` exactly.
 *
 * @param starts placement starts, sorted ascending
 * @param maxSpan the longest placement span, in days
 */
export function visibleRange(starts: Float64Array, maxSpan: number, from: number, to: number): readonly [number, number] {
  return [lowerBound(starts, from - maxSpan), lowerBound(starts, to)];
}
