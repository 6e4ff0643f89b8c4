import type { DayNumber } from './calendar.js';

/** How precisely a date is known, from the finest to the coarsest. */
export type Precision = 'day' | 'week' | 'month' | 'season' | 'year';

/** The precisions in order, finest first. */
export const precisions: readonly Precision[] = ['day', 'week', 'month', 'season', 'year'];

/**
 * A `when` as written in a document: an EDTF string (ISO 8601-2 levels 0 and
 * 1) or a relative phrase with an anchor (a source id, meaning that source's
 * publication day, or a `YYYY-MM-DD` day).
 */
export type WhenInput = string | RelativeWhenInput;

export interface RelativeWhenInput {
  readonly relative: string;
  readonly anchor: string;
}

/** EDTF qualifiers on a date: `?` uncertain, `~` approximate, `%` both. */
export interface Qualifiers {
  readonly uncertain: boolean;
  readonly approximate: boolean;
}

/**
 * One end of a resolved date (or the whole of a single date): the span of
 * calendar days it may fall on, how precisely it is known, and its
 * qualifiers. `open` is an EDTF `..` end (no bound); `unknown` an empty end
 * (a bound exists but is not known). For an open or unknown end, `earliest`
 * and `latest` repeat the other end's nearest bound so that geometry stays
 * finite; the flags say that it is not a real bound.
 */
export interface ResolvedPoint extends Qualifiers {
  readonly earliest: string;
  readonly latest: string;
  readonly earliestDay: DayNumber;
  readonly latestDay: DayNumber;
  readonly precision: Precision;
  readonly open: boolean;
  readonly unknown: boolean;
}

/**
 * A resolved `when`. The top-level `earliest`/`latest` (inclusive calendar
 * days) cover the whole span; `precision` is the coarsest of its ends;
 * `uncertain`/`approximate` are true if either end is. `start` and `end`
 * keep the ends of an interval apart (for a single date they are the same).
 */
export interface ResolvedWhen extends Qualifiers {
  /** The text as written: the EDTF string or the relative phrase. */
  readonly text: string;
  /** The anchor as written, for a relative phrase. */
  readonly anchor?: string;
  /** The anchor's calendar day, for a relative phrase. */
  readonly anchorDay?: string;
  /** Whether `text` is a relative phrase. */
  readonly relative: boolean;
  /** An EDTF string for the resolved value (`2023-06`, `2023-07-10/2023-07-16`). */
  readonly edtf: string;
  readonly earliest: string;
  readonly latest: string;
  readonly earliestDay: DayNumber;
  readonly latestDay: DayNumber;
  readonly precision: Precision;
  readonly interval: boolean;
  readonly start: ResolvedPoint;
  readonly end: ResolvedPoint;
}

/** A resolution either succeeds or says, in a plain sentence, why not. */
export type Resolution<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };
