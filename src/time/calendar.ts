/**
 * Calendar-day arithmetic on the proleptic Gregorian calendar.
 *
 * A calendar day is an integer: the number of days since 1970-01-01. Nothing
 * here reads the machine's clock or time zone, so a day never shifts with
 * `TZ`. Only `Date.UTC`-free integer arithmetic is used (Howard Hinnant's
 * days-from-civil algorithm), which is exact for every year 0000–9999.
 */

/** A calendar day as a count of days since 1970-01-01 (negative before). */
export type DayNumber = number;

/** Year, month (1–12) and day (1–31) of a calendar day. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : monthLengths[month - 1]!;
}

/** Whether year/month/day names a real day (2023-02-30 does not). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The day number of a civil date. The date must be valid. */
export function toDayNumber(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
export function fromDayNumber(n: DayNumber): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY-MM-DD` for a day number. */
export function formatDay(n: DayNumber): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a `YYYY-MM-DD` string, or undefined if it is not a real day. */
export function parseDay(text: string): DayNumber | undefined {
  const match = isoDay.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]), month = Number(match[2]), day = Number(match[3]);
  return isCalendarDate(year, month, day) ? toDayNumber(year, month, day) : undefined;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(n: DayNumber): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that starts the ISO week containing the day. */
export function startOfIsoWeek(n: DayNumber): DayNumber {
  return n - (isoWeekday(n) - 1);
}

/**
 * A day number as a JavaScript Date at UTC midnight. The renderer uses UTC
 * scales throughout, so this is the only bridge from days to `Date`.
 */
export function dayToUTCDate(n: DayNumber): Date {
  return new Date(n * 86_400_000);
}

/**
 * The calendar day of a JavaScript Date, read in UTC: the day its
 * `getUTCFullYear`/`getUTCMonth`/`getUTCDate` name, never the machine's local
 * day, so the same Date gives the same day in every time zone (and
 * `dayOfUTCDate(dayToUTCDate(n)) === n`). The Date must be valid.
 *
 * @example
 * dayOfUTCDate(new Date(Date.UTC(2023, 6, 14, 23, 30))) // the day of 2023-07-14
 */
export function dayOfUTCDate(date: Date): DayNumber {
  return Math.floor(date.getTime() / 86_400_000);
}
