/**
 * vis-timeline items and groups (https://visjs.github.io/vis-timeline/docs/timeline/),
 * both directions.
 *
 * A single calendar day is a `point`; anything longer is a `range` whose
 * `end` is exclusive, as vis expects (end = latest day + 1). Dates are
 * `YYYY-MM-DD` strings, which vis reads as calendar dates. The item's
 * `className` carries what vis has no field for, as styling hooks a page
 * can use: `dt-status-<status> dt-kind-<kind> dt-precision-<precision>`,
 * plus `dt-approximate`/`dt-uncertain`. Groups are the lanes the renderer
 * draws (the first participant's lane: a person or company rolls up to the
 * state or organization it belongs to, an organization keeps its own; see
 * `group.ts`), or `kind:<kind>` for an event without participants, with
 * `dt-actor-<kind>` on actor lanes. vis renders `content` and `title` as
 * HTML, so text is escaped on export and reduced to plain text on import.
 *
 * On import, the classes give back status, kind, precision and
 * qualifiers: a month-precision range covering a whole month becomes
 * `2023-06` again. An actor lane becomes the event's participant.
 */
import {
  actorKinds, eventKinds, eventStatuses,
  type ActorDocument, type ActorKind, type EventDocument, type EventKind, type EventStatus,
} from '../model/types.js';
import type { Timeline } from '../model/timeline.js';
import { daysInMonth, formatDay, fromDayNumber, parseDay, type DayNumber } from '../time/calendar.js';
import { qualifierMark, seasonSpan } from '../time/edtf.js';
import { precisions, type Precision } from '../time/types.js';
import { importedDocument, WarningLog, type ExportResult, type ImportResult } from './conversion.js';
import { formatDateParts, unitOfSpan } from './day-span.js';
import { IssueLog } from './format-error.js';
import { escapeHtml, htmlToText, plainText } from './html-text.js';
import { describeJson, isJsonObject, readJson, type JsonObject } from './json-input.js';
import { groupsOf } from './group.js';

/** A vis-timeline item as exported. */
export interface VisItem {
  id: string;
  /** The title, as HTML-escaped text. */
  content: string;
  start: string;
  /** Exclusive: the day after the last day. Only on ranges. */
  end?: string;
  type: 'point' | 'range';
  group: string;
  className: string;
  /** The summary, as HTML-escaped text (vis shows it as a tooltip). */
  title?: string;
}

/** A vis-timeline group (a lane) as exported. */
export interface VisGroup {
  id: string;
  content: string;
  className: string;
}

/** The data for `new Timeline(container, items, groups)`. */
export interface VisTimelineData {
  items: VisItem[];
  groups: VisGroup[];
}

const format = 'vis-timeline';

/**
 * Exports a timeline as vis-timeline items and groups. Fields vis cannot
 * hold (a relative date's phrase and anchor, open or unknown interval
 * ends, participants beyond the lane, place, evidence, related events,
 * classification) are reported.
 */
