/**
 * The compressed time scale: each day on which something starts gets a full
 * slot of width, and a stretch with no start between two such days shrinks
 * to a width that grows only with the logarithm of its length. A stretch
 * shrunk to less than a third of its slot rate is a break, which the axis
 * marks with a glyph and the length skipped (Timeline Storyteller's
 * "collapsed" scale, kept time-ordered and piecewise linear).
 */
import type { TimeWarp } from './dayScale.js';

/** Compression settings, in warp units (a slot is one unit wide). */
export const defaults = {
  /** Width of an empty stretch of `days` days, in slots. */
  stretch: (days: number): number => Math.min(days * 0.5, 0.3 + 0.12 * Math.log2(days)),
  /** Width of the slot of a day on which `count` events start, in slots: busy days get room for their labels. */
  slot: (count: number): number => Math.sqrt(count),
  /** A stretch of at least `breakDays` days drawn `breakRatio` times narrower than a slot a day, or more, is marked as a break. */
  breakRatio: 3,
  breakDays: 2,
} as const;

/** An empty stretch drawn narrower than its days: `[from, to)` in days. */
export interface TimeBreak {
  readonly from: number;
  readonly to: number;
}

/** A compressed scale: the warp, and the stretches the axis must mark as breaks. */
export interface CompressedTime {
  readonly warp: TimeWarp;
  readonly breaks: readonly TimeBreak[];
}

/**
 * The compressed warp for events starting on `starts` (day numbers, any
 * order; repeats allowed), plus any extra days that must get a slot (a
 * reference day), and the day after the last event ends. Undefined when there are fewer than two distinct days,
 * where there is nothing to compress.
 *
 * @example compressTime([0, 1, 40]).breaks // [{ from: 2, to: 40 }]
 */
export function compressTime(starts: ArrayLike<number>, extraDays: readonly number[] = [], end = -Infinity): CompressedTime | undefined {
  const counts = new Map<number, number>();
  for (const day of [...Array.from(starts, Math.floor), ...extraDays.map(Math.floor)]) counts.set(day, (counts.get(day) ?? 0) + 1);
  const days = [...counts.keys()].sort((a, b) => a - b);
  if (days.length < 2) return undefined;
  const knotDays: number[] = [days[0]!];
  const knotUnits: number[] = [0];
  const breaks: TimeBreak[] = [];
  let unit = 0;
  for (let i = 0; i < days.length; i += 1) {
    const day = days[i]!;
    // The day's own slot.
    unit += defaults.slot(counts.get(day)!);
    knotDays.push(day + 1);
    knotUnits.push(unit);
    // Past the last start, the stretch to the last end (a band running on) shrinks too.
    const next = days[i + 1] ?? (end > day + 1 ? Math.ceil(end) : undefined);
    if (next === undefined || next === day + 1) continue;
    const empty = next - (day + 1);
    const width = defaults.stretch(empty);
    unit += width;
    knotDays.push(next);
    knotUnits.push(unit);
    if (empty >= defaults.breakDays && empty / width >= defaults.breakRatio) breaks.push({ from: day + 1, to: next });
  }
  return { warp: { days: Float64Array.from(knotDays), units: Float64Array.from(knotUnits), outerSlope: 1 }, breaks };
}
