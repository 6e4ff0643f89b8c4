/**
 * The single pass over a document that both validation and parsing use:
 * every rule lives here once, and the same walk that finds the problems
 * builds the resolved model when there are none.
 *
 * The walk reads user data only through `reader.ts`, loops over the known,
 * shallow shape of a document, and never recurses into user data, so it
 * cannot throw, mutate or alias whatever it is given. It is also the hot
 * path of a first render from a raw document, so it allocates little per
 * event: one scratch record per shape, paths built only for problems, dates
 * resolved once per distinct text, and values built frozen, ready to share.
 */
import { formatDay, parseDay } from '../time/calendar.js';
import type { DayNumber } from '../time/calendar.js';
import { parseEdtf } from '../time/edtf.js';
import { resolveRelative } from '../time/relative.js';
import { intervalWhen, pointWith, singleWhen } from '../time/resolved.js';
import { precisions } from '../time/types.js';
import type { Resolution, ResolvedPoint, ResolvedWhen } from '../time/types.js';
import { isCountryCode } from './countries.js';
import { describeValue, listOf, quote } from './describe.js';
import { IdTable } from './idTable.js';
import { DocumentPath } from './path.js';
import { FieldValues, readId, readItems } from './reader.js';
import { nearestName } from './spelling.js';
import { actorKinds, eventKinds, eventStatuses, relations } from './types.js';
import type {
  Actor, ActorKind, Classification, Evidence, Participant, Place, Related, Source, TimelineEvent, ValidationIssue,
} from './types.js';

/** Past this many, a report stops listing problems and says how many more there were. */
export const maxIssues = 1000;

/** Unknown references get a spelling suggestion only while the search stays cheap. */
const maxSuggestionCandidates = 2000;

/** Up to this many participants, duplicates are found by a scan; beyond, by a Map. */
const maxScannedParticipants = 16;

const documentFields = ['$schema', 'title', 'description', 'sources', 'actors', 'events'] as const;
const sourceFields = ['id', 'title', 'publisher', 'url', 'published'] as const;
const actorFields = ['id', 'name', 'kind', 'country', 'affiliation', 'role', 'aliases', 'wikidata'] as const;
const eventFields = [
  'id', 'title', 'summary', 'kind', 'when', 'status', 'participants', 'place', 'evidence', 'related', 'classification',
] as const;
const relativeWhenFields = ['relative', 'anchor'] as const;
const resolvedWhenFields = [
  'text', 'anchor', 'anchorDay', 'relative', 'edtf', 'earliest', 'latest', 'precision', 'approximate', 'uncertain', 'interval', 'start', 'end',
] as const;
const resolvedPointFields = ['earliest', 'latest', 'precision', 'approximate', 'uncertain', 'open', 'unknown'] as const;
/** What a resolved date's own fields must repeat of its ends. */
const summaryFields = ['earliest', 'latest', 'precision', 'approximate', 'uncertain'] as const;
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

/** Shared by every event that has none: values are frozen, so sharing is safe and saves an array per event. */
const noParticipants: readonly Participant[] = Object.freeze([]);
const noEvidence: readonly Evidence[] = Object.freeze([]);
const noRelated: readonly Related[] = Object.freeze([]);

/**
 * The resolved content of a valid document, before it becomes a `Timeline`.
 * Every source, actor and event (and everything inside them) is frozen;
 * the arrays themselves are fresh and the caller's to keep or sort.
 */
export interface CheckedDocument {
  readonly title?: string;
  readonly description?: string;
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  readonly events: readonly TimelineEvent[];
  /** Each event id's position in `events` (document order), for lookups by id. */
  readonly eventIds: IdTable;
}

/** Every problem found, and the resolved document when there were none. */
export interface CheckResult {
  readonly issues: ValidationIssue[];
  readonly document?: CheckedDocument;
}

/**
 * The two forms the check reads: a `document` as users write it (dates as
 * EDTF strings or relative phrases, to be resolved), or a `normalized`
 * timeline as `Timeline#toJSON` writes it (dates already resolved, every
 * field present). Every other rule is the same for both.
 */
export type DocumentForm = 'document' | 'normalized';

/**
 * Checks a document and, when it is valid, resolves it. Never throws on any
 * input and never mutates it; the resolved document shares nothing with it.
 * A `normalized` timeline is not resolved again: its dates are rebuilt from
 * the days it gives, and checked to agree with themselves and their anchors.
 */
export function checkDocument(input: unknown, form: DocumentForm = 'document'): CheckResult {
  const checker = new Checker(form === 'normalized');
  const document = checker.run(input);
  const issues = checker.finish();
  return issues.length === 0 && document !== undefined ? { issues, document } : { issues };
}

// ---------------------------------------------------------------------------
// Messages

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

function item(collection: string, index: number): string {
  return `${collection}[${index}]`;
}

// ---------------------------------------------------------------------------

interface SourceInfo {
  /** Whether the source has a `published` field at all (valid or not). */
  readonly hasPublished: boolean;
  readonly publishedDay: DayNumber | undefined;
}

