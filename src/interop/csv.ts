/**
 * CSV (RFC 4180), both directions: one row per event, a header row first.
 *
 * d3-dsv reads and writes the cells: it is already a dependency, small,
 * maintained, and handles quoted fields, embedded quotes, newlines and CRLF
 * correctly. Rows are written with CRLF as RFC 4180 says. A UTF-8 byte-order
 * mark is ignored on import. Before d3-dsv reads a file, a short scan checks
 * the quoting (an unclosed quote would otherwise swallow the rest of the
 * file silently) and finds each row's line number for error messages.
 *
 * Columns (the header names them; order is free on import; `id`, `title`,
 * `kind` and `when` (or `earliest`) are required, unknown columns are an error):
 *
 * | column          | content                                                                  |
 * |-----------------|--------------------------------------------------------------------------|
 * | id              | event id                                                                 |
 * | title           | event title                                                              |
 * | summary         | event summary                                                            |
 * | kind            | talks, visit, summit, call, statement, agreement, sanction, expulsion, military, cyber, policy, other |
 * | status          | occurred, ongoing, scheduled, …; empty = unknown                          |
 * | when            | the date as written: EDTF (`2023-06~`), or a relative phrase when `anchor` is set |
 * | anchor          | a relative date's anchor as written: a source id or a `YYYY-MM-DD` day    |
 * | anchor_day      | the anchor's day when the anchor is a source id (its publication day)    |
 * | earliest        | resolved first day, `YYYY-MM-DD` (written for readers; on import used only when `when` is empty) |
 * | latest          | resolved last day (as `earliest`)                                        |
 * | precision       | resolved precision: day, week, month, season, year (written for readers; ignored on import) |
 * | participants    | `actor:role;actor:role` (`:role` optional)                               |
 * | place           | place name                                                               |
 * | place_country   | ISO 3166-1 alpha-2 code of the place                                     |
 * | lat, lon        | place coordinates in decimal degrees                                     |
 * | evidence        | `source|quote;source|quote` (`|quote` optional)                          |
 * | related         | `event:relation;event:relation` (relation: part-of, responds-to, follows, reschedules) |
 * | plover_event    | PLOVER event code                                                        |
 * | plover_mode     | PLOVER mode                                                              |
 * | plover_context  | PLOVER contexts, `;`-separated                                           |
 * | cameo           | CAMEO event code                                                         |
 *
 * List cells escape with a backslash: `\\` is a backslash, `\;` `\|` `\:`
 * are the separators as text, so any quote or id survives a round trip.
 *
 * Actors and sources have no rows of their own. On import an actor is
 * created for each participant id (name = the id, kind "organization") and
 * a source for each evidence source or anchor id (title = the id,
 * published = `anchor_day`), each with a warning; on export their names
 * and details are reported as dropped.
 *
 * Formula injection: on export, a text cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a CR, possibly after some `'`, gets one more `'` in front,
 * so spreadsheets show it as text. On import exactly that prefix is removed
 * again (one `'` before `'…'` and one of those characters), so a round trip
 * keeps every text verbatim, including text that really starts with `'`.
 */
import { csvFormatRow, csvParseRows } from 'd3-dsv';
import {
  eventKinds, eventStatuses, relations,
  type ActorDocument, type EventDocument, type EventKind, type EventStatus, type Relation, type SourceDocument,
} from '../model/types.js';
import type { Timeline } from '../model/timeline.js';
import { parseDay } from '../time/calendar.js';
import type { RelativeWhenInput } from '../time/types.js';
import { importedDocument, WarningLog, type ExportResult, type ImportResult } from './conversion.js';
import { edtfOfSpan } from './day-span.js';
import { IssueLog } from './format-error.js';

/** The columns, in the order they are written. */
export const csvColumns = [
  'id', 'title', 'summary', 'kind', 'status', 'when', 'anchor', 'anchor_day', 'earliest', 'latest', 'precision',
  'participants', 'place', 'place_country', 'lat', 'lon', 'evidence', 'related',
  'plover_event', 'plover_mode', 'plover_context', 'cameo',
] as const;

/** A CSV column name. */
export type CsvColumn = (typeof csvColumns)[number];

const format = 'csv';
const formulaStart = /^'*[=+\-@\t\r]/;
const escapedFormulaStart = /^'+[=+\-@\t\r]/;

/** Prefixes a cell that a spreadsheet would run as a formula (see the module comment). */
export function escapeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** Removes exactly the prefix `escapeFormula` adds. */
export function unescapeFormula(text: string): string {
  return escapedFormulaStart.test(text) ? text.slice(1) : text;
}

