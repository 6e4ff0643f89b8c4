/**
 * PLOVER event records as JSON lines (one JSON object per line), both
 * directions. PLOVER (https://github.com/openeventdata/PLOVER) codes an
 * event as `event` (e.g. CONSULT), `mode` and `context`; actors are named.
 *
 * Fields written: `id`, `date` (first day, `YYYY-MM-DD`), `enddate` (last
 * day, when later), `event` (null when the event has no PLOVER code, with a
 * warning), `mode`, `context` (kept as an array), `actor` and `recipient`
 * (arrays of actor names), `text` (the summary), `title` (ours: PLOVER
 * readers ignore it; it keeps the title over a round trip), `cite_info`
 * (the evidence sources, `; `-separated), `location` (place name),
 * `country` (ISO 3166-1 alpha-3, as PLOVER uses), `geo` (`{lat, lon}`).
 *
 * Roles map to the two PLOVER sides:
 *
 * | our role                                                         | PLOVER    |
 * |------------------------------------------------------------------|-----------|
 * | initiator, host, visitor, sender, source, speaker, organizer, caller, actor | actor     |
 * | target, recipient, counterpart, addressee, receiver, respondent   | recipient |
 * | none or another role: the first such participant is the `actor` unless one is already there; the rest are recipients |
 *
 * On import, `actor` names get the role "initiator" and `recipient` names
 * "recipient"; an actor is created per distinct name (a three-letter
 * country code becomes a state with its country, anything else an
 * organization, with a warning). The kind comes from the PLOVER event and
 * mode (see `kindOfPlover`).
 */
import type { ActorDocument, EventDocument, EventKind, SourceDocument, TimelineEvent } from '../model/types.js';
import type { Timeline } from '../model/timeline.js';
import { parseDay } from '../time/calendar.js';
import { ActorIds } from './actor-ids.js';
import { importedDocument, WarningLog, type ExportResult, type ImportResult } from './conversion.js';
import { alpha2Of, alpha3ByAlpha2 } from './country-codes.js';
import { IssueLog } from './format-error.js';
import { describeJson, isJsonObject } from './json-input.js';
import { isCountryCode } from '../model/countries.js';

/** One PLOVER record as written. */
export interface PloverRecord {
  id: string;
  date: string;
  enddate?: string;
  event: string | null;
  mode?: string;
  context?: string[];
  actor: string[];
  recipient: string[];
  title: string;
  text?: string;
  cite_info?: string;
  location?: string;
  country?: string;
  geo?: { lat: number; lon: number };
}

const format = 'plover';
const actorRoles = new Set(['initiator', 'host', 'visitor', 'sender', 'source', 'speaker', 'organizer', 'caller', 'actor']);
const recipientRoles = new Set(['target', 'recipient', 'counterpart', 'addressee', 'receiver', 'respondent']);

/**
 * Our kind for a PLOVER event and mode: CONSULT is talks (a `visit` or
 * `host` mode a visit, `phone` a call), AGREE an agreement, SANCTION a
 * sanction, MOBILIZE and ASSAULT military (a `cyber` mode: cyber), COERCE
 * a policy (an `expel` mode: an expulsion), the verbal categories
 * (REQUEST, ACCUSE, REJECT, THREATEN, PROTEST) statements, the
 * cooperative ones (SUPPORT, CONCEDE, COOPERATE, AID, RETREAT) policy.
 */
export function kindOfPlover(event: string | undefined, mode: string | undefined): EventKind {
  const code = (event ?? '').toUpperCase(), how = (mode ?? '').toLowerCase();
  if (how.includes('cyber')) return 'cyber';
  switch (code) {
    case 'CONSULT':
      return how.includes('visit') || how.includes('host') ? 'visit' : how.includes('phone') || how.includes('call') ? 'call' : 'talks';
    case 'AGREE':
      return 'agreement';
    case 'SANCTION':
      return 'sanction';
    case 'MOBILIZE': case 'ASSAULT':
      return 'military';
    case 'COERCE':
      return how.includes('expel') ? 'expulsion' : 'policy';
    case 'REQUEST': case 'ACCUSE': case 'REJECT': case 'THREATEN': case 'PROTEST':
      return 'statement';
    case 'SUPPORT': case 'CONCEDE': case 'COOPERATE': case 'AID': case 'RETREAT':
      return 'policy';
    default:
      return 'other';
  }
}

function sidesOf(timeline: Timeline, event: TimelineEvent): { actor: string[]; recipient: string[]; reduced: boolean } {
  const actor: string[] = [], recipient: string[] = [];
  let reduced = false;
  for (const participant of event.participants) {
    const name = timeline.actor(participant.actor)?.name ?? participant.actor;
    const role = participant.role?.toLowerCase();
    if (role !== undefined && role !== 'initiator' && role !== 'recipient') reduced = true;
    if (role !== undefined && actorRoles.has(role)) actor.push(name);
    else if (role !== undefined && recipientRoles.has(role)) recipient.push(name);
    else if (actor.length === 0 && !event.participants.some((p) => p.role !== undefined && actorRoles.has(p.role.toLowerCase()))) actor.push(name);
    else recipient.push(name);
  }
  return { actor, recipient, reduced };
}

/** Exports a timeline as PLOVER JSON lines (one record per event, `\n` after each). */
export function toPlover(timeline: Timeline): ExportResult<string> {
  const warnings = new WarningLog();
  const lines = timeline.events.map((event) => {
    const { when } = event;
    const plover = event.classification?.plover;
    const sides = sidesOf(timeline, event);
    const record: PloverRecord = {
      id: event.id,
      date: when.earliest,
      ...(when.latest !== when.earliest ? { enddate: when.latest } : {}),
      event: plover?.event ?? null,
      ...(plover?.mode !== undefined ? { mode: plover.mode } : {}),
      ...(plover?.context !== undefined ? { context: [...plover.context] } : {}),
      actor: sides.actor,
      recipient: sides.recipient,
      title: event.title,
      ...(event.summary !== undefined ? { text: event.summary } : {}),
    };
    const citations = event.evidence.map((evidence) => {
      const source = timeline.source(evidence.source);
      return [source?.publisher, source?.title ?? evidence.source, source?.published, source?.url].filter((part) => part !== undefined).join(', ');
    });
    if (citations.length > 0) record.cite_info = citations.join('; ');
    if (event.place) {
      record.location = event.place.name;
      const country = event.place.country === undefined ? undefined : alpha3ByAlpha2.get(event.place.country);
      if (country !== undefined) record.country = country;
      else if (event.place.country !== undefined) warnings.add(event.id, 'place.country', `the country "${event.place.country}" has no ISO alpha-3 code and is dropped`);
      if (event.place.coordinates) record.geo = { lat: event.place.coordinates.lat, lon: event.place.coordinates.lon };
    }
    if (!plover) warnings.add(event.id, 'classification.plover', 'the event has no PLOVER code: "event" is null');
    if (when.precision !== 'day' || when.uncertain || when.approximate || when.relative) warnings.add(event.id, 'when', `"${when.text}" is written as days ${when.earliest}${when.latest !== when.earliest ? `–${when.latest}` : ''}: its precision, qualifiers and phrase are dropped`);
    if (sides.reduced) warnings.add(event.id, 'participants', 'participant roles are reduced to PLOVER actor/recipient');
    if (event.evidence.some((e) => e.quote !== undefined)) warnings.add(event.id, 'evidence', 'evidence quotes are dropped (cite_info keeps the sources)');
    warnings.dropped(event, ['related']);
    if (event.classification?.cameo !== undefined) warnings.add(event.id, 'classification.cameo', `the CAMEO code ${event.classification.cameo} is dropped`);
    if (event.status !== 'unknown') warnings.add(event.id, 'status', `status "${event.status}" is dropped`);
    if (event.kind !== kindOfPlover(plover?.event, plover?.mode)) warnings.add(event.id, 'kind', `kind "${event.kind}" is dropped (PLOVER codes say the kind)`);
    return JSON.stringify(record);
  });
  return { output: lines.map((line) => `${line}\n`).join(''), warnings: warnings.list() };
}

