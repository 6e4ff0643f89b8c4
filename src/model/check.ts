/**
 * The single pass over a document that both validation and parsing use:
 * every rule lives here once, and the same walk that finds the problems
 * builds the resolved model when there are none.
 *
 * The walk reads a private snapshot of the input (see `snapshot.ts`), loops
 * over the known, shallow shape of a document, and never recurses into user
 * data, so it cannot throw, mutate or alias whatever it is given.
 */
import { parseDay } from '../time/calendar.js';
import type { DayNumber } from '../time/calendar.js';
import { parseEdtf } from '../time/edtf.js';
import { resolveRelative } from '../time/relative.js';
import type { ResolvedWhen } from '../time/types.js';
import { isCountryCode } from './countries.js';
import { describeValue, listOf, quote } from './describe.js';
import { isPlainObject, snapshot } from './snapshot.js';
import type { PlainObject, PlainValue } from './snapshot.js';
import { nearestName } from './spelling.js';
import { actorKinds, eventKinds, eventStatuses, relations } from './types.js';
import type {
  Actor, ActorKind, Classification, Evidence, Participant, Place, Related, Source, TimelineEvent, ValidationIssue,
} from './types.js';

/** Past this many, a report stops listing problems and says how many more there were. */
export const maxIssues = 1000;

/** Unknown references get a spelling suggestion only while the search stays cheap. */
const maxSuggestionCandidates = 2000;

const documentFields = ['$schema', 'title', 'description', 'sources', 'actors', 'events'] as const;
const sourceFields = ['id', 'title', 'publisher', 'url', 'published'] as const;
const actorFields = ['id', 'name', 'kind', 'country', 'affiliation', 'role', 'aliases', 'wikidata'] as const;
const eventFields = [
  'id', 'title', 'summary', 'kind', 'when', 'status', 'participants', 'place', 'evidence', 'related', 'classification',
] as const;
const relativeWhenFields = ['relative', 'anchor'] as const;
const participantFields = ['actor', 'role'] as const;
const placeFields = ['name', 'country', 'coordinates'] as const;
const coordinateFields = ['lat', 'lon'] as const;
const evidenceFields = ['source', 'quote'] as const;
const relatedFields = ['event', 'relation'] as const;
const classificationFields = ['plover', 'cameo'] as const;
const ploverFields = ['event', 'mode', 'context'] as const;

const isoDayShape = /^\d{4}-\d{2}-\d{2}$/;
const wikidataId = /^Q[1-9]\d*$/;
// CAMEO event codes: a two-digit root 01–20, refined by up to two more digits.
const cameoCode = /^(0[1-9]|1\d|20)\d{0,2}$/;

/** The resolved content of a valid document, before it becomes a `Timeline`. */
export interface CheckedDocument {
  readonly title?: string;
  readonly description?: string;
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  readonly events: readonly TimelineEvent[];
}

/** Every problem found, and the resolved document when there were none. */
export interface CheckResult {
  readonly issues: ValidationIssue[];
  readonly document?: CheckedDocument;
}

/**
 * Checks a document and, when it is valid, resolves it. Never throws on any
 * input and never mutates it; the resolved document shares nothing with it.
 */
export function checkDocument(input: unknown): CheckResult {
  const checker = new Checker();
  const document = checker.run(snapshot(input));
  const issues = checker.finish();
  return issues.length === 0 && document !== undefined ? { issues, document } : { issues };
}

// ---------------------------------------------------------------------------
// Paths

function child(path: string, key: string): string {
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (path === '') return name.startsWith('[') ? `$${name}` : name;
  return name.startsWith('[') ? `${path}${name}` : `${path}.${name}`;
}

/** A message is one line for people; even a hostile 10 MB date must not make it long. */
const maxMessageLength = 500;

/**
 * A resolver's message with the text it quotes shortened as every other
 * message quotes values; the text is prefixed if the message omits it.
 */
function resolverMessage(message: string, text: string): string {
  const short = quote(text);
  let result = `${short}: ${message}`;
  for (const quoted of [JSON.stringify(text), `"${text}"`]) {
    if (message.includes(quoted)) {
      result = message.split(quoted).join(short);
      break;
    }
  }
  return result.length > maxMessageLength ? `${result.slice(0, maxMessageLength - 1)}…` : result;
}

function item(path: string, index: number): string {
  return `${path}[${index}]`;
}

// ---------------------------------------------------------------------------

