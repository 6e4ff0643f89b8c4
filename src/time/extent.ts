/**
 * A resolved date extent: an inclusive run of calendar days. An immutable
 * value object in the manner of d3-zoom's transform: every method returns a
 * new extent or a plain value, so extents can be shared between the model,
 * the layout and the renderer without defensive copies.
 */
import { formatDay, parseDay } from './calendar.js';
import type { DayNumber } from './calendar.js';

/**
 * An inclusive span of calendar days, `earliestDay … latestDay`.
 *
 * @example
 * const june = DateExtent.parse('2023-06-01', '2023-06-30');
 * june.days                                      // 30
 * june.overlaps(DateExtent.parse('2023-06-30', '2023-07-02')) // true
 */
export class DateExtent {
  /** The first day of the extent. */
  readonly earliestDay: DayNumber;
  /** The last day of the extent (inclusive). */
  readonly latestDay: DayNumber;

  private constructor(earliestDay: DayNumber, latestDay: DayNumber) {
    this.earliestDay = earliestDay;
    this.latestDay = latestDay;
    Object.freeze(this);
  }

  /**
   * The extent from day `earliestDay` to day `latestDay`, inclusive. Both must
   * be integers with `earliestDay <= latestDay`; anything else is a
   * programmer error and throws a `RangeError`.
   */
  static fromDays(earliestDay: DayNumber, latestDay: DayNumber): DateExtent {
    if (!Number.isInteger(earliestDay) || !Number.isInteger(latestDay)) {
      throw new RangeError(`DateExtent.fromDays: days must be integers, got ${String(earliestDay)} and ${String(latestDay)}`);
    }
    if (earliestDay > latestDay) {
      throw new RangeError(`DateExtent.fromDays: the extent starts after it ends (${formatDay(earliestDay)} > ${formatDay(latestDay)})`);
    }
    return new DateExtent(earliestDay, latestDay);
  }

  /**
   * The extent between two `YYYY-MM-DD` days, inclusive. Throws a
   * `RangeError` for a string that is not a calendar day or an extent that
   * starts after it ends.
   */
  static parse(earliest: string, latest: string): DateExtent {
    const a = parseDay(earliest), b = parseDay(latest);
    if (a === undefined) throw new RangeError(`DateExtent.parse: "${earliest}" is not a YYYY-MM-DD calendar day`);
    if (b === undefined) throw new RangeError(`DateExtent.parse: "${latest}" is not a YYYY-MM-DD calendar day`);
    return DateExtent.fromDays(a, b);
  }

  /** The extent of anything with resolved days, such as a `ResolvedWhen`. */
  static of(value: { readonly earliestDay: DayNumber; readonly latestDay: DayNumber }): DateExtent {
    return DateExtent.fromDays(value.earliestDay, value.latestDay);
  }

  /** The first day as `YYYY-MM-DD`. */
  get earliest(): string {
    return formatDay(this.earliestDay);
  }

  /** The last day as `YYYY-MM-DD`. */
  get latest(): string {
    return formatDay(this.latestDay);
  }

  /** How many calendar days the extent covers (a single day is 1). */
  get days(): number {
    return this.latestDay - this.earliestDay + 1;
  }

  /** Whether the two extents share at least one day. */
  overlaps(other: DateExtent): boolean {
    return this.earliestDay <= other.latestDay && other.earliestDay <= this.latestDay;
  }

  /** Whether the day falls within the extent. */
  contains(day: DayNumber): boolean {
    return day >= this.earliestDay && day <= this.latestDay;
  }

  /** The smallest extent covering both (including any gap between them). */
  union(other: DateExtent): DateExtent {
    return new DateExtent(Math.min(this.earliestDay, other.earliestDay), Math.max(this.latestDay, other.latestDay));
  }

  /** Whether both extents cover the same days. */
  equals(other: DateExtent): boolean {
    return this.earliestDay === other.earliestDay && this.latestDay === other.latestDay;
  }

  /** The extent as an EDTF-style day interval, `2023-07-17/2023-07-23`. */
  toString(): string {
    return `${this.earliest}/${this.latest}`;
  }
}