function escapeListPart(text: string): string {
  return text.replace(/[\\;|:]/g, (character) => `\\${character}`);
}

/** Splits at unescaped separators, keeping escapes in the parts. */
function splitUnescaped(text: string, separator: string, limit = Infinity): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (character === '\\' && index + 1 < text.length) {
      current += character + text[index + 1]!;
      index += 1;
    } else if (character === separator && parts.length + 1 < limit) {
      parts.push(current);
      current = '';
    } else current += character;
  }
  parts.push(current);
  return parts;
}

function unescapeListPart(text: string): string {
  return text.replace(/\\(.)/gs, '$1');
}

/** The items of a list cell, each split once at its part separator. */
function listItems(cell: string, separator: string): (readonly [string, string | undefined])[] {
  if (cell === '') return [];
  return splitUnescaped(cell, ';')
    .filter((item) => item !== '')
    .map((item) => {
      const [head, tail] = splitUnescaped(item, separator, 2);
      return [unescapeListPart(head!), tail === undefined ? undefined : unescapeListPart(tail)] as const;
    });
}

/**
 * Exports a timeline as CSV text. Actor and source details (names, kinds,
 * countries, publishers, URLs) and the document title are reported as
 * dropped; every event field is kept.
 */
export function toCsv(timeline: Timeline): ExportResult<string> {
  const warnings = new WarningLog();
  const rows = timeline.events.map((event) => {
    const { when } = event;
    const anchorSource = when.relative && when.anchor !== undefined && parseDay(when.anchor) === undefined;
    const cells: Record<CsvColumn, string> = {
      id: event.id,
      title: event.title,
      summary: event.summary ?? '',
      kind: event.kind,
      status: event.status,
      when: when.text,
      anchor: when.anchor ?? '',
      anchor_day: anchorSource ? when.anchorDay ?? '' : '',
      earliest: when.earliest,
      latest: when.latest,
      precision: when.precision,
      participants: event.participants.map((p) => escapeListPart(p.actor) + (p.role === undefined ? '' : `:${escapeListPart(p.role)}`)).join(';'),
      place: event.place?.name ?? '',
      place_country: event.place?.country ?? '',
      lat: event.place?.coordinates ? String(event.place.coordinates.lat) : '',
      lon: event.place?.coordinates ? String(event.place.coordinates.lon) : '',
      evidence: event.evidence.map((e) => escapeListPart(e.source) + (e.quote === undefined ? '' : `|${escapeListPart(e.quote)}`)).join(';'),
      related: event.related.map((r) => `${escapeListPart(r.event)}:${r.relation}`).join(';'),
      plover_event: event.classification?.plover?.event ?? '',
      plover_mode: event.classification?.plover?.mode ?? '',
      plover_context: (event.classification?.plover?.context ?? []).map(escapeListPart).join(';'),
      cameo: event.classification?.cameo ?? '',
    };
    // Coordinates are numbers, not text a spreadsheet could run; a minus sign stays as is.
    return csvColumns.map((column) => column === 'lat' || column === 'lon' ? cells[column] : escapeFormula(cells[column]));
  });
  if (timeline.title !== undefined || timeline.description !== undefined) warnings.add(undefined, 'title', 'the document title and description are dropped: CSV has rows of events only');
  if (timeline.actors.length > 0) warnings.add(undefined, 'actors', `the details of ${timeline.actors.length} actor(s) (names, kinds, countries, affiliations) are dropped; participants keep the actor ids`);
  if (timeline.sources.length > 0) warnings.add(undefined, 'sources', `the details of ${timeline.sources.length} source(s) (titles, publishers, URLs) are dropped; evidence keeps the source ids and anchors keep the publication day`);
  const output = [csvFormatRow([...csvColumns]), ...rows.map((row) => csvFormatRow(row))].map((line) => `${line}\r\n`).join('');
  return { output, warnings: warnings.list() };
}

/**
 * Checks RFC 4180 quoting and returns the line each record starts on
 * (1-based), in the order d3-dsv returns the records.
 */
