/**
 * EDTF (ISO 8601-2) levels 0 and 1: parsing into resolved calendar-day spans,
 * and formatting resolved values back into EDTF.
 *
 * Hand-written rather than built on the `edtf` package: that package is large,
 * ships no types, and pulls in a parser runtime (nearley) for a grammar that
 * at levels 0 and 1 is a handful of fixed shapes. Owning the parser also lets
 * errors be plain sentences that quote the text, which the validator shows to
 * people writing documents. The `edtf` package is still used, as a test
 * oracle, in tests/unit/time.
 *
 * Deliberate differences from the `edtf` package, all documented in tests:
 * - seasons 21–24 are northern-hemisphere meteorological seasons (spring =
 *   March–May, winter = December to the end of February of the next year),
 *   where `edtf` uses calendar quarters; seasons may be interval ends;
 * - an interval is rejected only when its start must lie after its end
 *   (`2023-07-05/2023-07` is accepted: from 5 July to some day in July);
 * - years outside 0000–9999 (`Y170000002`, `-1985`) are rejected as out of
 *   range, because calendar days are formatted as `YYYY-MM-DD`;
 * - impossible days (`2023-02-29`) are errors, never rolled over.
 *
 * Nothing here reads the clock or the time zone.
 */
import { daysInMonth, formatDay, fromDayNumber, isCalendarDate, toDayNumber } from './calendar.js';
import type { DayNumber } from './calendar.js';
import { dayPoint, intervalWhen, missingEndOf, pointOf, singleWhen } from './resolved.js';
import type { Qualifiers, Resolution, ResolvedPoint, ResolvedWhen } from './types.js';

/** The seasons of EDTF level 1, by code. */
export const seasons = {
  21: { name: 'spring', firstMonth: 3 },
  22: { name: 'summer', firstMonth: 6 },
  23: { name: 'autumn', firstMonth: 9 },
  24: { name: 'winter', firstMonth: 12 },
} as const;

/** An EDTF level 1 season code: 21 spring, 22 summer, 23 autumn, 24 winter. */
export type SeasonCode = keyof typeof seasons;

/** The last year a date may fall in: days are written `YYYY-MM-DD`. */
const lastYear = 9999;

/**
 * The inclusive day span of a season (meteorological, northern hemisphere).
 * Winter runs from 1 December into the next year's February.
 *
 * @example seasonSpan(2023, 24) // 2023-12-01 … 2024-02-29
 */
export function seasonSpan(year: number, code: SeasonCode): readonly [DayNumber, DayNumber] {
  const first = seasons[code].firstMonth;
  const lastMonth = first + 2;
  const endYear = lastMonth > 12 ? year + 1 : year;
  const endMonth = lastMonth > 12 ? lastMonth - 12 : lastMonth;
  return [toDayNumber(year, first, 1), toDayNumber(endYear, endMonth, daysInMonth(endYear, endMonth))];
}

type Failure = { readonly ok: false; readonly message: string };

function fail(message: string): Failure {
  return { ok: false, message };
}

function qualifiersOf(mark: string | undefined): Qualifiers {
  return { uncertain: mark === '?' || mark === '%', approximate: mark === '~' || mark === '%' };
}

/** The EDTF qualifier mark for qualifiers: `?`, `~`, `%` or nothing. */
export function qualifierMark(q: Qualifiers): string {
  if (q.uncertain && q.approximate) return '%';
  if (q.uncertain) return '?';
  return q.approximate ? '~' : '';
}

// Year, optional month (or season), optional day, optional final qualifier.
// `X` stands for an unspecified digit; which placements are allowed is
// checked afterwards so that the error can say what is wrong.
const dateShape = /^([0-9X]{4})(?:-([0-9X]{2})(?:-([0-9X]{2}))?)?([?~%])?$/;
// Extended years (`Y170000002`, `Y-17E7`), negative years and five-digit
// years are EDTF, but outside the days this package can write.
const outOfRangeShape = /^(?:Y-?\d{5,}(?:S\d+)?|Y-?\d+E\d+(?:S\d+)?|-\d{4,}|\d{5,})(?:-.*)?[?~%]?$/;

