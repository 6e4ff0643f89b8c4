/**
 * Binary search over sorted day columns: where a day falls among the sorted
 * starts (or running ends) of a timeline's events.
 *
 * These are d3-array's `bisectLeft` and `bisectRight` on a typed array,
 * written out here because the model is also published as the entry
 * `diplomatic-timeline/model`, which promises no d3 at all: a worker or a
 * page that only parses documents should carry none of it. The layout and
 * the renderer keep using d3-array.
 */

/**
 * The first index whose day is `>= day` (the length if none), in a column
 * sorted ascending; as d3-array's `bisectLeft`.
 *
 * @example firstAtOrAfter(Float64Array.of(1, 3, 3, 5), 3) // 1
 */
export function firstAtOrAfter(sorted: Float64Array, day: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first index whose day is `> day` (the length if none), in a column
 * sorted ascending; as d3-array's `bisectRight`.
 *
 * @example firstAfter(Float64Array.of(1, 3, 3, 5), 3) // 3
 */
export function firstAfter(sorted: Float64Array, day: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
