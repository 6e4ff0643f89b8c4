/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html),
 * both directions.
 *
 * Dates are `{year, month?, day?}` objects so that precision survives: a
 * month is `{year, month}`, not the first of the month. A span no single
 * date object can say (a week, a season, an interval of days) becomes
 * `start_date`/`end_date`. `display_date` is written only when the numeric
 * dates do not say the same as the text as written (a relative phrase, a
 * qualifier, a season, an open end); on import it is taken back when it is
 * an EDTF string covering the same days, so qualifiers survive a round
 * trip. `group` is the name of the lane the renderer draws the event in
 * (its first participant's; see `group.ts`), or the kind for an event
 * without participants; a kind comes back as the kind on import.
 * TimelineJS renders `text` as HTML, so text is escaped on export and
 * reduced to plain text on import (a warning says when markup was dropped).
 */
import { eventKinds, type EventDocument, type EventKind, type TimelineDocument } from '../model/types.js';
import type { Timeline } from '../model/timeline.js';
import { isCalendarDate } from '../time/calendar.js';
import { parseEdtf } from '../time/edtf.js';
import { WarningLog, type ExportResult, type ImportResult } from './conversion.js';
import { edtfOfParts, reducedDates, spanOfParts, type DateParts } from './day-span.js';
import { IssueLog } from './format-error.js';
import { escapeHtml, plainText } from './html-text.js';
import { describeJson, isJsonObject, readJson, type JsonObject } from './json-input.js';
import { groupsOf } from './group.js';

/** A TimelineJS3 date. Times of day are not written; on import they are dropped with a warning. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

/** A TimelineJS3 slide's text; both fields are HTML. */
export interface TimelineJsText {
  headline: string;
  text?: string;
}

/** A TimelineJS3 event slide. */
export interface TimelineJsSlide {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  group?: string;
  text: TimelineJsText;
}

/** A TimelineJS3 document. */
export interface TimelineJsDocument {
  title?: { text: TimelineJsText };
  events: TimelineJsSlide[];
}

const format = 'timelinejs';

/**
 * Exports a timeline as a TimelineJS3 document. Fields TimelineJS cannot
 * hold (status, participants beyond the lane, place, evidence, related
 * events, classification, a relative date's anchor) are reported.
 */
export function toTimelineJs(timeline: Timeline): ExportResult<TimelineJsDocument> {
  const warnings = new WarningLog();
  const groupOf = groupsOf(timeline);
  const events = timeline.events.map((event): TimelineJsSlide => {
    const { when } = event;
    const dates = reducedDates(when);
    const start: TimelineJsDate = { ...dates.start }, end: TimelineJsDate | undefined = dates.end && { ...dates.end };
    const group = groupOf(event);
    const slide: TimelineJsSlide = {
      unique_id: event.id,
      start_date: start,
      ...(end ? { end_date: end } : {}),
      group: group.name,
      text: { headline: escapeHtml(event.title), ...(event.summary !== undefined ? { text: escapeHtml(event.summary) } : {}) },
    };
    if (edtfOfParts(start, end) !== when.text) slide.display_date = when.text;
    if (when.relative) warnings.add(event.id, 'when.anchor', `the anchor "${when.anchor ?? ''}" of the relative date "${when.text}" is dropped; the resolved dates are kept`);
    if (group.by === 'actor') warnings.add(event.id, 'kind', `kind "${event.kind}" is dropped (the group is the lane "${group.name}")`);
    if (event.status !== 'unknown') warnings.add(event.id, 'status', `status "${event.status}" is dropped`);
    if (event.participants.length > 0) warnings.add(event.id, 'participants', `${event.participants.length} participant(s) dropped (only the lane "${group.name}" is kept as the group)`);
    warnings.dropped(event, ['place', 'evidence', 'related', 'classification']);
    return slide;
  });
  const output: TimelineJsDocument = { events };
  if (timeline.title !== undefined) {
    output.title = { text: { headline: escapeHtml(timeline.title), ...(timeline.description !== undefined ? { text: escapeHtml(timeline.description) } : {}) } };
  }
  if (timeline.actors.length > 0) warnings.add(undefined, 'actors', `${timeline.actors.length} actor(s) dropped: TimelineJS has no actors`);
  if (timeline.sources.length > 0) warnings.add(undefined, 'sources', `${timeline.sources.length} source(s) dropped: TimelineJS has no sources`);
  return { output, warnings: warnings.list() };
}

const dateFields = new Set(['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date', 'format']);
const slideFields = new Set(['unique_id', 'start_date', 'end_date', 'display_date', 'group', 'text']);

function integerOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  // TimelineJS accepts numeric strings for date parts.
  if (typeof value === 'string' && /^-?\d{1,9}$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

function readDate(value: unknown, path: string, issues: IssueLog, warnings: WarningLog, eventId: string | undefined): DateParts | undefined {
  if (!isJsonObject(value)) {
    issues.add(path, `expected a date object like {"year": 2023, "month": 7}, found ${describeJson(value)}`);
    return undefined;
  }
  const year = integerOf(value.year);
  if (year === undefined) {
    issues.add(`${path}.year`, `${describeJson(value.year)} is not a year`);
    return undefined;
  }
  if (year < 0 || year > 9999) {
    issues.add(`${path}.year`, `${year} is outside the years 0000–9999 this package supports`);
    return undefined;
  }
  const month = value.month === undefined || value.month === '' ? undefined : integerOf(value.month);
  const day = value.day === undefined || value.day === '' ? undefined : integerOf(value.day);
  if (value.month !== undefined && value.month !== '' && (month === undefined || month < 1 || month > 12)) {
    issues.add(`${path}.month`, `${describeJson(value.month)} is not a month (1–12)`);
    return undefined;
  }
  if (value.day !== undefined && value.day !== '') {
    if (month === undefined) {
      issues.add(`${path}.day`, 'a day needs a month');
      return undefined;
    }
    if (day === undefined || !isCalendarDate(year, month, day)) {
      issues.add(`${path}.day`, `${describeJson(value.day)} is not a day of ${year}-${String(month).padStart(2, '0')}`);
      return undefined;
    }
  }
  for (const key of Object.keys(value)) {
    if (!dateFields.has(key)) issues.add(`${path}.${key}`, 'unknown date field');
    else if (['hour', 'minute', 'second', 'millisecond'].includes(key)) warnings.add(eventId, `${path}.${key}`, `the time of day (${key}) is dropped: events are dated by calendar day`);
  }
  if (month === undefined) return { year };
  return day === undefined ? { year, month } : { year, month, day };
}

function readText(value: unknown, path: string, issues: IssueLog): JsonObject | undefined {
  if (value === undefined) return undefined;
  if (!isJsonObject(value)) {
    issues.add(path, `expected an object with "headline" and "text", found ${describeJson(value)}`);
    return undefined;
  }
  for (const key of ['headline', 'text']) {
    if (value[key] !== undefined && typeof value[key] !== 'string') issues.add(`${path}.${key}`, `expected text, found ${describeJson(value[key])}`);
  }
  return value;
}

/**
 * Imports a TimelineJS3 document (JSON text or a parsed value) into our
 * document format. Malformed input throws a FormatError listing every
 * problem with its path (`events[3].start_date.month: 13 is not a month`).
 */
export function fromTimelineJs(input: string | object): ImportResult {
  const issues = new IssueLog(format);
  const warnings = new WarningLog();
  const root = readJson(format, input);
  if (!isJsonObject(root)) return issues.fail('', `expected a TimelineJS document (an object with "events"), found ${describeJson(root)}`);
  if (!Array.isArray(root.events)) return issues.fail('events', `expected an array of slides, found ${describeJson(root.events)}`);
  const slides: readonly unknown[] = root.events;
  const events: EventDocument[] = [];
  slides.forEach((slide, index) => {
    const path = `events[${index}]`;
    if (!isJsonObject(slide)) {
      issues.add(path, `expected a slide object, found ${describeJson(slide)}`);
      return;
    }
    let id = `event-${index + 1}`;
    if (typeof slide.unique_id === 'string' && slide.unique_id.trim() !== '') id = slide.unique_id;
    else if (slide.unique_id !== undefined) issues.add(`${path}.unique_id`, `expected text, found ${describeJson(slide.unique_id)}`);
    const start = readDate(slide.start_date, `${path}.start_date`, issues, warnings, id);
    const end = slide.end_date === undefined || slide.end_date === null ? undefined : readDate(slide.end_date, `${path}.end_date`, issues, warnings, id);
    const text = readText(slide.text, `${path}.text`, issues);
    if (slide.display_date !== undefined && typeof slide.display_date !== 'string') issues.add(`${path}.display_date`, `expected text, found ${describeJson(slide.display_date)}`);
    if (slide.group !== undefined && typeof slide.group !== 'string') issues.add(`${path}.group`, `expected text, found ${describeJson(slide.group)}`);
    for (const key of Object.keys(slide)) {
      if (!slideFields.has(key)) warnings.add(id, `${path}.${key}`, `the TimelineJS field "${key}" is dropped`);
    }
    if (!start || (slide.end_date != null && !end)) return;
    const first = spanOfParts(start)[0], last = spanOfParts(end ?? start)[1];
    if (last < first) {
      issues.add(`${path}.end_date`, 'ends before start_date');
      return;
    }
    let when = edtfOfParts(start, end);
    if (typeof slide.display_date === 'string' && slide.display_date.trim() !== '') {
      const written = parseEdtf(slide.display_date.trim());
      if (written.ok && written.value.earliestDay === first && written.value.latestDay === last) when = slide.display_date.trim();
      else warnings.add(id, `${path}.display_date`, `display_date "${slide.display_date}" is dropped (not an EDTF date for the same days; a relative phrase has no anchor here); the numeric date ${when} is kept`);
    }
    const title = plainText(text?.headline, 'title', id, warnings);
    const summary = plainText(text?.text, 'summary', id, warnings);
    const group = typeof slide.group === 'string' ? slide.group : undefined;
    const kind: EventKind = group !== undefined && (eventKinds as readonly string[]).includes(group) ? group as EventKind : 'other';
    if (group !== undefined && group !== '' && kind !== group) warnings.add(id, `${path}.group`, `group "${group}" is dropped: a lane name does not say who took part`);
    const event: EventDocument = { id, title: title !== undefined && title.trim() !== '' ? title : (summary?.split('\n')[0]?.trim() || 'Untitled event'), kind, when };
    if (title === undefined || title.trim() === '') warnings.add(id, 'title', `the slide has no headline; the title "${event.title}" was made up`);
    if (summary !== undefined && summary !== '') event.summary = summary;
    events.push(event);
  });
  const document: TimelineDocument = { events };
  if (root.title !== undefined) {
    const text = isJsonObject(root.title) ? readText(root.title.text, 'title.text', issues) : undefined;
    if (!isJsonObject(root.title)) issues.add('title', `expected a title slide, found ${describeJson(root.title)}`);
    const headline = plainText(text?.headline, 'title', undefined, warnings);
    const description = plainText(text?.text, 'description', undefined, warnings);
    if (headline !== undefined && headline.trim() !== '') document.title = headline;
    if (description !== undefined && description.trim() !== '') document.description = description;
  }
  if (root.eras !== undefined) warnings.add(undefined, 'eras', 'TimelineJS eras are dropped');
  issues.throwIfAny();
  return { document, warnings: warnings.list() };
}