interface SourceInfo {
  /** Whether the source has a `published` field at all (valid or not). */
  readonly hasPublished: boolean;
  readonly publishedDay: DayNumber | undefined;
}

class Checker {
  private readonly issues: ValidationIssue[] = [];
  private omitted = 0;

  private readonly sourceIndex = new Map<string, number>();
  private readonly sourceInfo = new Map<string, SourceInfo>();
  private readonly actorIndex = new Map<string, number>();
  private readonly actorKind = new Map<string, ActorKind>();
  private readonly eventIndex = new Map<string, number>();

  /** Records a problem; a message that costs work (a spelling search) is a function, run only if listed. */
  report(path: string, message: string | (() => string)): void {
    if (this.issues.length >= maxIssues) {
      this.omitted += 1;
      return;
    }
    this.issues.push({ path: path === '' ? '$' : path, message: typeof message === 'string' ? message : message() });
  }

  finish(): ValidationIssue[] {
    if (this.omitted > 0) {
      this.issues.push({ path: '$', message: `${this.omitted} more ${this.omitted === 1 ? 'problem was' : 'problems were'} not listed` });
    }
    return this.issues;
  }

  run(root: PlainValue): CheckedDocument | undefined {
    if (!isPlainObject(root)) {
      this.report('', `expected a timeline document (a JSON object with an "events" array), got ${describeValue(root)}`);
      return undefined;
    }
    this.unknownFields(root, '', documentFields);
    const title = this.string(root, 'title', '', { required: false, nonEmpty: false });
    const description = this.string(root, 'description', '', { required: false, nonEmpty: false });
    this.string(root, '$schema', '', { required: false, nonEmpty: false });

    const sourceItems = this.array(root, 'sources', '', false) ?? [];
    const actorItems = this.array(root, 'actors', '', false) ?? [];
    const eventItems = this.array(root, 'events', '', true) ?? [];

    // Ids first, so that references may point forwards in the document.
    this.collectIds(sourceItems, this.sourceIndex);
    this.collectIds(actorItems, this.actorIndex);
    this.collectIds(eventItems, this.eventIndex);
    for (const [id, index] of this.actorIndex) {
      const kind = (actorItems[index] as PlainObject).get('kind');
      if (typeof kind === 'string' && (actorKinds as readonly string[]).includes(kind)) this.actorKind.set(id, kind as ActorKind);
    }

    const sources = sourceItems.map((value, index) => this.source(value, item('sources', index), index));
    const actors = actorItems.map((value, index) => this.actor(value, item('actors', index), index));
    this.affiliationCycles(actorItems);
    const events = eventItems.map((value, index) => this.event(value, item('events', index), index));

    if (this.issues.length > 0) return undefined;
    return {
      ...(title !== undefined && { title }),
      ...(description !== undefined && { description }),
      sources: sources.filter((s) => s !== undefined),
      actors: actors.filter((a) => a !== undefined),
      events: events.filter((e) => e !== undefined),
    };
  }

  // -------------------------------------------------------------------------
  // Generic field readers. Each reports its own problem and returns undefined
  // for a bad or absent value, so callers only combine results.

  private unknownFields(object: PlainObject, path: string, known: readonly string[]): void {
    for (const key of object.keys()) {
      if (known.includes(key)) continue;
      this.report(child(path, key), () => {
        const guess = nearestName(key, known);
        return guess !== undefined
          ? `unknown field; did you mean "${guess}"?`
          : `unknown field; known fields are ${listOf(known.filter((k) => k !== '$schema'), 'and')}`;
      });
    }
  }

  private object(value: PlainValue | undefined, path: string, known: readonly string[], noun: string): PlainObject | undefined {
    if (!isPlainObject(value)) {
      this.report(path, `expected ${noun}, got ${describeValue(value)}`);
      return undefined;
    }
    this.unknownFields(value, path, known);
    return value;
  }

  private string(object: PlainObject, key: string, path: string, rule: { required: boolean; nonEmpty: boolean }): string | undefined {
    const value = object.get(key);
    const at = child(path, key);
    if (value === undefined) {
      if (rule.required) this.report(at, 'required field is missing');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report(at, `expected a string, got ${describeValue(value)}`);
      return undefined;
    }
    if (rule.nonEmpty && value.trim() === '') {
      this.report(at, value === '' ? 'must not be empty' : `${quote(value)} is blank; it must not be empty`);
      return undefined;
    }
    return value;
  }