const knownFields = new Set(['id', 'date', 'enddate', 'event', 'mode', 'context', 'actor', 'recipient', 'title', 'text', 'cite_info', 'location', 'country', 'geo']);

function names(value: unknown, path: string, issues: IssueLog): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((name) => typeof name === 'string')) return (value).filter((name) => name.trim() !== '');
  issues.add(path, `expected a name or an array of names, found ${describeJson(value)}`);
  return [];
}

function optionalText(record: Readonly<Record<string, unknown>>, field: string, path: string, issues: IssueLog): string | undefined {
  const value = record[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  issues.add(`${path}.${field}`, `expected text, found ${describeJson(value)}`);
  return undefined;
}

/**
 * Imports PLOVER JSON lines. Each non-blank line is one JSON object; a bad
 * line gives `line 3: …` errors, all lines are checked before failing.
 */
export function fromPlover(input: string | object): ImportResult {
  const issues = new IssueLog(format);
  const warnings = new WarningLog();
  const text = typeof input === 'string' ? input.replace(/^\ufeff/, '') : undefined;
  // An already parsed array of records is accepted too.
  const entries: (readonly [number, unknown])[] = [];
  if (text === undefined) {
    if (!Array.isArray(input)) return issues.fail('', 'expected JSON lines text or an array of records');
    (input as readonly unknown[]).forEach((record, index) => entries.push([index + 1, record]));
  } else {
    text.split(/\r\n|\n|\r/).forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        entries.push([index + 1, JSON.parse(line) as unknown]);
      } catch (error) {
        issues.add(`line ${index + 1}`, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }
  const ids = new ActorIds();
  const actors = new Map<string, ActorDocument>();
  const sources = new Map<string, SourceDocument>();
  const events: EventDocument[] = [];
  for (const [lineNumber, record] of entries) {
    const path = `line ${lineNumber}`;
    if (!isJsonObject(record)) {
      issues.add(path, `expected a JSON object, found ${describeJson(record)}`);
      continue;
    }
    const id = typeof record.id === 'string' && record.id.trim() !== '' ? record.id : typeof record.id === 'number' ? String(record.id) : `plover-${lineNumber}`;
    const date = optionalText(record, 'date', path, issues);
    const enddate = optionalText(record, 'enddate', path, issues);
    const first = date === undefined ? undefined : parseDay(date);
    const last = enddate === undefined || enddate === '' ? first : parseDay(enddate);
    if (date === undefined) issues.add(`${path}.date`, 'a record needs a date (YYYY-MM-DD)');
    else if (first === undefined) issues.add(`${path}.date`, `${JSON.stringify(date)} is not a YYYY-MM-DD day`);
    if (enddate !== undefined && enddate !== '' && last === undefined) issues.add(`${path}.enddate`, `${JSON.stringify(enddate)} is not a YYYY-MM-DD day`);
    if (first !== undefined && last !== undefined && last < first) issues.add(`${path}.enddate`, 'is before date');
    const code = record.event === null ? undefined : optionalText(record, 'event', path, issues);
    const mode = optionalText(record, 'mode', path, issues);
    let context: string[] = [];
    if (typeof record.context === 'string') context = record.context.split(';').map((c) => c.trim()).filter((c) => c !== '');
    else if (Array.isArray(record.context) && record.context.every((c) => typeof c === 'string')) context = record.context;
    else if (record.context !== undefined && record.context !== null) issues.add(`${path}.context`, `expected an array of contexts, found ${describeJson(record.context)}`);
    const actorNames = names(record.actor, `${path}.actor`, issues);
    const recipientNames = names(record.recipient, `${path}.recipient`, issues);
    const title = optionalText(record, 'title', path, issues);
    const summary = optionalText(record, 'text', path, issues);
    const citeInfo = optionalText(record, 'cite_info', path, issues);
    const location = optionalText(record, 'location', path, issues);
    const country = optionalText(record, 'country', path, issues);
    let coordinates: { lat: number; lon: number } | undefined;
    if (record.geo !== undefined && record.geo !== null) {
      const geo = record.geo;
      if (isJsonObject(geo) && typeof geo.lat === 'number' && typeof geo.lon === 'number' && Number.isFinite(geo.lat) && Number.isFinite(geo.lon)) coordinates = { lat: geo.lat, lon: geo.lon };
      else issues.add(`${path}.geo`, `expected {"lat": number, "lon": number}, found ${describeJson(geo)}`);
    }
    for (const key of Object.keys(record)) {
      if (!knownFields.has(key)) warnings.add(id, `${path}.${key}`, `the PLOVER field "${key}" is dropped`);
    }
    if (first === undefined || last === undefined || last < first) continue;

    const participants = [
      ...actorNames.map((name) => ({ name, role: 'initiator' })),
      ...recipientNames.map((name) => ({ name, role: 'recipient' })),
    ].map(({ name, role }) => {
      const { id: actorId, created } = ids.idOf(name);
      if (created) {
        const countryOfName = /^[A-Z]{3}$/.test(name) ? alpha2Of(name) : undefined;
        actors.set(actorId, countryOfName !== undefined ? { id: actorId, name, kind: 'state', country: countryOfName } : { id: actorId, name, kind: 'organization' });
        if (countryOfName === undefined) warnings.add(undefined, `actors.${actorId}`, `the actor "${name}" is created from its name: kind "organization" assumed`);
      }
      return { actor: actorId, role };
    });
    const firstLine = summary?.split(/\r\n|\n|\r/)[0]?.trim() ?? '';
    const fallbackTitle = [actorNames.join(', '), recipientNames.join(', ')].filter((side) => side !== '').join(' – ') + (code === undefined ? '' : ` (PLOVER ${code})`);
    const event: EventDocument = {
      id,
      title: title !== undefined && title.trim() !== '' ? title : firstLine !== '' ? firstLine.slice(0, 120) : fallbackTitle.trim() !== '' ? fallbackTitle : `PLOVER event ${id}`,
      kind: kindOfPlover(code, mode),
      when: first === last ? date! : `${date!}/${enddate!}`,
    };
    if (summary !== undefined && summary !== '' && summary !== event.title) event.summary = summary;
    if (participants.length > 0) event.participants = participants;
    if (code !== undefined && code !== '') {
      event.classification = { plover: { event: code, ...(mode !== undefined && mode !== '' ? { mode } : {}), ...(context.length > 0 ? { context } : {}) } };
    }
    if (location !== undefined && location.trim() !== '') {
      event.place = { name: location };
      if (country !== undefined && country !== '') {
        const alpha2 = /^[A-Za-z]{3}$/.test(country) ? alpha2Of(country) : isCountryCode(country.toUpperCase()) ? country.toUpperCase() : undefined;
        if (alpha2 !== undefined) event.place.country = alpha2;
        else warnings.add(id, `${path}.country`, `the country "${country}" is not an ISO 3166-1 code and is dropped`);
      }
      if (coordinates) event.place.coordinates = coordinates;
    } else if ((country !== undefined && country !== '') || coordinates) warnings.add(id, `${path}.location`, 'country and geo without a location name are dropped');
    if (citeInfo !== undefined && citeInfo.trim() !== '') {
      const sourceId = `plover-source-${sources.size + 1}`;
      sources.set(sourceId, { id: sourceId, title: citeInfo });
      event.evidence = [{ source: sourceId }];
    }
    events.push(event);
  }
  issues.throwIfAny();
  return { document: importedDocument(events, actors, sources), warnings: warnings.list() };
}
