/**
 * A linear mapping from calendar days to pixels, the layout's stand-in for a
 * d3 UTC scale (the same numbers, without Date objects or a DOM).
 */

/** Days `[from, to)` mapped onto pixels `[x0, x1]`. */
export interface DayScale {
  readonly from: number;
  readonly to: number;
  readonly x0: number;
  readonly x1: number;
}

/** The pixel position of a (possibly fractional) day number. */
export function dayToX(scale: DayScale, day: number): number {
  return scale.x0 + ((day - scale.from) / (scale.to - scale.from)) * (scale.x1 - scale.x0);
}

/** The day number at a pixel position (fractional). */
export function xToDay(scale: DayScale, x: number): number {
  return scale.from + ((x - scale.x0) / (scale.x1 - scale.x0)) * (scale.to - scale.from);
}

/** Pixels per day. */
export function pixelsPerDay(scale: DayScale): number {
  return (scale.x1 - scale.x0) / (scale.to - scale.from);
}