  private array(object: PlainObject, key: string, path: string, required: boolean): PlainValue[] | undefined {
    const value = object.get(key);
    const at = child(path, key);
    if (value === undefined) {
      if (required) this.report(at, 'required field is missing');
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.report(at, `expected an array, got ${describeValue(value)}`);
      return undefined;
    }
    return value;
  }

  private choice<T extends string>(
    object: PlainObject, key: string, path: string, allowed: readonly T[], noun: string, required: boolean,
  ): T | undefined {
    const value = this.string(object, key, path, { required, nonEmpty: false });
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const guess = nearestName(value, allowed);
    const hint = guess !== undefined ? ` (did you mean "${guess}"?)` : '';
    this.report(child(path, key), `${quote(value)} is not a known ${noun}${hint}; expected ${listOf(allowed)}`);
    return undefined;
  }

  private country(object: PlainObject, path: string): string | undefined {
    const code = this.string(object, 'country', path, { required: false, nonEmpty: false });
    if (code === undefined || isCountryCode(code)) return code;
    const at = child(path, 'country');
    if (!/^[A-Z]{2}$/.test(code)) {
      const upper = code.toUpperCase();
      const hint = isCountryCode(upper) ? ` (did you mean "${upper}"?)` : '';
      this.report(at, `${quote(code)} is not a country code: expected two upper-case letters (ISO 3166-1 alpha-2)${hint}`);
    } else {
      this.report(at, `${quote(code)} is not an ISO 3166-1 alpha-2 country code`);
    }
    return undefined;
  }

  private number(object: PlainObject, key: string, path: string, min: number, max: number, noun: string): number | undefined {
    const value = object.get(key);
    const at = child(path, key);
    if (value === undefined) {
      this.report(at, 'required field is missing');
      return undefined;
    }
    if (typeof value !== 'number') {
      this.report(at, `expected a number, got ${describeValue(value)}`);
      return undefined;
    }
    if (value < min || value > max) {
      this.report(at, `${value} is out of range: ${noun} must be between ${min} and ${max}`);
      return undefined;
    }
    return value;
  }

  private collectIds(items: readonly PlainValue[], index: Map<string, number>): void {
    items.forEach((value, position) => {
      if (!isPlainObject(value)) return;
      const id = value.get('id');
      if (typeof id === 'string' && id.trim() !== '' && !index.has(id)) index.set(id, position);
    });
  }

  /** Reads an item's id and reports it if an earlier item already has it. */
  private id(object: PlainObject, path: string, position: number, index: ReadonlyMap<string, number>, collection: string): string | undefined {
    const id = this.string(object, 'id', path, { required: true, nonEmpty: true });
    if (id === undefined) return undefined;
    const first = index.get(id);
    if (first !== undefined && first !== position) {
      this.report(child(path, 'id'), `duplicate id ${quote(id)}; first used at ${item(collection, first)}`);
    }
    return id;
  }

  /** A reference to an id in `index`; reports unknown ids with a spelling suggestion. */
  private reference(object: PlainObject, key: string, path: string, index: ReadonlyMap<string, number>, noun: string): string | undefined {
    const id = this.string(object, key, path, { required: true, nonEmpty: true });
    if (id === undefined) return undefined;
    if (index.has(id)) return id;
    this.report(child(path, key), () => `unknown ${noun} ${quote(id)}${this.suggestion(id, index)}`);
    return undefined;
  }

  private suggestion(id: string, index: ReadonlyMap<string, number>): string {
    if (index.size > maxSuggestionCandidates) return '';
    const guess = nearestName(id, [...index.keys()]);
    return guess !== undefined ? `; did you mean ${quote(guess)}?` : '';
  }

  // -------------------------------------------------------------------------
  // Sources

  private source(value: PlainValue, path: string, position: number): Source | undefined {
    const object = this.object(value, path, sourceFields, 'a source object');
    if (object === undefined) return undefined;
    const id = this.id(object, path, position, this.sourceIndex, 'sources');
    const title = this.string(object, 'title', path, { required: true, nonEmpty: true });
    const publisher = this.string(object, 'publisher', path, { required: false, nonEmpty: false });
    const url = this.url(object, path);
    const published = this.string(object, 'published', path, { required: false, nonEmpty: false });
    let publishedDay: DayNumber | undefined;
    if (published !== undefined) {
      publishedDay = this.day(published, child(path, 'published'));
    }
    if (id !== undefined && this.sourceIndex.get(id) === position) {
      this.sourceInfo.set(id, { hasPublished: object.has('published'), publishedDay });
    }
    if (id === undefined || title === undefined) return undefined;
    return {
      id, title,
      ...(publisher !== undefined && { publisher }),
      ...(url !== undefined && { url }),
      ...(published !== undefined && { published }),
    };
  }