function scanRecords(text: string, issues: IssueLog): number[] {
  const starts: number[] = [];
  let line = 1;
  let index = 0;
  let recordStart = true;
  while (index < text.length) {
    if (recordStart) {
      starts.push(line);
      recordStart = false;
    }
    if (text[index] === '"') {
      const openedOn = line;
      index += 1;
      for (;;) {
        if (index >= text.length) {
          issues.add(`line ${openedOn}`, 'a quoted cell opened on this line is never closed');
          return starts;
        }
        const character = text[index]!;
        if (character === '"') {
          if (text[index + 1] === '"') index += 2;
          else {
            index += 1;
            break;
          }
        } else {
          if (character === '\n' || (character === '\r' && text[index + 1] !== '\n')) line += 1;
          index += 1;
        }
      }
      const next = text[index];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        issues.add(`line ${line}`, `unexpected text after a closing quote: ${JSON.stringify(text.slice(index, index + 10))}`);
        return starts;
      }
    }
    // The rest of an unquoted cell, up to a separator.
    while (index < text.length && text[index] !== ',' && text[index] !== '\n' && text[index] !== '\r') index += 1;
    if (index >= text.length) break;
    const separator = text[index]!;
    index += separator === '\r' && text[index + 1] === '\n' ? 2 : 1;
    if (separator !== ',') {
      line += 1;
      recordStart = true;
    }
  }
  return starts;
}

/**
 * Imports CSV text written with the columns above. Malformed input throws a
 * FormatError (`rows[2].kind: "meeting" is not a kind (line 4); allowed: …`).
 */
