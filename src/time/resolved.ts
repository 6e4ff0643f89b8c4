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
 * `precision`, with its qualifiers.
 *
 * @example pointOf(toDayNumber(2023, 6, 1), toDayNumber(2023, 6, 30), 'month')
 */
export function pointOf(
  earliestDay: DayNumber,
  latestDay: DayNumber,
  precision: Precision,
  qualifiers: Qualifiers = plain,
): ResolvedPoint {
  return {
    earliest: formatDay(earliestDay),
    latest: formatDay(latestDay),
    earliestDay,
    latestDay,
    precision,
    uncertain: qualifiers.uncertain,
    approximate: qualifiers.approximate,
    open: false,
    unknown: false,
  };
}

/**
 * The stand-in for an open (`..`) or unknown (empty) interval end. It repeats
 * the other end's nearest bound so that geometry stays finite, and carries
 * the other end's precision because a missing end has none of its own.
 */
export function missingEndOf(nearestDay: DayNumber, precision: Precision, kind: 'open' | 'unknown'): ResolvedPoint {
  return { ...pointOf(nearestDay, nearestDay, precision), open: kind === 'open', unknown: kind === 'unknown' };
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
  return {
    ...labels,
    earliest: point.earliest,
    latest: point.latest,
    earliestDay: point.earliestDay,
    latestDay: point.latestDay,
    precision: point.precision,
    uncertain: point.uncertain,
    approximate: point.approximate,
    interval: false,
    start: point,
    end: point,
  };
}

/**
 * An interval from `start` to `end`: the span runs from the start's earliest
 * to the end's latest day, the precision is the coarser end's, and a
 * qualifier on either end qualifies the whole.
 */
export function intervalWhen(start: ResolvedPoint, end: ResolvedPoint, labels: WhenLabels): ResolvedWhen {
  return {
    ...labels,
    earliest: start.earliest,
    latest: end.latest,
    earliestDay: start.earliestDay,
    latestDay: end.latestDay,
    precision: coarserPrecision(start.precision, end.precision),
    uncertain: start.uncertain || end.uncertain,
    approximate: start.approximate || end.approximate,
    interval: true,
    start,
    end,
  };
}