/**
 * The ids of a list of items (sources, actors or events), read ahead of the
 * checks so that references may point forwards. Each item's id is read
 * once here and once with the whole item; `firstUse` tells the check which
 * item first has an id, with no second lookup, and notices a second read
 * that disagrees with the first (only a proxy can do that), so that the ids
 * of whatever is built are unique.
 */
class IdIndex {
  /** The position of the first item with each well-formed id. */
  readonly table: IdTable;
  readonly #ids: unknown[];
  readonly #first: Int32Array;

  constructor(ids: unknown[]) {
    this.#ids = ids;
    this.table = new IdTable(ids);
    this.#first = new Int32Array(ids.length).fill(-1);
    for (let position = 0; position < ids.length; position += 1) {
      const id = ids[position];
      if (typeof id === 'string' && !isBlank(id)) this.#first[position] = this.table.add(id, position);
    }
  }

  /** The position of the first item with `id`, or undefined. */
  positionOf(id: string): number | undefined {
    return this.table.positionOf(id);
  }

  /**
   * The id as the first item with it wrote it (the same string for every
   * reference, so that lookups by it compare pointers), or undefined if no
   * item has it.
   */
  canonical(id: string): string | undefined {
    const first = this.table.positionOf(id);
    return first === undefined ? undefined : (this.#ids[first] as string);
  }

  /** Each id with the position of the first item that has it, in document order. */
  *firstUses(): IterableIterator<[string, number]> {
    for (let position = 0; position < this.#ids.length; position += 1) {
      if (this.#first[position] === position) yield [this.#ids[position] as string, position];
    }
  }

  /** The position of the first item with the id read at `position`; undefined if `id` is not what was read there. */
  firstUse(position: number, id: string): number | undefined {
    const first = this.#first[position];
    return this.#ids[position] === id && first !== undefined && first >= 0 ? first : undefined;
  }
}

/** An item of a list read whole before it is checked: its fields, or what it is instead of an object. */
type ReadItem<K extends string> = FieldValues<K> | string;

/** Whether a string field must be present, and whether it may be blank. */
const optional = 0, required = 1, requiredNonEmpty = 2, optionalNonEmpty = 3;
type StringRule = typeof optional | typeof required | typeof requiredNonEmpty | typeof optionalNonEmpty;

class Checker {
  /** Whether the input is a normalized timeline (see `DocumentForm`). */
  constructor(private readonly normalized: boolean) {}

  private readonly issues: ValidationIssue[] = [];
  private omitted = 0;

  private sourceIds = new IdIndex([]);
  private actorIds = new IdIndex([]);
  private eventIds = new IdIndex([]);
  private readonly sourceInfo = new Map<string, SourceInfo>();
  private readonly actorKind = new Map<string, ActorKind>();

  // Resolved dates by text (and anchor): many events share a date, and a
  // resolved date is frozen, so one value serves them all.
  private readonly edtfResults = new Map<string, Resolution<ResolvedWhen>>();
  private readonly relativeResults = new Map<string, Map<string, Resolution<ResolvedWhen>>>();
  /** Participants without a role, one frozen value per actor. */
  private readonly bareParticipants = new Map<string, Participant>();
  /** Lists of one or two participants without roles, by first and second (see `participantList`). */
  private readonly participantLists = new Map<Participant, Map<Participant, readonly Participant[]>>();

  // One scratch record per shape of object; no object is read while another
  // of its shape is still in use.
  private readonly eventRecord = new FieldValues(eventFields);
  private readonly relativeWhenRecord = new FieldValues(relativeWhenFields);
  private readonly resolvedWhenRecord = new FieldValues(resolvedWhenFields);
  private readonly resolvedPointRecord = new FieldValues(resolvedPointFields);
  private readonly participantRecord = new FieldValues(participantFields);
  private readonly placeRecord = new FieldValues(placeFields);
  private readonly coordinateRecord = new FieldValues(coordinateFields);
  private readonly evidenceRecord = new FieldValues(evidenceFields);
  private readonly relatedRecord = new FieldValues(relatedFields);
  private readonly classificationRecord = new FieldValues(classificationFields);
  private readonly ploverRecord = new FieldValues(ploverFields);

  /** Records a problem; a message that costs work (a spelling search) is a function, run only if listed. */
  report(path: DocumentPath, message: string | (() => string)): void {
    if (this.issues.length >= maxIssues) {
      this.omitted += 1;
      return;
    }
    this.issues.push({ path: path.toString(), message: typeof message === 'string' ? message : message() });
  }

  finish(): ValidationIssue[] {
    if (this.omitted > 0) {
      this.issues.push({ path: '$', message: `${this.omitted} more ${this.omitted === 1 ? 'problem was' : 'problems were'} not listed` });
    }
    return this.issues;
  }

  run(input: unknown): CheckedDocument | undefined {
    const root = DocumentPath.root;
    const document = new FieldValues(documentFields);
    const problem = input === undefined ? 'undefined' : document.read(input);
    if (problem !== undefined) {
      const noun = this.normalized ? 'a normalized timeline (as Timeline#toJSON writes it)' : 'a timeline document';
      this.report(root, `expected ${noun} (a JSON object with an "events" array), got ${problem}`);
      return undefined;
    }
    this.unknownFields(document, root);
    const title = this.string(document, 'title', root, optional);
    const description = this.string(document, 'description', root, optional);
    this.string(document, '$schema', root, optional);

    const sourceItems = this.array(document, 'sources', root, this.normalized) ?? [];
    const actorItems = this.array(document, 'actors', root, this.normalized) ?? [];
    const eventItems = this.array(document, 'events', root, true) ?? [];

    // Sources and actors are few and read whole first: actor kinds and
    // affiliations are needed before the actors are checked. Events are
    // many, so only their ids are read ahead; each event is then read once.
    const sourceRecords = sourceItems.map((value) => readWhole(value, sourceFields));
    const actorRecords = actorItems.map((value) => readWhole(value, actorFields));

    // Ids first, so that references may point forwards in the document.
    this.sourceIds = new IdIndex(sourceRecords.map((record) => (typeof record === 'string' ? undefined : record.get('id'))));
    this.actorIds = new IdIndex(actorRecords.map((record) => (typeof record === 'string' ? undefined : record.get('id'))));
    this.eventIds = new IdIndex(eventItems.map(readId));
    for (const [id, index] of this.actorIds.firstUses()) {
      const kind = (actorRecords[index] as FieldValues<(typeof actorFields)[number]>).get('kind');
      if (typeof kind === 'string' && (actorKinds as readonly string[]).includes(kind)) this.actorKind.set(id, kind as ActorKind);
    }

    const sourcesPath = root.field('sources');
    const actorsPath = root.field('actors');
    const eventsPath = root.field('events');
    const sources: Source[] = [];
    sourceRecords.forEach((record, index) => {
      const source = this.source(record, sourcesPath.item(index), index);
      if (source !== undefined) sources.push(source);
    });
    const actors: Actor[] = [];
    actorRecords.forEach((record, index) => {
      const actor = this.actor(record, actorsPath.item(index), index);
      if (actor !== undefined) actors.push(actor);
    });
    this.affiliationCycles(actorRecords);
    const events: TimelineEvent[] = [];
    for (let index = 0; index < eventItems.length; index += 1) {
      const event = this.event(eventItems[index], eventsPath.item(index), index);
      // Once a problem is found no timeline is built; checking goes on, building does not.
      if (event !== undefined && this.issues.length === 0) events.push(event);
    }

    if (this.issues.length > 0) return undefined;
    const checked: { -readonly [K in keyof CheckedDocument]: CheckedDocument[K] } = {
      sources, actors, events, eventIds: this.eventIds.table,
    };
    if (title !== undefined) checked.title = title;
    if (description !== undefined) checked.description = description;
    return checked;
  }

  // -------------------------------------------------------------------------
  // Generic field readers. Each reports its own problem and returns undefined
  // for a bad or absent value, so callers only combine results.

  private unknownFields(record: FieldValues, path: DocumentPath): void {
    const known = record.known;
    for (const key of record.unknownKeys) {
      this.report(path.field(key), () => {
        const guess = nearestName(key, known);
        return guess !== undefined
          ? `unknown field; did you mean "${guess}"?`
          : `unknown field; known fields are ${listOf(known.filter((k) => k !== '$schema'), 'and')}`;
      });
    }
  }

  /** Reads `value` into `record` and reports unknown fields; reports and returns undefined if it is no object. */
  private object<K extends string>(value: unknown, path: DocumentPath, record: FieldValues<K>, noun: string): FieldValues<K> | undefined {
    const problem = record.read(value);
    return this.checkedObject(problem ?? record, path, noun);
  }

  /** An item read earlier: reports what it is if it is no object, else its unknown fields. */
  private checkedObject<K extends string>(read: ReadItem<K>, path: DocumentPath, noun: string): FieldValues<K> | undefined {
    if (typeof read === 'string') {
      this.report(path, `expected ${noun}, got ${read}`);
      return undefined;
    }
    if (read.unknownKeys.length > 0) this.unknownFields(read, path);
    return read;
  }

  private string<K extends string>(record: FieldValues<K>, key: K, path: DocumentPath, rule: StringRule): string | undefined {
    const value = record.get(key);
    if (value === undefined) {
      if (rule === required || rule === requiredNonEmpty) this.report(path.field(key), 'required field is missing');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report(path.field(key), `expected a string, got ${describeValue(value)}`);
      return undefined;
    }
    if ((rule === requiredNonEmpty || rule === optionalNonEmpty) && isBlank(value)) {
      this.report(path.field(key), value === '' ? 'must not be empty' : `${quote(value)} is blank; it must not be empty`);
      return undefined;
    }
    return value;
  }

  /** A required true or false. */
  private boolean<K extends string>(record: FieldValues<K>, key: K, path: DocumentPath): boolean | undefined {
    const value = record.get(key);
    if (typeof value === 'boolean') return value;
    this.report(path.field(key), value === undefined ? 'required field is missing' : `expected true or false, got ${describeValue(value)}`);
    return undefined;
  }

  private array<K extends string>(record: FieldValues<K>, key: K, path: DocumentPath, isRequired: boolean): unknown[] | undefined {
    const value = record.get(key);
    if (value === undefined) {
      if (isRequired) this.report(path.field(key), 'required field is missing');
      return undefined;
    }
    const items = readItems(value);
    if (typeof items === 'string') {
      this.report(path.field(key), `expected an array, got ${items}`);
      return undefined;
    }
    return items;
  }

  private choice<K extends string, T extends string>(
    record: FieldValues<K>, key: K, path: DocumentPath, allowed: readonly T[], noun: string, isRequired: boolean,
  ): T | undefined {
    const value = this.string(record, key, path, isRequired ? required : optional);
    if (value === undefined) return undefined;
    // The list's own string, not the document's: every event then shares one
    // string per kind, and the timeline's lookups by kind compare pointers.
    const known = (allowed as readonly string[]).indexOf(value);
    if (known >= 0) return allowed[known];
    const guess = nearestName(value, allowed);
    const hint = guess !== undefined ? ` (did you mean "${guess}"?)` : '';
    this.report(path.field(key), `${quote(value)} is not a known ${noun}${hint}; expected ${listOf(allowed)}`);
    return undefined;
  }

  private country<K extends string>(record: FieldValues<K | 'country'>, path: DocumentPath): string | undefined {
    const code = this.string(record, 'country', path, optional);
    if (code === undefined || isCountryCode(code)) return code;
    const at = path.field('country');
    if (!/^[A-Z]{2}$/.test(code)) {
      const upper = code.toUpperCase();
      const hint = isCountryCode(upper) ? ` (did you mean "${upper}"?)` : '';
      this.report(at, `${quote(code)} is not a country code: expected two upper-case letters (ISO 3166-1 alpha-2)${hint}`);
    } else {
      this.report(at, `${quote(code)} is not an ISO 3166-1 alpha-2 country code`);
    }
    return undefined;
  }

  private number<K extends string>(record: FieldValues<K>, key: K, path: DocumentPath, min: number, max: number, noun: string): number | undefined {
    const value = record.get(key);
    if (value === undefined) {
      this.report(path.field(key), 'required field is missing');
      return undefined;
    }
    // NaN and ±Infinity are numbers to JavaScript but not to JSON.
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.report(path.field(key), `expected a number, got ${describeValue(value)}`);
      return undefined;
    }
    if (value < min || value > max) {
      this.report(path.field(key), `${value} is out of range: ${noun} must be between ${min} and ${max}`);
      return undefined;
    }
    return value;
  }

  /**
   * Reads an item's id and reports it if an earlier item already has it.
   * An id that differs from the one read ahead is reported too (see `IdIndex`).
   */
  private id<K extends string>(
    record: FieldValues<K | 'id'>, path: DocumentPath, position: number, ids: IdIndex, collection: string,
  ): string | undefined {
    const id = this.string(record, 'id', path, requiredNonEmpty);
    if (id === undefined) return undefined;
    const first = ids.firstUse(position, id);
    if (first === undefined) {
      this.report(path.field('id'), `${quote(id)} changed while the document was being read`);
      return undefined;
    }
    if (first !== position) {
      this.report(path.field('id'), `duplicate id ${quote(id)}; first used at ${item(collection, first)}`);
    }
    return id;
  }

  /** A reference to an id in `ids`, as the referenced item writes it; reports unknown ids with a spelling suggestion. */
  private reference<K extends string>(record: FieldValues<K>, key: K, path: DocumentPath, ids: IdIndex, noun: string): string | undefined {
    const id = this.string(record, key, path, requiredNonEmpty);
    if (id === undefined) return undefined;
    const canonical = ids.canonical(id);
    if (canonical !== undefined) return canonical;
    this.report(path.field(key), () => `unknown ${noun} ${quote(id)}${this.suggestion(id, ids)}`);
    return undefined;
  }

  private suggestion(id: string, ids: IdIndex): string {
    if (ids.table.size > maxSuggestionCandidates) return '';
    // In document order, so that of two equally close ids the first is suggested.
    const guess = nearestName(id, Array.from(ids.firstUses(), ([known]) => known));
    return guess !== undefined ? `; did you mean ${quote(guess)}?` : '';
  }

  // -------------------------------------------------------------------------
  // Sources

  private source(read: ReadItem<(typeof sourceFields)[number]>, path: DocumentPath, position: number): Source | undefined {
    const record = this.checkedObject(read, path, 'a source object');
    if (record === undefined) return undefined;
    const id = this.id(record, path, position, this.sourceIds, 'sources');
    const title = this.string(record, 'title', path, requiredNonEmpty);
    const publisher = this.string(record, 'publisher', path, optional);
    const url = this.url(record, path);
    const published = this.string(record, 'published', path, optional);
    let publishedDay: DayNumber | undefined;
    if (published !== undefined) {
      publishedDay = this.day(published, path.field('published'));
    }
    if (id !== undefined && this.sourceIds.positionOf(id) === position) {
      this.sourceInfo.set(id, { hasPublished: record.has('published'), publishedDay });
    }
    if (id === undefined || title === undefined) return undefined;
    return Object.freeze({
      id, title,
      ...(publisher !== undefined && { publisher }),
      ...(url !== undefined && { url }),
      ...(published !== undefined && { published }),
    });
  }

  private url(record: FieldValues<(typeof sourceFields)[number]>, path: DocumentPath): string | undefined {
    const url = this.string(record, 'url', path, optional);
    if (url === undefined) return undefined;
    // Any scheme is a URL to the model; the renderer decides which it links.
    if (URL.canParse(url)) return url;
    this.report(path.field('url'), `${quote(url)} is not a URL`);
    return undefined;
  }

  private day(text: string, path: DocumentPath): DayNumber | undefined {
    const day = parseDay(text);
    if (day !== undefined) return day;
    this.report(path, isoDayShape.test(text) ? `${quote(text)} is not a calendar date` : `${quote(text)} is not a YYYY-MM-DD day`);
    return undefined;
  }

  // -------------------------------------------------------------------------
  // Actors

  private actor(read: ReadItem<(typeof actorFields)[number]>, path: DocumentPath, position: number): Actor | undefined {
    const record = this.checkedObject(read, path, 'an actor object');
    if (record === undefined) return undefined;
    const id = this.id(record, path, position, this.actorIds, 'actors');
    const name = this.string(record, 'name', path, requiredNonEmpty);
    const kind = this.choice(record, 'kind', path, actorKinds, 'actor kind', true);
    const country = this.country(record, path);
    const affiliation = this.affiliation(record, path, id, kind);
    const role = this.string(record, 'role', path, optional);
    const aliases = this.strings(record, 'aliases', path);
    const wikidata = this.string(record, 'wikidata', path, optional);
    if (wikidata !== undefined && !wikidataId.test(wikidata)) {
      this.report(path.field('wikidata'), `${quote(wikidata)} is not a Wikidata item id (Q followed by digits, e.g. "Q30")`);
    }
    if (id === undefined || name === undefined || kind === undefined) return undefined;
    return Object.freeze({
      id, name, kind,
      ...(country !== undefined && { country }),
      ...(affiliation !== undefined && { affiliation }),
      ...(role !== undefined && { role }),
      aliases: Object.freeze(aliases ?? []),
      ...(wikidata !== undefined && { wikidata }),
    });
  }

  private affiliation(
    record: FieldValues<(typeof actorFields)[number]>, path: DocumentPath, id: string | undefined, kind: ActorKind | undefined,
  ): string | undefined {
    if (!record.has('affiliation')) return undefined;
    const target = this.reference(record, 'affiliation', path, this.actorIds, 'actor');
    if (target === undefined) return undefined;
    const at = path.field('affiliation');
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
  private affiliationCycles(actorRecords: readonly ReadItem<(typeof actorFields)[number]>[]): void {
    const next = new Map<string, string>();
    for (const [id, index] of this.actorIds.firstUses()) {
      const affiliation = (actorRecords[index] as FieldValues<(typeof actorFields)[number]>).get('affiliation');
      if (typeof affiliation === 'string' && affiliation !== id && this.actorIds.positionOf(affiliation) !== undefined) next.set(id, affiliation);
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
        const first = cycle.reduce((a, b) => (this.actorIds.positionOf(a)! <= this.actorIds.positionOf(b)! ? a : b));
        const rotated = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first];
        this.report(DocumentPath.root.field('actors').item(this.actorIds.positionOf(first)!).field('affiliation'),
          `affiliations form a cycle: ${rotated.map((id) => quote(id)).join(' → ')}`);
      }
      for (const id of trail) done.add(id);
    }
  }