/**
 * Parses one date of EDTF level 0/1 (no interval). `quoted` names the text in
 * messages, so that an interval end is quoted within its interval.
 */
function parseDate(part: string, quoted: string): Resolution<ResolvedPoint> {
  const match = dateShape.exec(part);
  if (!match) {
    if (outOfRangeShape.test(part)) {
      return fail(`${quoted} is out of range: only years 0000–${lastYear} are supported`);
    }
    if (dateShape.test(part.replace(/[?~%]/g, '')) && /[?~%]/.test(part)) {
      return fail(`${quoted} qualifies part of a date; EDTF level 1 allows one ?, ~ or % only at the end`);
    }
    return fail(`${quoted} is not an EDTF date`);
  }
  const [, yearText = '', monthText, dayText, mark] = match;
  const qualifiers = qualifiersOf(mark);
  const unspecified = (yearText + (monthText ?? '') + (dayText ?? '')).includes('X');
  const level2 = `${quoted} uses unspecified digits that EDTF level 1 does not allow (only 201X, 20XX, 2023-XX, 2023-07-XX, 2023-XX-XX)`;
  if (unspecified && mark !== undefined) {
    return fail(`${quoted} combines unspecified digits with a qualifier, which EDTF level 1 does not allow`);
  }

  // Year: four digits, or the last one or two unspecified (a decade, a century).
  const yearUnspecified = /^\d{4}$/.test(yearText) ? 0 : /^\d{3}X$/.test(yearText) ? 1 : /^\d{2}XX$/.test(yearText) ? 2 : -1;
  if (yearUnspecified < 0) return fail(level2);
  if (yearUnspecified > 0) {
    if (monthText !== undefined) return fail(level2);
    const span = 10 ** yearUnspecified;
    const first = Number(yearText.replace(/X/g, '0'));
    return { ok: true, value: pointOf(toDayNumber(first, 1, 1), toDayNumber(first + span - 1, 12, 31), 'year', qualifiers) };
  }
  const year = Number(yearText);
  if (monthText === undefined) {
    return { ok: true, value: pointOf(toDayNumber(year, 1, 1), toDayNumber(year, 12, 31), 'year', qualifiers) };
  }

  if (monthText === 'XX') {
    if (dayText !== undefined && dayText !== 'XX') return fail(level2);
    return { ok: true, value: pointOf(toDayNumber(year, 1, 1), toDayNumber(year, 12, 31), 'year', qualifiers) };
  }
  if (monthText.includes('X')) return fail(level2);
  const month = Number(monthText);

  if (month >= 21 && month <= 24 && dayText === undefined) {
    if (month === 24 && year === lastYear) {
      return fail(`${quoted} is out of range: it ends after ${lastYear}-12-31`);
    }
    const [first, last] = seasonSpan(year, month as SeasonCode);
    return { ok: true, value: pointOf(first, last, 'season', qualifiers) };
  }
  if (month >= 25 && month <= 41 && dayText === undefined) {
    return fail(`${quoted} is an EDTF level 2 season; only 21–24 (spring, summer, autumn, winter) are supported`);
  }
  if (month < 1 || month > 12) return fail(`${quoted} is not a valid month`);

  if (dayText === undefined) {
    return { ok: true, value: pointOf(toDayNumber(year, month, 1), toDayNumber(year, month, daysInMonth(year, month)), 'month', qualifiers) };
  }
  if (dayText === 'XX') {
    return { ok: true, value: pointOf(toDayNumber(year, month, 1), toDayNumber(year, month, daysInMonth(year, month)), 'month', qualifiers) };
  }
  if (dayText.includes('X')) return fail(level2);
  const day = Number(dayText);
  if (!isCalendarDate(year, month, day)) return fail(`${quoted} is not a calendar date`);
  const n = toDayNumber(year, month, day);
  return { ok: true, value: pointOf(n, n, 'day', qualifiers) };
}