export function toVisTimeline(timeline: Timeline): ExportResult<VisTimelineData> {
  const warnings = new WarningLog();
  const groups = new Map<string, VisGroup>();
  const groupOf = groupsOf(timeline);
  const items = timeline.events.map((event): VisItem => {
    const { when } = event;
    const group = groupOf(event);
    if (!groups.has(group.id)) {
      groups.set(group.id, { id: group.id, content: escapeHtml(group.name), className: group.by === 'kind' ? 'dt-lane-kind' : group.actor ? `dt-lane-actor dt-actor-${group.actor.kind}` : 'dt-lane-actor' });
    }
    const classes = [`dt-status-${event.status}`, `dt-kind-${event.kind}`, `dt-precision-${when.precision}`];
    if (when.approximate) classes.push('dt-approximate');
    if (when.uncertain) classes.push('dt-uncertain');
    const single = when.earliestDay === when.latestDay;
    const item: VisItem = {
      id: event.id,
      content: escapeHtml(event.title),
      start: when.earliest,
      ...(single ? {} : { end: formatDay(when.latestDay + 1) }),
      type: single ? 'point' : 'range',
      group: group.id,
      className: classes.join(' '),
      ...(event.summary !== undefined ? { title: escapeHtml(event.summary) } : {}),
    };
    if (when.relative) warnings.add(event.id, 'when.text', `the relative date "${when.text}" (anchor "${when.anchor ?? ''}") is dropped; its resolved days are kept`);
    if (when.start.open || when.start.unknown || when.end.open || when.end.unknown) warnings.add(event.id, 'when', `the open or unknown end of "${when.text}" is dropped; the known days are kept`);
    const groupOnly = group.by === 'actor' && event.participants.length === 1 && event.participants[0]!.actor === group.id && event.participants[0]!.role === undefined;
    if (event.participants.length > 0 && !groupOnly) warnings.add(event.id, 'participants', `${event.participants.length} participant(s) dropped (only the lane "${group.name}" is kept as the group)`);
    warnings.dropped(event, ['place', 'evidence', 'related', 'classification']);
    return item;
  });
  if (timeline.sources.length > 0) warnings.add(undefined, 'sources', `${timeline.sources.length} source(s) dropped: vis-timeline has no sources`);
  return { output: { items, groups: [...groups.values()] }, warnings: warnings.list() };
}

/** A calendar day read from a vis date, and whether it had a time of day. */
interface VisDay {
  readonly day: DayNumber;
  /** Whether the value was exactly a midnight (a date string or midnight time). */
  readonly midnight: boolean;
  readonly hadTime: boolean;
}

const dateTime = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const dayMs = 86_400_000;

function readVisDay(value: unknown): VisDay | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 8.64e15) {
    // A timestamp is read in UTC: the calendar day must not depend on where the file is opened.
    const day = Math.floor(value / dayMs);
    return { day, midnight: value === day * dayMs, hadTime: value !== day * dayMs };
  }
  if (typeof value !== 'string') return undefined;
  const match = dateTime.exec(value.trim());
  if (!match) return undefined;
  const day = parseDay(match[1]!);
  if (day === undefined) return undefined;
  const hours = Number(match[2] ?? 0), minutes = Number(match[3] ?? 0), seconds = Number(match[4] ?? 0);
  if (hours > 24 || minutes > 59 || seconds > 60) return undefined;
  const midnight = hours === 0 && minutes === 0 && seconds === 0;
  return { day, midnight, hadTime: match[2] !== undefined };
}

/** The EDTF that says a span at a precision, as near as EDTF can. */
function edtfAtPrecision(first: DayNumber, last: DayNumber, precision: Precision | undefined, mark: string): string {
  const unit = unitOfSpan(first, last);
  const days = first === last ? formatDay(first) + mark : `${formatDay(first)}${mark}/${formatDay(last)}${mark}`;
  if (precision === undefined || precision === 'day' || precision === 'week') return days;
  if (unit && (precision === 'month' ? unit.month !== undefined && unit.day === undefined : precision === 'year' ? unit.month === undefined : false)) return formatDateParts(unit) + mark;
  if (precision === 'season') {
    const { year } = fromDayNumber(first);
    for (const code of [21, 22, 23, 24] as const) {
      const [from, to] = seasonSpan(year, code);
      if (from === first && to === last) return `${String(year).padStart(4, '0')}-${code}${mark}`;
    }
    return days;
  }
  // A month or year interval: each end reduced to its unit when it is whole.
  const a = fromDayNumber(first), b = fromDayNumber(last);
  if (precision === 'month' && a.day === 1 && b.day === daysInMonth(b.year, b.month)) {
    return `${formatDateParts({ year: a.year, month: a.month })}${mark}/${formatDateParts({ year: b.year, month: b.month })}${mark}`;
  }
  if (precision === 'year' && a.month === 1 && a.day === 1 && b.month === 12 && b.day === 31) {
    return `${formatDateParts({ year: a.year })}${mark}/${formatDateParts({ year: b.year })}${mark}`;
  }
  return days;
}