  private strings<K extends string>(record: FieldValues<K>, key: K, path: DocumentPath): string[] | undefined {
    const values = this.array(record, key, path, false);
    if (values === undefined) return undefined;
    const result: string[] = [];
    values.forEach((value, index) => {
      if (typeof value === 'string') result.push(value);
      else this.report(path.field(key).item(index), `expected a string, got ${describeValue(value)}`);
    });
    return result;
  }

  // -------------------------------------------------------------------------
  // Events

  private event(value: unknown, path: DocumentPath, position: number): TimelineEvent | undefined {
    const record = this.object(value, path, this.eventRecord, 'an event object');
    if (record === undefined) return undefined;
    const id = this.id(record, path, position, this.eventIds, 'events');
    const title = this.string(record, 'title', path, requiredNonEmpty);
    const summary = this.string(record, 'summary', path, optional);
    const kind = this.choice(record, 'kind', path, eventKinds, 'event kind', true);
    const when = this.when(record.get('when'), path);
    const status = this.choice(record, 'status', path, eventStatuses, 'status', this.normalized);
    const participants = this.participants(record, path);
    const place = record.has('place') ? this.place(record.get('place'), path.field('place')) : undefined;
    const evidence = this.evidence(record, path);
    const related = this.related(record, path, id);
    const classification = record.has('classification')
      ? this.classification(record.get('classification'), path.field('classification'))
      : undefined;
    if (id === undefined || title === undefined || kind === undefined || when === undefined) return undefined;
    if (summary === undefined && place === undefined && classification === undefined) {
      // The common shape, written out so that every such event shares one hidden class.
      return Object.freeze({
        id, title, kind, when,
        status: status ?? 'unknown',
        participants: participants ?? noParticipants,
        evidence: evidence ?? noEvidence,
        related: related ?? noRelated,
      });
    }
    return Object.freeze({
      id, title,
      ...(summary !== undefined && { summary }),
      kind, when,
      status: status ?? 'unknown',
      participants: participants ?? noParticipants,
      ...(place !== undefined && { place }),
      evidence: evidence ?? noEvidence,
      related: related ?? noRelated,
      ...(classification !== undefined && { classification }),
    });
  }