  private url(object: PlainObject, path: string): string | undefined {
    const url = this.string(object, 'url', path, { required: false, nonEmpty: false });
    if (url === undefined) return undefined;
    // Any scheme is a URL to the model; the renderer decides which it links.
    if (URL.canParse(url)) return url;
    this.report(child(path, 'url'), `${quote(url)} is not a URL`);
    return undefined;
  }

  private day(text: string, path: string): DayNumber | undefined {
    const day = parseDay(text);
    if (day !== undefined) return day;
    this.report(path, isoDayShape.test(text) ? `${quote(text)} is not a calendar date` : `${quote(text)} is not a YYYY-MM-DD day`);
    return undefined;
  }

  // -------------------------------------------------------------------------
  // Actors

  private actor(value: PlainValue, path: string, position: number): Actor | undefined {
    const object = this.object(value, path, actorFields, 'an actor object');
    if (object === undefined) return undefined;
    const id = this.id(object, path, position, this.actorIndex, 'actors');
    const name = this.string(object, 'name', path, { required: true, nonEmpty: true });
    const kind = this.choice(object, 'kind', path, actorKinds, 'actor kind', true);
    const country = this.country(object, path);
    const affiliation = this.affiliation(object, path, id, kind);
    const role = this.string(object, 'role', path, { required: false, nonEmpty: false });
    const aliases = this.strings(object, 'aliases', path);
    const wikidata = this.string(object, 'wikidata', path, { required: false, nonEmpty: false });
    if (wikidata !== undefined && !wikidataId.test(wikidata)) {
      this.report(child(path, 'wikidata'), `${quote(wikidata)} is not a Wikidata item id (Q followed by digits, e.g. "Q30")`);
    }
    if (id === undefined || name === undefined || kind === undefined) return undefined;
    return {
      id, name, kind,
      ...(country !== undefined && { country }),
      ...(affiliation !== undefined && { affiliation }),
      ...(role !== undefined && { role }),
      aliases: aliases ?? [],
      ...(wikidata !== undefined && { wikidata }),
    };
  }

  private affiliation(object: PlainObject, path: string, id: string | undefined, kind: ActorKind | undefined): string | undefined {
    if (!object.has('affiliation')) return undefined;
    const target = this.reference(object, 'affiliation', path, this.actorIndex, 'actor');
    if (target === undefined) return undefined;
    const at = child(path, 'affiliation');
    if (target === id) {
      this.report(at, 'an actor cannot be affiliated with itself');
      return undefined;
    }
    if (kind === 'state') {
      this.report(at, 'a state cannot have an affiliation; affiliations roll people, companies and organizations up to a state or organization');
      return undefined;
    }
    const targetKind = this.actorKind.get(target);
    // An unknown kind was reported on the target itself.
    if (targetKind !== undefined && targetKind !== 'state' && targetKind !== 'organization') {
      this.report(at, `${quote(target)} is a ${targetKind}; an affiliation must be a state or organization`);
      return undefined;
    }
    return target;
  }

