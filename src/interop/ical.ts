/**
 * iCalendar (RFC 5545), export only: one all-day VEVENT per event.
 *
 * `DTSTART;VALUE=DATE` is the first day and `DTEND;VALUE=DATE` the day
 * after the last (exclusive, as RFC 5545 says for all-day events). STATUS
 * maps ours to the three iCalendar values: occurred and ongoing CONFIRMED;
 * cancelled and did-not-occur CANCELLED; scheduled, expected, proposed,
 * postponed and unknown TENTATIVE. What iCalendar has no property for is
 * kept in `X-DIPLOMATIC-EDTF` (the resolved EDTF), `X-DIPLOMATIC-PRECISION`
 * and `X-DIPLOMATIC-WHEN-TEXT` (the date as written). Text is escaped
 * (`\\ \; \, \n`) and lines are folded at 75 octets of UTF-8 without
 * splitting a character, with CRLF line ends.
 *
 * `UID` is `<event id>@diplomatic-timeline`, stable across exports.
 * `DTSTAMP` must be a UTC date-time; it is the current time unless the
 * `stamp` option gives one (a Date, or a `YYYY-MM-DD` day meaning its UTC
 * midnight, e.g. the source's publication day) so output is reproducible.
 */
import type { EventStatus } from '../model/types.js';
import type { Timeline } from '../model/timeline.js';
import { dayToUTCDate, formatDay, parseDay } from '../time/calendar.js';
import { WarningLog, type ExportResult } from './conversion.js';

/** Options of `toICalendar`. */
export interface ICalendarOptions {
  /** The DTSTAMP of every event: a Date or a `YYYY-MM-DD` day (UTC midnight). Default: now. */
  readonly stamp?: Date | string;
  /** The PRODID. */
  readonly productId?: string;
}

/** Defaults of `toICalendar`. */
export const defaults = {
  productId: '-//diplomatic-timeline//diplomatic-timeline//EN',
  uidDomain: 'diplomatic-timeline',
} as const;

const statusOf: Readonly<Record<EventStatus, 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'>> = {
  occurred: 'CONFIRMED', ongoing: 'CONFIRMED',
  cancelled: 'CANCELLED', 'did-not-occur': 'CANCELLED',
  scheduled: 'TENTATIVE', expected: 'TENTATIVE', proposed: 'TENTATIVE', postponed: 'TENTATIVE', unknown: 'TENTATIVE',
};

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeICalText(text: string): string {
  return text.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds one content line to at most 75 octets per physical line (RFC 5545
 * §3.1): continuation lines start with a space, and a UTF-8 character is
 * never split between lines.
 */
export function foldICalLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function icalDay(day: number): string {
  return formatDay(day).replaceAll('-', '');
}

function stampOf(stamp: Date | string | undefined): string {
  let date: Date;
  if (stamp === undefined) date = new Date();
  else if (typeof stamp === 'string') {
    const day = parseDay(stamp);
    if (day === undefined) throw new RangeError(`toICalendar: option "stamp" must be a Date or a YYYY-MM-DD day, not ${JSON.stringify(stamp)}`);
    date = dayToUTCDate(day);
  } else if (stamp instanceof Date && Number.isFinite(stamp.getTime())) date = stamp;
  else throw new RangeError('toICalendar: option "stamp" must be a valid Date or a YYYY-MM-DD day');
  // UTC fields only: the stamp must not depend on the machine's time zone.
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${String(date.getUTCFullYear()).padStart(4, '0')}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/**
 * Exports a timeline as an iCalendar text. Participants, evidence quotes,
 * related events and classifications have no iCalendar property and are
 * reported as dropped.
 *
 * @example toICalendar(timeline, { stamp: '2023-07-14' }).output // 'BEGIN:VCALENDAR\r\n…'
 */
export function toICalendar(timeline: Timeline, options: ICalendarOptions = {}): ExportResult<string> {
  if (options.productId !== undefined && (typeof options.productId !== 'string' || options.productId.trim() === '')) {
    throw new TypeError('toICalendar: option "productId" must be a non-empty string');
  }
  const stamp = stampOf(options.stamp);
  const warnings = new WarningLog();
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeICalText(options.productId ?? defaults.productId)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (timeline.title !== undefined) lines.push(`X-WR-CALNAME:${escapeICalText(timeline.title)}`);
  if (timeline.description !== undefined) lines.push(`X-WR-CALDESC:${escapeICalText(timeline.description)}`);
  for (const event of timeline.events) {
    const { when } = event;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeICalText(`${event.id}@${defaults.uidDomain}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icalDay(when.earliestDay)}`,
      `DTEND;VALUE=DATE:${icalDay(when.latestDay + 1)}`,
      `SUMMARY:${escapeICalText(event.title)}`,
    );
    if (event.summary !== undefined) lines.push(`DESCRIPTION:${escapeICalText(event.summary)}`);
    lines.push(`STATUS:${statusOf[event.status]}`, `CATEGORIES:${escapeICalText(event.kind)}`);
    if (event.place) {
      lines.push(`LOCATION:${escapeICalText(event.place.country === undefined ? event.place.name : `${event.place.name}, ${event.place.country}`)}`);
      if (event.place.coordinates) lines.push(`GEO:${event.place.coordinates.lat};${event.place.coordinates.lon}`);
    }
    const url = event.evidence.map((e) => timeline.source(e.source)?.url).find((u) => u !== undefined && /^https?:\/\//i.test(u));
    if (url !== undefined) lines.push(`URL:${url}`);
    lines.push(
      `X-DIPLOMATIC-EDTF:${escapeICalText(when.edtf)}`,
      `X-DIPLOMATIC-PRECISION:${when.precision}`,
      `X-DIPLOMATIC-WHEN-TEXT:${escapeICalText(when.text)}`,
      `X-DIPLOMATIC-STATUS:${event.status}`,
      'END:VEVENT',
    );
    if (when.relative && when.anchor !== undefined) warnings.add(event.id, 'when.anchor', `the anchor "${when.anchor}" is dropped; the phrase and the resolved days are kept`);
    if (event.participants.length > 0) warnings.add(event.id, 'participants', `${event.participants.length} participant(s) dropped: iCalendar attendees need e-mail addresses`);
    if (event.evidence.length > 0) warnings.add(event.id, 'evidence', `${event.evidence.length} evidence item(s) dropped${url !== undefined ? ' (the first source URL is kept as URL)' : ''}`);
    warnings.dropped(event, ['related', 'classification']);
  }
  lines.push('END:VCALENDAR');
  return { output: lines.map((line) => `${foldICalLine(line)}\r\n`).join(''), warnings: warnings.list() };
}
