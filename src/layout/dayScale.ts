/**
 * A mapping from calendar days to pixels, the layout's stand-in for a d3 UTC
 * scale (the same numbers, without Date objects or a DOM). Linear, or
 * piecewise-linear through a `TimeWarp` (the compressed time scale), in
 * which case `from`/`to` are still days and every position goes through
 * the warp: zoom, pan, hit-testing and drawing need no special case.
 */
import { bisectRight } from 'd3-array';

/**
 * A monotone piecewise-linear map from days to abstract units: knot `i`
 * sends `days[i]` to `units[i]` (both strictly increasing). Outside the
 * knots the map continues at `outerSlope` units a day.
 */
export interface TimeWarp {
  readonly days: Float64Array;
  readonly units: Float64Array;
  readonly outerSlope: number;
}

/** Days `[from, to)` mapped onto pixels `[x0, x1]`, through `warp` when there is one. */
export interface DayScale {
  readonly from: number;
  readonly to: number;
  readonly x0: number;
  readonly x1: number;
  readonly warp?: TimeWarp | undefined;
}

/** Index of the last knot at or before `value` in a sorted column, clamped to a segment (`0` … `length - 2`). */
function segmentOf(column: Float64Array, value: number): number {
  return bisectRight(column, value, 1, column.length - 1) - 1;
}

/** A day's position in warp units. */
export function warpDay(warp: TimeWarp, day: number): number {
  const { days, units } = warp;
  const last = days.length - 1;
  if (day <= days[0]!) return units[0]! - (days[0]! - day) * warp.outerSlope;
  if (day >= days[last]!) return units[last]! + (day - days[last]!) * warp.outerSlope;
  const i = segmentOf(days, day);
  return units[i]! + ((day - days[i]!) / (days[i + 1]! - days[i]!)) * (units[i + 1]! - units[i]!);
}

/** The day at a position in warp units (the inverse of `warpDay`). */
export function unwarpDay(warp: TimeWarp, unit: number): number {
  const { days, units } = warp;
  const last = days.length - 1;
  if (unit <= units[0]!) return days[0]! - (units[0]! - unit) / warp.outerSlope;
  if (unit >= units[last]!) return days[last]! + (unit - units[last]!) / warp.outerSlope;
  const i = segmentOf(units, unit);
  return days[i]! + ((unit - units[i]!) / (units[i + 1]! - units[i]!)) * (days[i + 1]! - days[i]!);
}

/** Where a day sits along the scale's own axis: the day itself, or its warp units. */
function along(scale: DayScale, day: number): number {
  return scale.warp ? warpDay(scale.warp, day) : day;
}

/** The pixel position of a (possibly fractional) day number. */
export function dayToX(scale: DayScale, day: number): number {
  const from = along(scale, scale.from);
  return scale.x0 + ((along(scale, day) - from) / (along(scale, scale.to) - from)) * (scale.x1 - scale.x0);
}

/** The day number at a pixel position (fractional). */
export function xToDay(scale: DayScale, x: number): number {
  const from = along(scale, scale.from), to = along(scale, scale.to);
  const position = from + ((x - scale.x0) / (scale.x1 - scale.x0)) * (to - from);
  return scale.warp ? unwarpDay(scale.warp, position) : position;
}

/**
 * How many times wider the scale draws days `[from, to)` than `other` does
 * (the zoom factor between two windows), measured along the warp.
 */
export function zoomFactor(scale: DayScale, from: number, to: number): number {
  return (along(scale, scale.to) - along(scale, scale.from)) / Math.max(1e-9, along(scale, to) - along(scale, from));
}

/** Pixels per day around `day` (the whole scale's average when linear). */
export function pixelsPerDay(scale: DayScale, day: number = scale.from): number {
  if (!scale.warp) return (scale.x1 - scale.x0) / (scale.to - scale.from);
  return Math.max(1e-9, dayToX(scale, day + 0.5) - dayToX(scale, day - 0.5));
}
