/**
 * The stretch of calendar days an event covers, as drawn.
 */
import type { TimelineEvent } from '../model/types.js';

/** The days an event covers: `[start, end)` in day numbers, end exclusive. */
export interface EventSpan {
  readonly start: number;
  readonly end: number;
  /** A single known day: drawn as a mark, not a band. */
  readonly point: boolean;
  /** The event has no end yet (an open EDTF end, or an ongoing event): drawn open to the right. */
  readonly openEnd: boolean;
}

/**
 * The span of an event: a single day is a point; anything wider (an interval,
 * or a week, month, season or year) is a band over all its days.
 *
 * @example eventSpan(juneVisit) // { start: 19509, end: 19539, point: false, openEnd: false }
 */
export function eventSpan(event: TimelineEvent): EventSpan {
  const { when } = event;
  // An ongoing event has not ended, whatever its resolved span says.
  const openEnd = when.end.open || event.status === 'ongoing';
  return {
    start: when.earliestDay,
    end: when.latestDay + 1,
    point: when.earliestDay === when.latestDay,
    openEnd,
  };
}