  private when(value: unknown, eventPath: DocumentPath): ResolvedWhen | undefined {
    if (value === undefined) {
      this.report(eventPath.field('when'), 'required field is missing');
      return undefined;
    }
    if (this.normalized) return this.resolvedWhen(value, eventPath.field('when'));
    if (typeof value === 'string') {
      let result = this.edtfResults.get(value);
      if (result === undefined) {
        result = parseEdtf(value);
        this.edtfResults.set(value, result);
      }
      return this.resolution(result, value, eventPath, 'when');
    }
    const at = eventPath.field('when');
    const record = this.relativeWhenRecord;
    const problem = record.read(value);
    if (problem !== undefined) {
      // An array, a number, … is described as it is; only objects get the field names.
      this.report(at, `expected an EDTF string or a { "relative", "anchor" } object, got ${problem}`);
      return undefined;
    }
    this.unknownFields(record, at);
    const phrase = this.string(record, 'relative', at, requiredNonEmpty);
    const anchor = this.string(record, 'anchor', at, requiredNonEmpty);
    const anchorDay = anchor !== undefined ? this.anchorDay(anchor, at.field('anchor'), phrase) : undefined;
    if (phrase === undefined || anchor === undefined || anchorDay === undefined) return undefined;
    let byPhrase = this.relativeResults.get(anchor);
    if (byPhrase === undefined) {
      byPhrase = new Map();
      this.relativeResults.set(anchor, byPhrase);
    }
    let result = byPhrase.get(phrase);
    if (result === undefined) {
      // Within one document an anchor names one day, so (anchor, phrase) decides the result.
      result = resolveRelative(phrase, anchorDay, anchor);
      byPhrase.set(phrase, result);
    }
    return this.resolution(result, phrase, at, 'relative');
  }