export function fromCsv(input: string | object): ImportResult {
  const issues = new IssueLog(format);
  const warnings = new WarningLog();
  if (typeof input !== 'string') return issues.fail('', 'expected CSV text');
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  const lines = scanRecords(text, issues);
  issues.throwIfAny();
  const records = csvParseRows(text);
  const header = records[0];
  if (!header || header.every((cell) => cell.trim() === '')) return issues.fail('header', 'the file is empty: a header row naming the columns is required');
  const columns = header.map((name) => name.trim().toLowerCase());
  const position = new Map<string, number>();
  columns.forEach((name, index) => {
    if (!(csvColumns as readonly string[]).includes(name)) issues.add(`header[${index}]`, `unknown column ${JSON.stringify(header[index])}; known columns: ${csvColumns.join(', ')}`);
    else if (position.has(name)) issues.add(`header[${index}]`, `the column "${name}" appears twice`);
    else position.set(name, index);
  });
  for (const required of ['id', 'title', 'kind'] as const) {
    if (!position.has(required)) issues.add('header', `the required column "${required}" is missing (is the first row a header?)`);
  }
  if (!position.has('when') && !position.has('earliest')) issues.add('header', 'a "when" (or "earliest") column is required');
  issues.throwIfAny();

  const events: EventDocument[] = [];
  const actors = new Map<string, ActorDocument>();
  const sources = new Map<string, SourceDocument>();
  const sourceDayFrom = new Map<string, string>();
  records.slice(1).forEach((record, row) => {
    const path = `rows[${row}]`;
    const line = lines[row + 1];
    const at = line === undefined ? '' : ` (line ${line})`;
    if (record.length === 1 && record[0] === '') return;
    if (record.length !== columns.length) {
      issues.add(path, `expected ${columns.length} cells like the header, found ${record.length}${at}`);
      return;
    }
    const cell = (column: CsvColumn): string => {
      const index = position.get(column);
      return index === undefined ? '' : unescapeFormula(record[index]!);
    };
    const problem = (column: CsvColumn, message: string): void => {
      issues.add(`${path}.${column}`, `${message}${at}`);
    };
    const id = cell('id');
    if (id.trim() === '') problem('id', 'an event needs an id');
    const kind = cell('kind');
    if (!(eventKinds as readonly string[]).includes(kind)) problem('kind', `${JSON.stringify(kind)} is not a kind; allowed: ${eventKinds.join(', ')}`);
    const status = cell('status');
    if (status !== '' && !(eventStatuses as readonly string[]).includes(status)) problem('status', `${JSON.stringify(status)} is not a status; allowed: ${eventStatuses.join(', ')}`);

    let when: EventDocument['when'] | undefined;
    const written = cell('when'), anchorText = cell('anchor'), anchorDay = cell('anchor_day');
    if (written !== '') {
      const relative: RelativeWhenInput = { relative: written, anchor: anchorText };
      when = anchorText === '' ? written : relative;
    }
    else {
      const earliest = cell('earliest'), latest = cell('latest') || earliest;
      const first = parseDay(earliest), last = parseDay(latest);
      if (earliest === '') problem('when', 'an event needs a date ("when", or "earliest")');
      else if (first === undefined) problem('earliest', `${JSON.stringify(earliest)} is not a YYYY-MM-DD day`);
      else if (last === undefined) problem('latest', `${JSON.stringify(latest)} is not a YYYY-MM-DD day`);
      else if (last < first) problem('latest', 'is before earliest');
      else when = edtfOfSpan(first, last);
    }
    if (anchorText !== '' && written === '') problem('anchor', 'an anchor needs a relative phrase in "when"');
    if (anchorDay !== '' && parseDay(anchorDay) === undefined) problem('anchor_day', `${JSON.stringify(anchorDay)} is not a YYYY-MM-DD day`);
    if (anchorText !== '' && parseDay(anchorText) === undefined) {
      if (!sources.has(anchorText)) sources.set(anchorText, { id: anchorText, title: anchorText });
      const source = sources.get(anchorText)!;
      if (anchorDay !== '') {
        if (source.published !== undefined && source.published !== anchorDay) problem('anchor_day', `${anchorDay} differs from ${source.published} given for the source "${anchorText}" in ${sourceDayFrom.get(anchorText) ?? 'an earlier row'}`);
        else if (source.published === undefined) {
          source.published = anchorDay;
          sourceDayFrom.set(anchorText, path);
        }
      }
    }

    const event: EventDocument = { id, title: cell('title'), kind: kind as EventKind, when: when ?? '' };
    const summary = cell('summary');
    if (summary !== '') event.summary = summary;
    if (status !== '') event.status = status as EventStatus;

    const participants = listItems(cell('participants'), ':');
    if (participants.length > 0) {
      event.participants = participants.map(([actor, role]) => role === undefined ? { actor } : { actor, role });
      for (const { actor } of event.participants) {
        if (!actors.has(actor)) actors.set(actor, { id: actor, name: actor, kind: 'organization' });
      }
    }

    const placeName = cell('place'), placeCountry = cell('place_country'), lat = cell('lat'), lon = cell('lon');
    if (placeName !== '') {
      event.place = { name: placeName };
      if (placeCountry !== '') event.place.country = placeCountry;
      if (lat !== '' || lon !== '') {
        const latitude = /^-?\d+(\.\d+)?$/.test(lat) ? Number(lat) : undefined;
        const longitude = /^-?\d+(\.\d+)?$/.test(lon) ? Number(lon) : undefined;
        if (latitude === undefined) problem('lat', `${JSON.stringify(lat)} is not a latitude in decimal degrees`);
        if (longitude === undefined) problem('lon', `${JSON.stringify(lon)} is not a longitude in decimal degrees`);
        if (latitude !== undefined && longitude !== undefined) event.place.coordinates = { lat: latitude, lon: longitude };
      }
    } else if (placeCountry !== '' || lat !== '' || lon !== '') problem('place', 'place_country, lat and lon need a place name');

    const evidence = listItems(cell('evidence'), '|');
    if (evidence.length > 0) {
      event.evidence = evidence.map(([source, quote]) => quote === undefined ? { source } : { source, quote });
      for (const { source } of event.evidence) {
        if (!sources.has(source)) sources.set(source, { id: source, title: source });
      }
    }

    const related = listItems(cell('related'), ':');
    if (related.length > 0) {
      event.related = [];
      for (const [target, relation] of related) {
        if (relation === undefined || !(relations as readonly string[]).includes(relation)) problem('related', `${JSON.stringify(relation ?? '')} is not a relation for "${target}"; write event:relation with one of ${relations.join(', ')}`);
        else event.related.push({ event: target, relation: relation as Relation });
      }
    }

    const ploverEvent = cell('plover_event'), ploverMode = cell('plover_mode'), cameo = cell('cameo');
    const ploverContext = splitUnescaped(cell('plover_context'), ';').filter((context) => context !== '').map(unescapeListPart);
    if (ploverEvent !== '' || cameo !== '') {
      event.classification = {};
      if (ploverEvent !== '') {
        event.classification.plover = { event: ploverEvent };
        if (ploverMode !== '') event.classification.plover.mode = ploverMode;
        if (ploverContext.length > 0) event.classification.plover.context = ploverContext;
      }
      if (cameo !== '') event.classification.cameo = cameo;
    }
    if (ploverEvent === '' && (ploverMode !== '' || ploverContext.length > 0)) problem('plover_event', 'plover_mode and plover_context need a plover_event');
    events.push(event);
  });
  issues.throwIfAny();
  for (const actor of actors.keys()) warnings.add(undefined, `actors.${actor}`, `the actor "${actor}" is created from a participant id: name = id, kind "organization"`);
  for (const source of sources.values()) warnings.add(undefined, `sources.${source.id}`, `the source "${source.id}" is created from its id: title = id${source.published === undefined ? '' : `, published ${source.published}`}`);
  return { document: importedDocument(events, actors, sources), warnings: warnings.list() };
}
