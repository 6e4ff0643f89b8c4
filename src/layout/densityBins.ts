/**
 * Level of detail for zoomed-out views: how many placements start in each
 * stretch of days, per lane. Counted from each lane's sorted starts with
 * one binary search per bin edge, so the cost is O(lanes × bins × log n)
 * whatever the number of events.
 */
import { lowerBound } from './visibleRange.js';

/** Counts per lane and bin; bin `b` of lane `l` is `counts[l * binCount + b]`. */
export interface DensityBins {
  readonly binCount: number;
  readonly laneCount: number;
  /** `binCount + 1` bin edges, in (fractional) day numbers. */
  readonly edges: Float64Array;
  /** Placements whose first day falls in each bin. */
  readonly counts: Int32Array;
  /** The largest count of any bin. */
  readonly max: number;
}

/**
 * Splits days `[from, to)` into `binCount` equal bins and counts, for each
 * lane, the placements that start in each bin (a range counts where it starts).
 *
 * @param laneStarts each lane's placement starts, sorted ascending
 * @example densityBins([Float64Array.of(0, 1, 5)], 0, 10, 2).counts // Int32Array [2, 1]
 */
export function densityBins(laneStarts: readonly Float64Array[], from: number, to: number, binCount: number): DensityBins {
  const bins = Math.max(1, Math.floor(binCount));
  const edges = new Float64Array(bins + 1);
  for (let b = 0; b <= bins; b += 1) edges[b] = from + ((to - from) * b) / bins;
  const counts = new Int32Array(laneStarts.length * bins);
  let max = 0;
  for (const [lane, starts] of laneStarts.entries()) {
    let below = lowerBound(starts, edges[0]!);
    for (let b = 0; b < bins; b += 1) {
      const above = lowerBound(starts, edges[b + 1]!);
      const count = above - below;
      counts[lane * bins + b] = count;
      if (count > max) max = count;
      below = above;
    }
  }
  return { binCount: bins, laneCount: laneStarts.length, edges, counts, max };
}