  /**
   * A date as `Timeline#toJSON` wrote it, rebuilt from its ends without
   * resolving its text again. What it says of itself besides its ends (the
   * span, precision and qualifiers) must be what the ends imply, and a
   * relative date's anchor must still name its anchor day.
   */
  private resolvedWhen(value: unknown, at: DocumentPath): ResolvedWhen | undefined {
    const record = this.object(value, at, this.resolvedWhenRecord, 'a resolved date object (as Timeline#toJSON writes it)');
    if (record === undefined) return undefined;
    const text = this.string(record, 'text', at, requiredNonEmpty);
    const edtf = this.string(record, 'edtf', at, requiredNonEmpty);
    const relative = this.boolean(record, 'relative', at);
    const interval = this.boolean(record, 'interval', at);
    const start = this.resolvedPoint(record.get('start'), at.field('start'));
    const end = this.resolvedPoint(record.get('end'), at.field('end'));
    const anchor = this.string(record, 'anchor', at, relative === true ? requiredNonEmpty : optional);
    const anchorDay = this.string(record, 'anchorDay', at, relative === true ? required : optional);
    if (relative === false && (anchor ?? anchorDay) !== undefined) {
      this.report(at.field(anchor !== undefined ? 'anchor' : 'anchorDay'), 'only a relative date (with "relative": true) has an anchor');
    }
    const named = relative === true && anchor !== undefined ? this.anchorDay(anchor, at.field('anchor'), text) : undefined;
    if (named !== undefined && anchorDay !== undefined && formatDay(named) !== anchorDay) {
      this.report(at.field('anchorDay'), `expected ${quote(formatDay(named))}, the day of the anchor ${quote(anchor!)}, got ${quote(anchorDay)}`);
    }
    if (text === undefined || edtf === undefined || relative === undefined || interval === undefined || start === undefined || end === undefined) return undefined;
    // A single date is its start; an end that says otherwise would be lost.
    const differs = interval ? undefined : resolvedPointFields.find((key) => start[key] !== end[key]);
    if (differs !== undefined) {
      this.report(at.field('end').field(differs), `a single date (with "interval": false) ends where it starts: expected ${describeValue(start[differs])}`);
      return undefined;
    }
    const labels = { text, edtf, relative, ...(relative && { anchor, anchorDay }) };
    const when = interval ? intervalWhen(start, end, labels) : singleWhen(start, labels);
    for (const key of summaryFields) {
      const written = record.get(key);
      if (written !== when[key]) this.report(at.field(key), `expected ${describeValue(when[key])}, as its start and end imply, got ${describeValue(written)}`);
    }
    return when;
  }