  /** Organizations may belong to organizations; a loop would never reach a top. */
  private affiliationCycles(actorItems: readonly PlainValue[]): void {
    const next = new Map<string, string>();
    for (const [id, index] of this.actorIndex) {
      const affiliation = (actorItems[index] as PlainObject).get('affiliation');
      if (typeof affiliation === 'string' && affiliation !== id && this.actorIndex.has(affiliation)) next.set(id, affiliation);
    }
    const done = new Set<string>();
    for (const start of next.keys()) {
      const trail: string[] = [];
      const onTrail = new Set<string>();
      let current: string | undefined = start;
      while (current !== undefined && !done.has(current) && !onTrail.has(current)) {
        trail.push(current);
        onTrail.add(current);
        current = next.get(current);
      }
      if (current !== undefined && onTrail.has(current)) {
        const cycle = trail.slice(trail.indexOf(current));
        const first = cycle.reduce((a, b) => (this.actorIndex.get(a)! <= this.actorIndex.get(b)! ? a : b));
        const rotated = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first];
        this.report(child(item('actors', this.actorIndex.get(first)!), 'affiliation'),
          `affiliations form a cycle: ${rotated.map((id) => quote(id)).join(' → ')}`);
      }
      for (const id of trail) done.add(id);
    }
  }

  private strings(object: PlainObject, key: string, path: string): string[] | undefined {
    const values = this.array(object, key, path, false);
    if (values === undefined) return undefined;
    const at = child(path, key);
    const result: string[] = [];
    values.forEach((value, index) => {
      if (typeof value === 'string') result.push(value);
      else this.report(item(at, index), `expected a string, got ${describeValue(value)}`);
    });
    return result;
  }

  // -------------------------------------------------------------------------
  // Events

  private event(value: PlainValue, path: string, position: number): TimelineEvent | undefined {
    const object = this.object(value, path, eventFields, 'an event object');
    if (object === undefined) return undefined;
    const id = this.id(object, path, position, this.eventIndex, 'events');
    const title = this.string(object, 'title', path, { required: true, nonEmpty: true });
    const summary = this.string(object, 'summary', path, { required: false, nonEmpty: false });
    const kind = this.choice(object, 'kind', path, eventKinds, 'event kind', true);
    const when = this.when(object, path);
    const status = this.choice(object, 'status', path, eventStatuses, 'status', false);
    const participants = this.participants(object, path);
    const place = object.has('place') ? this.place(object.get('place'), child(path, 'place')) : undefined;
    const evidence = this.evidence(object, path);
    const related = this.related(object, path, id);
    const classification = object.has('classification')
      ? this.classification(object.get('classification'), child(path, 'classification'))
      : undefined;
    if (id === undefined || title === undefined || kind === undefined || when === undefined) return undefined;
    return {
      id, title,
      ...(summary !== undefined && { summary }),
      kind, when,
      status: status ?? 'unknown',
      participants: participants ?? [],
      ...(place !== undefined && { place }),
      evidence: evidence ?? [],
      related: related ?? [],
      ...(classification !== undefined && { classification }),
    };
  }

  private when(object: PlainObject, path: string): ResolvedWhen | undefined {
    const value = object.get('when');
    const at = child(path, 'when');
    if (value === undefined) {
      this.report(at, 'required field is missing');
      return undefined;
    }
    if (typeof value === 'string') return this.resolution(parseEdtf(value), value, at);
    if (!isPlainObject(value)) {
      this.report(at, `expected an EDTF string or a { "relative", "anchor" } object, got ${describeValue(value)}`);
      return undefined;
    }
    this.unknownFields(value, at, relativeWhenFields);
    const phrase = this.string(value, 'relative', at, { required: true, nonEmpty: true });
    const anchor = this.string(value, 'anchor', at, { required: true, nonEmpty: true });
    const anchorDay = anchor !== undefined ? this.anchorDay(anchor, child(at, 'anchor'), phrase) : undefined;
    if (phrase === undefined || anchor === undefined || anchorDay === undefined) return undefined;
    return this.resolution(resolveRelative(phrase, anchorDay, anchor), phrase, child(at, 'relative'));
  }

  private resolution(
    result: { readonly ok: true; readonly value: ResolvedWhen } | { readonly ok: false; readonly message: string },
    text: string, path: string,
  ): ResolvedWhen | undefined {
    if (result.ok) return result.value;
    this.report(path, resolverMessage(result.message, text));
    return undefined;
  }

  private anchorDay(anchor: string, path: string, phrase: string | undefined): DayNumber | undefined {
    if (isoDayShape.test(anchor)) return this.day(anchor, path);
    const source = this.sourceInfo.get(anchor);
    if (source === undefined) {
      // A source whose id is known but that failed validation was reported already.
      if (!this.sourceIndex.has(anchor)) {
        this.report(path, () => `${quote(anchor)} is neither a YYYY-MM-DD day nor a known source id${this.suggestion(anchor, this.sourceIndex)}`);
      }
      return undefined;
    }
    if (!source.hasPublished) {
      const what = phrase !== undefined ? `the phrase ${quote(phrase)}` : 'a relative date';
      this.report(path, `source ${quote(anchor)} has no "published" day to anchor ${what}`);
    }
    return source.publishedDay;
  }

  private participants(object: PlainObject, path: string): Participant[] | undefined {
    const values = this.array(object, 'participants', path, false);
    if (values === undefined) return undefined;
    const at = child(path, 'participants');
    const seen = new Map<string, number>();
    const result: Participant[] = [];
    values.forEach((value, index) => {
      const itemPath = item(at, index);
      const participant = this.object(value, itemPath, participantFields, 'a participant object ({ "actor", "role" })');
      if (participant === undefined) return;
      const actor = this.reference(participant, 'actor', itemPath, this.actorIndex, 'actor');
      const role = this.string(participant, 'role', itemPath, { required: false, nonEmpty: false });
      if (actor === undefined) return;
      const earlier = seen.get(actor);
      if (earlier !== undefined) {
        this.report(child(itemPath, 'actor'), `${quote(actor)} is already a participant (${item('participants', earlier)})`);
        return;
      }
      seen.set(actor, index);
      result.push({ actor, ...(role !== undefined && { role }) });
    });
    return result;
  }

  private place(value: PlainValue | undefined, path: string): Place | undefined {
    const object = this.object(value, path, placeFields, 'a place object');
    if (object === undefined) return undefined;
    const name = this.string(object, 'name', path, { required: true, nonEmpty: true });
    const country = this.country(object, path);
    let coordinates: { lat: number; lon: number } | undefined;
    if (object.has('coordinates')) {
      const at = child(path, 'coordinates');
      const pair = this.object(object.get('coordinates'), at, coordinateFields, 'a { "lat", "lon" } object');
      if (pair !== undefined) {
        const lat = this.number(pair, 'lat', at, -90, 90, 'latitude');
        const lon = this.number(pair, 'lon', at, -180, 180, 'longitude');
        if (lat !== undefined && lon !== undefined) coordinates = { lat, lon };
      }
    }
    if (name === undefined) return undefined;
    return { name, ...(country !== undefined && { country }), ...(coordinates !== undefined && { coordinates }) };
  }

  private evidence(object: PlainObject, path: string): Evidence[] | undefined {
    const values = this.array(object, 'evidence', path, false);
    if (values === undefined) return undefined;
    const at = child(path, 'evidence');
    const result: Evidence[] = [];
    values.forEach((value, index) => {
      const itemPath = item(at, index);
      const entry = this.object(value, itemPath, evidenceFields, 'an evidence object ({ "source", "quote" })');
      if (entry === undefined) return;
      const source = this.reference(entry, 'source', itemPath, this.sourceIndex, 'source');
      const quoted = this.string(entry, 'quote', itemPath, { required: false, nonEmpty: false });
      if (source !== undefined) result.push({ source, ...(quoted !== undefined && { quote: quoted }) });
    });
    return result;
  }

  private related(object: PlainObject, path: string, self: string | undefined): Related[] | undefined {
    const values = this.array(object, 'related', path, false);
    if (values === undefined) return undefined;
    const at = child(path, 'related');
    const result: Related[] = [];
    values.forEach((value, index) => {
      const itemPath = item(at, index);
      const entry = this.object(value, itemPath, relatedFields, 'a related-event object ({ "event", "relation" })');
      if (entry === undefined) return;
      let event = this.reference(entry, 'event', itemPath, this.eventIndex, 'event');
      if (event !== undefined && event === self) {
        this.report(child(itemPath, 'event'), 'an event cannot relate to itself');
        event = undefined;
      }
      const relation = this.choice(entry, 'relation', itemPath, relations, 'relation', true);
      if (event !== undefined && relation !== undefined) result.push({ event, relation });
    });
    return result;
  }

  private classification(value: PlainValue | undefined, path: string): Classification | undefined {
    const object = this.object(value, path, classificationFields, 'a classification object ({ "plover", "cameo" })');
    if (object === undefined) return undefined;
    let plover: Classification['plover'];
    if (object.has('plover')) {
      const at = child(path, 'plover');
      const codes = this.object(object.get('plover'), at, ploverFields, 'a PLOVER object ({ "event", "mode", "context" })');
      if (codes !== undefined) {
        const event = this.string(codes, 'event', at, { required: true, nonEmpty: true });
        const mode = this.string(codes, 'mode', at, { required: false, nonEmpty: true });
        const context = this.strings(codes, 'context', at);
        if (event !== undefined) plover = { event, ...(mode !== undefined && { mode }), ...(context !== undefined && { context }) };
      }
    }
    const cameo = this.string(object, 'cameo', path, { required: false, nonEmpty: false });
    if (cameo !== undefined && !cameoCode.test(cameo)) {
      this.report(child(path, 'cameo'), `${quote(cameo)} is not a CAMEO event code (two to four digits starting 01–20, e.g. "036")`);
      return undefined;
    }
    if (plover === undefined && cameo === undefined) return undefined;
    return { ...(plover !== undefined && { plover }), ...(cameo !== undefined && { cameo }) };
  }
}