interface ItemClasses {
  status?: EventStatus;
  kind?: EventKind;
  precision?: Precision;
  approximate: boolean;
  uncertain: boolean;
}

function readClasses(value: unknown, path: string, issues: IssueLog): ItemClasses {
  const classes: ItemClasses = { approximate: false, uncertain: false };
  if (value === undefined) return classes;
  if (typeof value !== 'string') {
    issues.add(path, `expected text, found ${describeJson(value)}`);
    return classes;
  }
  for (const token of value.split(/\s+/)) {
    let match: RegExpExecArray | null;
    if ((match = /^dt-status-(.+)$/.exec(token))) {
      if ((eventStatuses as readonly string[]).includes(match[1]!)) classes.status = match[1] as EventStatus;
      else issues.add(path, `"${token}" names no status; allowed: ${eventStatuses.join(', ')}`);
    } else if ((match = /^dt-kind-(.+)$/.exec(token))) {
      if ((eventKinds as readonly string[]).includes(match[1]!)) classes.kind = match[1] as EventKind;
      else issues.add(path, `"${token}" names no kind; allowed: ${eventKinds.join(', ')}`);
    } else if ((match = /^dt-precision-(.+)$/.exec(token))) {
      if ((precisions as readonly string[]).includes(match[1]!)) classes.precision = match[1] as Precision;
      else issues.add(path, `"${token}" names no precision; allowed: ${precisions.join(', ')}`);
    } else if (token === 'dt-approximate') classes.approximate = true;
    else if (token === 'dt-uncertain') classes.uncertain = true;
  }
  return classes;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

const itemFields = new Set(['id', 'content', 'start', 'end', 'type', 'group', 'className', 'title']);

/**
 * Imports vis-timeline data: `{ items, groups }` or a bare array of items
 * (JSON text or a parsed value). Malformed input throws a FormatError
 * (`items[3].start: "x" is not a date`).
 */
export function fromVisTimeline(input: string | object): ImportResult {
  const issues = new IssueLog(format);
  const warnings = new WarningLog();
  const root = readJson(format, input);
  const data: JsonObject | undefined = Array.isArray(root) ? { items: root } : isJsonObject(root) ? root : undefined;
  if (!data) return issues.fail('', `expected {"items": [...], "groups": [...]} or an array of items, found ${describeJson(root)}`);
  if (!Array.isArray(data.items)) return issues.fail('items', `expected an array of items, found ${describeJson(data.items)}`);
  const items: readonly unknown[] = data.items;
  const groups = new Map<string, { name: string; kind?: ActorKind }>();
  if (data.groups !== undefined) {
    if (!Array.isArray(data.groups)) issues.add('groups', `expected an array of groups, found ${describeJson(data.groups)}`);
    else {
      (data.groups as readonly unknown[]).forEach((group, index) => {
        const path = `groups[${index}]`;
        const id = isJsonObject(group) ? idOf(group.id) : undefined;
        if (!isJsonObject(group) || id === undefined) {
          issues.add(isJsonObject(group) ? `${path}.id` : path, isJsonObject(group) ? `expected an id, found ${describeJson(group.id)}` : `expected a group object, found ${describeJson(group)}`);
          return;
        }
        const name = typeof group.content === 'string' ? htmlToText(group.content).text.trim() : '';
        const kindClass = typeof group.className === 'string' ? /(?:^|\s)dt-actor-(\S+)/.exec(group.className)?.[1] : undefined;
        const kind = kindClass !== undefined && (actorKinds as readonly string[]).includes(kindClass) ? kindClass as ActorKind : undefined;
        groups.set(id, { name: name === '' ? id : name, ...(kind ? { kind } : {}) });
        if (group.nestedGroups !== undefined) warnings.add(undefined, `${path}.nestedGroups`, 'nested groups are dropped');
      });
    }
  }
  const events: EventDocument[] = [];
  const actors = new Map<string, ActorDocument>();
  items.forEach((item, index) => {
    const path = `items[${index}]`;
    if (!isJsonObject(item)) {
      issues.add(path, `expected an item object, found ${describeJson(item)}`);
      return;
    }
    const id = idOf(item.id) ?? `item-${index + 1}`;
    if (item.id !== undefined && idOf(item.id) === undefined) issues.add(`${path}.id`, `expected text or a number, found ${describeJson(item.id)}`);
    const start = readVisDay(item.start);
    if (!start) issues.add(`${path}.start`, `${describeJson(item.start)} is not a date (expected YYYY-MM-DD)`);
    const hasEnd = item.end !== undefined && item.end !== null;
    const end = hasEnd ? readVisDay(item.end) : undefined;
    if (hasEnd && !end) issues.add(`${path}.end`, `${describeJson(item.end)} is not a date (expected YYYY-MM-DD)`);
    const type = item.type;
    if (type !== undefined && !['point', 'box', 'range', 'background'].includes(type as string)) issues.add(`${path}.type`, `${describeJson(type)} is not an item type; allowed: point, box, range, background`);
    const classes = readClasses(item.className, `${path}.className`, issues);
    for (const field of ['content', 'title'] as const) {
      if (item[field] !== undefined && typeof item[field] !== 'string') issues.add(`${path}.${field}`, `expected text, found ${describeJson(item[field])}`);
    }
    for (const key of Object.keys(item)) {
      if (!itemFields.has(key)) warnings.add(id, `${path}.${key}`, `the vis-timeline field "${key}" is dropped`);
    }
    if (!start || (hasEnd && !end)) return;
    if (start.hadTime || end?.hadTime) warnings.add(id, `${path}.start`, 'the time of day is dropped: events are dated by calendar day');
    const ranged = end !== undefined && type !== 'point' && type !== 'box';
    if (end !== undefined && !ranged) warnings.add(id, `${path}.end`, `the end of a "${String(type)}" item is not shown by vis and is dropped`);
    let last = start.day;
    if (ranged) {
      // vis ends are exclusive: an end at midnight closes the previous day.
      last = end.midnight ? Math.max(start.day, end.day - 1) : end.day;
      if (end.day < start.day) {
        issues.add(`${path}.end`, 'ends before it starts');
        return;
      }
    }
    const mark = qualifierMark(classes);
    const content = plainText(item.content, `${path}.content`, id, warnings);
    const summary = plainText(item.title, `${path}.title`, id, warnings);
    const groupId = idOf(item.group);
    let kind: EventKind = classes.kind ?? 'other';
    const event: EventDocument = {
      id,
      title: content !== undefined && content.trim() !== '' ? content : 'Untitled event',
      kind,
      when: edtfAtPrecision(start.day, last, classes.precision, mark),
    };
    if (event.title === 'Untitled event' && (content === undefined || content.trim() === '')) warnings.add(id, `${path}.content`, 'the item has no content; the title "Untitled event" was made up');
    if (summary !== undefined && summary !== '') event.summary = summary;
    if (classes.status) event.status = classes.status;
    if (groupId?.startsWith('kind:')) {
      const laneKind = groupId.slice('kind:'.length);
      if (classes.kind === undefined && (eventKinds as readonly string[]).includes(laneKind)) kind = laneKind as EventKind;
      event.kind = kind;
    } else if (groupId !== undefined) {
      const group = groups.get(groupId);
      if (!actors.has(groupId)) {
        actors.set(groupId, { id: groupId, name: group?.name ?? groupId, kind: group?.kind ?? 'organization' });
        if (!group?.kind) warnings.add(undefined, `groups.${groupId}`, `the actor "${groupId}" is created from a group without a dt-actor-<kind> class: kind "organization" assumed`);
      }
      event.participants = [{ actor: groupId }];
    }
    events.push(event);
  });
  issues.throwIfAny();
  return { document: importedDocument(events, actors), warnings: warnings.list() };
}