  /** One end of a resolved date, as `Timeline#toJSON` wrote it. */
  private resolvedPoint(value: unknown, at: DocumentPath): ResolvedPoint | undefined {
    const record = this.object(value, at, this.resolvedPointRecord, 'a resolved date end object');
    if (record === undefined) return undefined;
    const [earliest, latest] = (['earliest', 'latest'] as const).map((key) => this.string(record, key, at, required));
    const [first, last] = [earliest, latest].map((day, index) => day === undefined ? undefined : this.day(day, at.field(resolvedPointFields[index]!)));
    const precision = this.choice(record, 'precision', at, precisions, 'precision', true);
    const [approximate, uncertain, open, unknown] = (['approximate', 'uncertain', 'open', 'unknown'] as const).map((key) => this.boolean(record, key, at));
    if (first === undefined || last === undefined || precision === undefined || approximate === undefined
      || uncertain === undefined || open === undefined || unknown === undefined) return undefined;
    if (first > last) {
      this.report(at.field('latest'), `${quote(latest!)} is before the earliest day ${quote(earliest!)}`);
      return undefined;
    }
    return pointWith(earliest!, latest!, first, last, precision, uncertain, approximate, open, unknown);
  }

  private resolution(result: Resolution<ResolvedWhen>, text: string, path: DocumentPath, key: string): ResolvedWhen | undefined {
    if (result.ok) return result.value;
    this.report(path.field(key), resolverMessage(result.message, text));
    return undefined;
  }

