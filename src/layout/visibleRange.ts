/**
 * Which placements can be seen in a window of days, found by binary search
 * over the placements' starts (they are sorted by start).
 */

/** The first index whose value is `>= target` in a sorted array (its length if none). */
export function lowerBound(sorted: Float64Array, target: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
