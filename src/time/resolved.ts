/**
 * Building resolved dates: the one place that turns day spans into
 * `ResolvedPoint` and `ResolvedWhen` values, so that the EDTF parser and the
 * relative-phrase resolver produce values of exactly the same shape (the
 * model, the layout and the tests compare them field by field).
 */
import { formatDay } from './calendar.js';
import type { DayNumber } from './calendar.js';
import { precisions } from './types.js';
import type { Precision, Qualifiers, ResolvedPoint, ResolvedWhen } from './types.js';

/** No qualifier: the date is stated plainly. */
export const plain: Qualifiers = { uncertain: false, approximate: false };

/**
 * A point covering the inclusive span `earliestDay … latestDay`, known to
 * `precision`, with its qualifiers. Frozen: resolved values are shared
 * (a timeline resolves each distinct date text once).
 *
 * @example pointOf(toDayNumber(2023, 6, 1), toDayNumber(2023, 6, 30), 'month')
 */
export function pointOf(
  earliestDay: DayNumber,
  latestDay: DayNumber,
  precision: Precision,
  qualifiers: Qualifiers = plain,
): ResolvedPoint {
  const earliest = formatDay(earliestDay);
  return pointWith(earliest, earliestDay === latestDay ? earliest : formatDay(latestDay), earliestDay, latestDay, precision,
    qualifiers.uncertain, qualifiers.approximate, false, false);
}

/**
 * A plain point of one day whose `YYYY-MM-DD` text is already at hand (the
 * EDTF parser's common case): the same value as `pointOf(day, day, 'day')`
 * without formatting the day again.
 */
export function dayPoint(day: DayNumber, text: string): ResolvedPoint {
  return pointWith(text, text, day, day, 'day', false, false, false, false);
}

/**
 * A point from all of its fields, `YYYY-MM-DD` texts and day numbers alike
 * (they must agree; nothing is checked). The other builders use it, and so
 * does reading back a timeline's JSON, where every field is given.
 */
export function pointWith(
  earliest: string, latest: string, earliestDay: DayNumber, latestDay: DayNumber, precision: Precision,
  uncertain: boolean, approximate: boolean, open: boolean, unknown: boolean,
): ResolvedPoint {
  // One literal, fields always in this order: every point shares a hidden class.
  return Object.freeze({ earliest, latest, earliestDay, latestDay, precision, uncertain, approximate, open, unknown });
}

/**
 * The stand-in for an open (`..`) or unknown (empty) interval end. It repeats
 * the other end's nearest bound so that geometry stays finite, and carries
 * the other end's precision because a missing end has none of its own.
 */
export function missingEndOf(nearestDay: DayNumber, precision: Precision, kind: 'open' | 'unknown'): ResolvedPoint {
  const day = formatDay(nearestDay);
  return pointWith(day, day, nearestDay, nearestDay, precision, false, false, kind === 'open', kind === 'unknown');
}

/** The coarser of two precisions. */
export function coarserPrecision(a: Precision, b: Precision): Precision {
  return precisions.indexOf(a) >= precisions.indexOf(b) ? a : b;
}

/** What a resolved value says about itself besides its ends. */
export interface WhenLabels {
  readonly text: string;
  readonly edtf: string;
  readonly relative: boolean;
  readonly anchor?: string;
  readonly anchorDay?: string;
}

/**
 * A single date: both ends are the same point and the span is the point's
 * span.
 */
export function singleWhen(point: ResolvedPoint, labels: WhenLabels): ResolvedWhen {
  return whenWith(labels, point.earliest, point.latest, point.earliestDay, point.latestDay, point.precision,
    point.uncertain, point.approximate, false, point, point);
}

/**
 * An interval from `start` to `end`: the span runs from the start's earliest
 * to the end's latest day, the precision is the coarser end's, and a
 * qualifier on either end qualifies the whole.
 */
export function intervalWhen(start: ResolvedPoint, end: ResolvedPoint, labels: WhenLabels): ResolvedWhen {
  return whenWith(labels, start.earliest, end.latest, start.earliestDay, end.latestDay,
    coarserPrecision(start.precision, end.precision), start.uncertain || end.uncertain,
    start.approximate || end.approximate, true, start, end);
}

function whenWith(
  labels: WhenLabels, earliest: string, latest: string, earliestDay: DayNumber, latestDay: DayNumber, precision: Precision,
  uncertain: boolean, approximate: boolean, interval: boolean, start: ResolvedPoint, end: ResolvedPoint,
): ResolvedWhen {
  const { text, edtf, relative, anchor, anchorDay } = labels;
  // Written out rather than spread (spreading was most of the cost of a
  // date); `anchor` and `anchorDay` exist only on relative dates.
  if (anchor === undefined && anchorDay === undefined) {
    return Object.freeze({
      text, relative, edtf, earliest, latest, earliestDay, latestDay, precision, uncertain, approximate, interval, start, end,
    });
  }
  return Object.freeze({
    text,
    ...(anchor !== undefined && { anchor }),
    ...(anchorDay !== undefined && { anchorDay }),
    relative, edtf, earliest, latest, earliestDay, latestDay, precision, uncertain, approximate, interval, start, end,
  });
}