type Side = { readonly kind: 'open' | 'unknown' } | { readonly kind: 'date'; readonly point: ResolvedPoint };

function parseSide(part: string, whole: string): Resolution<Side> {
  if (part === '..') return { ok: true, value: { kind: 'open' } };
  if (part === '') return { ok: true, value: { kind: 'unknown' } };
  const date = parseDate(part, `"${part}" in "${whole}"`);
  return date.ok ? { ok: true, value: { kind: 'date', point: date.value } } : date;
}

/**
 * Parses an EDTF level 0 or level 1 string: a date (`2023`, `2023-07`,
 * `2023-07-13`), optionally qualified at the end (`2023-06~`, `2023?`,
 * `2023-07-13%`), with unspecified digits (`202X`, `2023-XX`, `2023-07-XX`),
 * a season (`2023-21` … `2023-24`), or an interval of those (`A/B`, with `..`
 * for an open end and nothing for an unknown one).
 *
 * Errors are values: plain sentences that quote the text.
 *
 * @example
 * parseEdtf('2023-06~')   // ok: 2023-06-01 … 2023-06-30, month, approximate
 * parseEdtf('2023-02-30') // { ok: false, message: '"2023-02-30" is not a calendar date' }
 */
export function parseEdtf(text: string): Resolution<ResolvedWhen> {
  const plainDays = parsePlainDays(text);
  if (plainDays !== undefined) return plainDays;
  const parts = text.split('/');
  if (parts.length === 1) {
    const date = parseDate(text, `"${text}"`);
    if (!date.ok) return date;
    return { ok: true, value: singleWhen(date.value, { text, relative: false, edtf: formatEdtf({ interval: false, start: date.value, end: date.value }) }) };
  }
  if (parts.length !== 2) return fail(`"${text}" is not an EDTF date`);
  const startSide = parseSide(parts[0]!, text);
  if (!startSide.ok) return startSide;
  const endSide = parseSide(parts[1]!, text);
  if (!endSide.ok) return endSide;
  const a = startSide.value, b = endSide.value;
  let start: ResolvedPoint, end: ResolvedPoint;
  if (a.kind === 'date' && b.kind === 'date') {
    // Rejected only when no day of the start can precede a day of the end.
    if (a.point.earliestDay > b.point.latestDay) return fail(`"${text}" starts after it ends`);
    start = a.point;
    end = b.point;
  } else if (a.kind === 'date' && b.kind !== 'date') {
    start = a.point;
    end = missingEndOf(a.point.latestDay, a.point.precision, b.kind);
  } else if (b.kind === 'date' && a.kind !== 'date') {
    start = missingEndOf(b.point.earliestDay, b.point.precision, a.kind);
    end = b.point;
  } else {
    return fail(`"${text}" is an interval without a date at either end`);
  }
  return { ok: true, value: intervalWhen(start, end, { text, relative: false, edtf: formatEdtf({ interval: true, start, end }) }) };
}

const zero = 48, hyphen = 45, slash = 47;

/**
 * The day number of the plain `YYYY-MM-DD` at `offset` in `text`, read
 * without a regular expression, or undefined if it is not one or not a
 * calendar date.
 */