  private anchorDay(anchor: string, path: DocumentPath, phrase: string | undefined): DayNumber | undefined {
    if (isoDayShape.test(anchor)) return this.day(anchor, path);
    const source = this.sourceInfo.get(anchor);
    if (source === undefined) {
      // A source whose id is known but that failed validation was reported already.
      if (this.sourceIds.positionOf(anchor) === undefined) {
        this.report(path, () => `${quote(anchor)} is neither a YYYY-MM-DD day nor a known source id${this.suggestion(anchor, this.sourceIds)}`);
      }
      return undefined;
    }
    if (!source.hasPublished) {
      const what = phrase !== undefined ? `the phrase ${quote(phrase)}` : 'a relative date';
      this.report(path, `source ${quote(anchor)} has no "published" day to anchor ${what}`);
    }
    return source.publishedDay;
  }

  private participants(record: FieldValues<(typeof eventFields)[number]>, path: DocumentPath): readonly Participant[] | undefined {
    const values = this.array(record, 'participants', path, this.normalized);
    if (values === undefined) return undefined;
    if (values.length === 0) return noParticipants;
    const at = path.field('participants');
    const entry = this.participantRecord;
    const result: Participant[] = [];
    // Where each kept participant was written. Until one is skipped, result[k]
    // came from values[k]; only then are positions kept (small arrays cost).
    let positions: number[] | undefined;
    // Duplicates are found by a scan among a few participants, by a Map among many.
    let seen: Map<string, number> | undefined;
    for (let index = 0; index < values.length; index += 1) {
      const itemPath = at.item(index);
      const participant = this.object(values[index], itemPath, entry, 'a participant object ({ "actor", "role" })');
      if (participant === undefined) continue;
      const actor = this.reference(participant, 'actor', itemPath, this.actorIds, 'actor');
      const role = this.string(participant, 'role', itemPath, optional);
      if (actor === undefined) continue;
      let earlier: number | undefined;
      if (seen !== undefined) earlier = seen.get(actor);
      else {
        for (let k = 0; k < result.length; k += 1) {
          if (result[k]!.actor === actor) {
            earlier = positions?.[k] ?? k;
            break;
          }
        }
      }
      if (earlier !== undefined) {
        this.report(itemPath.field('actor'), `${quote(actor)} is already a participant (${item('participants', earlier)})`);
        continue;
      }
      if (positions === undefined && result.length !== index) positions = result.map((_, k) => k);
      positions?.push(index);
      if (seen === undefined && result.length >= maxScannedParticipants) {
        seen = new Map(result.map((kept, k) => [kept.actor, positions?.[k] ?? k]));
      }
      seen?.set(actor, index);
      result.push(role === undefined ? this.bareParticipant(actor) : Object.freeze({ actor, role }));
    }
    return this.participantList(result);
  }

  /**
   * A frozen list of participants. The common lists, one or two actors
   * without roles, are shared: a bilateral meeting between the same two
   * states is the same list every time (participants of an event are
   * immutable), which saves an array per event.
   */
  private participantList(kept: Participant[]): readonly Participant[] {
    const [first, second] = kept;
    if (kept.length > 2 || first === undefined || first.role !== undefined || second?.role !== undefined) return Object.freeze(kept);
    let lists = this.participantLists.get(first);
    if (lists === undefined) {
      lists = new Map();
      this.participantLists.set(first, lists);
    }
    // The single-actor list is filed under the actor itself.
    const key = second ?? first;
    let list = lists.get(key);
    if (list === undefined) {
      list = Object.freeze(kept);
      lists.set(key, list);
    }
    return list;
  }