function plainDayAt(text: string, offset: number): DayNumber | undefined {
  if (text.charCodeAt(offset + 4) !== hyphen || text.charCodeAt(offset + 7) !== hyphen) return undefined;
  let year = 0, month = 0, day = 0;
  for (let index = 0; index < 10; index += 1) {
    if (index === 4 || index === 7) continue;
    const digit = text.charCodeAt(offset + index) - zero;
    if (digit < 0 || digit > 9) return undefined;
    if (index < 4) year = year * 10 + digit;
    else if (index < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  return isCalendarDate(year, month, day) ? toDayNumber(year, month, day) : undefined;
}

/**
 * The shapes most documents use, a plain day (`2023-07-13`) or a plain
 * interval of days (`2023-07-11/2023-07-12`), resolved directly; undefined
 * for anything else, including any error, which the general parser then
 * explains. The values are exactly the general parser's: a valid plain day
 * is its own canonical text, so nothing needs formatting.
 */
function parsePlainDays(text: string): Resolution<ResolvedWhen> | undefined {
  if (text.length === 10) {
    const day = plainDayAt(text, 0);
    if (day === undefined) return undefined;
    const point = dayPoint(day, text);
    return { ok: true, value: singleWhen(point, { text, relative: false, edtf: text }) };
  }
  if (text.length !== 21 || text.charCodeAt(10) !== slash) return undefined;
  const first = plainDayAt(text, 0);
  const last = plainDayAt(text, 11);
  if (first === undefined || last === undefined || first > last) return undefined;
  const start = dayPoint(first, text.slice(0, 10));
  const end = dayPoint(last, text.slice(11));
  return { ok: true, value: intervalWhen(start, end, { text, relative: false, edtf: text }) };
}

function isWholeMonth(first: DayNumber, last: DayNumber): boolean {
  const a = fromDayNumber(first), b = fromDayNumber(last);
  return a.day === 1 && a.year === b.year && a.month === b.month && b.day === daysInMonth(b.year, b.month);
}

/**
 * The EDTF for one point, or undefined when its span is no single EDTF date
 * (a week, a run of days).
 */
function pointEdtf(point: ResolvedPoint): string | undefined {
  const { earliestDay: first, latestDay: last, precision } = point;
  const mark = qualifierMark(point);
  const a = fromDayNumber(first), b = fromDayNumber(last);
  const yyyy = String(a.year).padStart(4, '0');
  const mm = String(a.month).padStart(2, '0');
  switch (precision) {
    case 'day':
      return first === last ? formatDay(first) + mark : undefined;
    case 'month':
      return isWholeMonth(first, last) ? `${yyyy}-${mm}${mark}` : undefined;
    case 'season': {
      for (const code of [21, 22, 23, 24] as const) {
        const [s, e] = seasonSpan(a.year, code);
        if (s === first && e === last) return `${yyyy}-${code}${mark}`;
      }
      return undefined;
    }
    case 'year': {
      if (a.month !== 1 || a.day !== 1 || b.month !== 12 || b.day !== 31) return undefined;
      const years = b.year - a.year + 1;
      if (years === 1) return yyyy + mark;
      // Unspecified digits take no qualifier at level 1.
      if (mark !== '') return undefined;
      if (years === 10 && a.year % 10 === 0) return `${yyyy.slice(0, 3)}X`;
      if (years === 100 && a.year % 100 === 0) return `${yyyy.slice(0, 2)}XX`;
      return undefined;
    }
    case 'week':
      return undefined;
  }
}

function dayRange(point: ResolvedPoint): string {
  const mark = qualifierMark(point);
  return `${formatDay(point.earliestDay)}${mark}/${formatDay(point.latestDay)}${mark}`;
}

/**
 * The canonical EDTF string of a resolved value: the simplest EDTF with the
 * same span, precision and qualifiers (`2023-07-XX` becomes `2023-07`).
 * A single point no EDTF date can express (a week, a run of days) is written
 * as the interval of its first and last day, which is what EDTF can say.
 *
 * @example formatEdtf(parseEdtf('2023-XX-XX').value) // '2023'
 */
export function formatEdtf(when: Pick<ResolvedWhen, 'interval' | 'start' | 'end'>): string {
  if (!when.interval) return pointEdtf(when.start) ?? dayRange(when.start);
  const side = (point: ResolvedPoint, first: boolean): string => {
    if (point.open) return '..';
    if (point.unknown) return '';
    return pointEdtf(point) ?? formatDay(first ? point.earliestDay : point.latestDay) + qualifierMark(point);
  };
  return `${side(when.start, true)}/${side(when.end, false)}`;
}