  private bareParticipant(actor: string): Participant {
    let participant = this.bareParticipants.get(actor);
    if (participant === undefined) {
      participant = Object.freeze({ actor });
      this.bareParticipants.set(actor, participant);
    }
    return participant;
  }

  private place(value: unknown, path: DocumentPath): Place | undefined {
    const record = this.object(value, path, this.placeRecord, 'a place object');
    if (record === undefined) return undefined;
    const name = this.string(record, 'name', path, requiredNonEmpty);
    const country = this.country(record, path);
    let coordinates: { readonly lat: number; readonly lon: number } | undefined;
    if (record.has('coordinates')) {
      const at = path.field('coordinates');
      const pair = this.object(record.get('coordinates'), at, this.coordinateRecord, 'a { "lat", "lon" } object');
      if (pair !== undefined) {
        const lat = this.number(pair, 'lat', at, -90, 90, 'latitude');
        const lon = this.number(pair, 'lon', at, -180, 180, 'longitude');
        if (lat !== undefined && lon !== undefined) coordinates = Object.freeze({ lat, lon });
      }
    }
    if (name === undefined) return undefined;
    return Object.freeze({ name, ...(country !== undefined && { country }), ...(coordinates !== undefined && { coordinates }) });
  }

  private evidence(record: FieldValues<(typeof eventFields)[number]>, path: DocumentPath): readonly Evidence[] | undefined {
    const values = this.array(record, 'evidence', path, this.normalized);
    if (values === undefined) return undefined;
    if (values.length === 0) return noEvidence;
    const at = path.field('evidence');
    const result: Evidence[] = [];
    values.forEach((value, index) => {
      const itemPath = at.item(index);
      const entry = this.object(value, itemPath, this.evidenceRecord, 'an evidence object ({ "source", "quote" })');
      if (entry === undefined) return;
      const source = this.reference(entry, 'source', itemPath, this.sourceIds, 'source');
      const quoted = this.string(entry, 'quote', itemPath, optional);
      if (source !== undefined) result.push(Object.freeze({ source, ...(quoted !== undefined && { quote: quoted }) }));
    });
    return Object.freeze(result);
  }

  private related(record: FieldValues<(typeof eventFields)[number]>, path: DocumentPath, self: string | undefined): readonly Related[] | undefined {
    const values = this.array(record, 'related', path, this.normalized);
    if (values === undefined) return undefined;
    if (values.length === 0) return noRelated;
    const at = path.field('related');
    const result: Related[] = [];
    values.forEach((value, index) => {
      const itemPath = at.item(index);
      const entry = this.object(value, itemPath, this.relatedRecord, 'a related-event object ({ "event", "relation" })');
      if (entry === undefined) return;
      let event = this.reference(entry, 'event', itemPath, this.eventIds, 'event');
      if (event !== undefined && event === self) {
        this.report(itemPath.field('event'), 'an event cannot relate to itself');
        event = undefined;
      }
      const relation = this.choice(entry, 'relation', itemPath, relations, 'relation', true);
      if (event !== undefined && relation !== undefined) result.push(Object.freeze({ event, relation }));
    });
    return Object.freeze(result);
  }

  private classification(value: unknown, path: DocumentPath): Classification | undefined {
    const record = this.object(value, path, this.classificationRecord, 'a classification object ({ "plover", "cameo" })');
    if (record === undefined) return undefined;
    let plover: Classification['plover'];
    if (record.has('plover')) {
      const at = path.field('plover');
      const codes = this.object(record.get('plover'), at, this.ploverRecord, 'a PLOVER object ({ "event", "mode", "context" })');
      if (codes !== undefined) {
        const event = this.string(codes, 'event', at, requiredNonEmpty);
        const mode = this.string(codes, 'mode', at, optionalNonEmpty);
        const context = this.strings(codes, 'context', at);
        if (event !== undefined) {
          plover = Object.freeze({
            event, ...(mode !== undefined && { mode }), ...(context !== undefined && { context: Object.freeze(context) }),
          });
        }
      }
    }
    const cameo = this.string(record, 'cameo', path, optional);
    if (cameo !== undefined && !cameoCode.test(cameo)) {
      this.report(path.field('cameo'), `${quote(cameo)} is not a CAMEO event code (two to four digits starting 01–20, e.g. "036")`);
      return undefined;
    }
    if (plover === undefined && cameo === undefined) return undefined;
    return Object.freeze({ ...(plover !== undefined && { plover }), ...(cameo !== undefined && { cameo }) });
  }
}

/**
 * Whether a text is empty or white space only (as `trim` sees it). Most
 * texts start with a printable ASCII character, which settles it without
 * trimming: `trim` makes a flat copy of a string built by concatenation,
 * and every id and title would pay for that.
 */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return text.trim() === '';
}

/** A source or actor, read whole into its own record (they are few, and read again after the ids are known). */
function readWhole<K extends string>(value: unknown, known: readonly K[]): ReadItem<K> {
  const record = new FieldValues(known);
  return record.read(value) ?? record;
}
