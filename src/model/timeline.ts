import { parseDay } from '../time/calendar.js';
import type { DayNumber } from '../time/calendar.js';
import { DateExtent } from '../time/extent.js';
import { timeOrder } from '../time/timeOrder.js';
import type { ResolvedPoint, ResolvedWhen } from '../time/types.js';
import { checkDocument } from './check.js';
import { TimelineValidationError } from './errors.js';
import { IdTable } from './idTable.js';
import { firstAfter, firstAtOrAfter } from './sortedDays.js';
import { actorToJSON, eventToJSON, sourceToJSON } from './normalized.js';
import type { TimelineJSON } from './normalized.js';
import type { Actor, EventKind, EventStatus, Source, TimelineEvent } from './types.js';

/** What a `Timeline` is made of. `parseTimeline` builds it from a document. */
export interface TimelineData {
  readonly title?: string;
  readonly description?: string;
  readonly sources?: readonly Source[];
  readonly actors?: readonly Actor[];
  readonly events: readonly TimelineEvent[];
}

/** Options of `Timeline#byActor`. */
export interface ByActorOptions {
  /** Whether events of people, companies and organizations affiliated with the actor count. Default true. */
  readonly affiliated?: boolean;
}

/** Defaults of the `Timeline` query options. */
export const defaults = {
  /** `byActor` counts affiliated actors: Blinken's talks are United States events. */
  affiliated: true,
} as const;

const none: readonly TimelineEvent[] = Object.freeze([]);

/**
 * Data that only its builder holds, already deeply frozen, so the
 * constructor may adopt it instead of copying it, with each event id's
 * position in `events`.
 */
const adoptable = new WeakMap<TimelineData, IdTable>();

/**
 * Marks freshly built data (as `parseTimeline` builds it: every source,
 * actor and event deeply frozen, event ids unique and `eventIds`
 * giving each one's position in `data.events`) as held by no one else:
 * `new Timeline(data)` then adopts its objects and its id index, saving a
 * copy of every event and a second index. Internal to the package; not
 * exported from its index.
 */
export function markUnshared(data: TimelineData, eventIds: IdTable): TimelineData {
  adoptable.set(data, eventIds);
  return data;
}

/**
 * A resolved, immutable set of events with the actors and sources they
 * refer to. Events are in timeline order (`timeOrder`: earliest day, then
 * latest day, then document order), and every query returns events in that
 * order.
 *
 * Build one with `parseTimeline(json)`, or with `Timeline.fromJSON` from what
 * `toJSON` wrote; the constructor is for data that is already resolved (it
 * copies and freezes what it is given, but does not validate references).
 *
 * @example
 * const timeline = parseTimeline(json);
 * timeline.between('2023-07-01', '2023-07-31'); // events overlapping July 2023
 * timeline.byActor('us');                      // includes Blinken, affiliated with the US
 */
export class Timeline {
  /** The document's title, if it has one. */
  readonly title?: string;
  /** The document's description, if it has one. */
  readonly description?: string;
  /** Every event, sorted by earliest day, then latest day, then document order. */
  readonly events: readonly TimelineEvent[];
  /** The actors, in document order. */
  readonly actors: readonly Actor[];
  /** The sources, in document order. */
  readonly sources: readonly Source[];

  // Query indexes, built once. `starts` is sorted (events are); `reach[i]` is
  // the latest day of events[0..i], non-decreasing, so both can be searched.
  readonly #starts: Float64Array;
  readonly #reach: Float64Array;
  /** Events in the order given, and each id's position there: the id index `parseTimeline` built already. */
  readonly #eventsGiven: readonly TimelineEvent[];
  readonly #eventIds: IdTable;
  readonly #actorById = new Map<string, Actor>();
  readonly #sourceById = new Map<string, Source>();
  readonly #topAffiliation = new Map<string, Actor>();
  /** Timeline order: `events[i]` is the `order[i]`-th event given. */
  readonly #order: ArrayLike<number>;
  /**
   * The indexes by actor, kind and status, built on first use: a first
   * render reads `events` and `between` only, and at a million events these
   * indexes were a third of constructing a timeline. (Private fields of a
   * frozen object stay writable; what the queries return never changes.)
   */
  #lists: EventLists | undefined;

  /** @throws RangeError when two events, actors or sources share an id. */
  constructor(data: TimelineData) {
    if (data.title !== undefined) this.title = data.title;
    if (data.description !== undefined) this.description = data.description;
    const adoptedIds = adoptable.get(data);
    adoptable.delete(data);
    const own = adoptedIds !== undefined;
    this.sources = Object.freeze(own ? [...(data.sources ?? [])] : (data.sources ?? []).map(freezeSource));
    this.actors = Object.freeze(own ? [...(data.actors ?? [])] : (data.actors ?? []).map(freezeActor));
    const given = own ? data.events : data.events.map(freezeEvent);
    indexById(this.sources, this.#sourceById, 'source');
    indexById(this.actors, this.#actorById, 'actor');
    this.#eventsGiven = given;
    this.#eventIds = adoptedIds ?? eventIdTable(given);

    // The spans are read once, in the order given (the order events were
    // built in, so memory is read in sequence), into typed arrays; sorting
    // and the pass in time order below touch no event object.
    const { earliest, latest } = spanColumns(given);
    const order = timeOrder(earliest, latest);
    this.#order = order;
    const count = given.length;
    const events = new Array<TimelineEvent>(count);
    this.#starts = new Float64Array(count);
    this.#reach = new Float64Array(count);
    let reach = -Infinity;
    for (let index = 0; index < count; index += 1) {
      const position = order[index]!;
      events[index] = given[position]!;
      this.#starts[index] = earliest[position]!;
      reach = Math.max(reach, latest[position]!);
      this.#reach[index] = reach;
    }
    this.events = Object.freeze(events);

    for (const actor of this.actors) {
      const top = this.#affiliationChain(actor.id).at(-1);
      if (top !== undefined) this.#topAffiliation.set(actor.id, top);
    }
    Object.freeze(this);
  }

  /**
   * The timeline that `toJSON` wrote, back again: for a worker that parses
   * and posts the JSON, or a cache that stores it. Dates are rebuilt from
   * the days written, not resolved again (a relative date keeps the day it
   * was resolved to), so `Timeline.fromJSON(t.toJSON())` equals `t`, event
   * for event, and its `toJSON()` is the same. Everything is checked as
   * `parseTimeline` checks a document: the shape, ids and references, and
   * that each date agrees with its ends and its anchor.
   *
   * @throws TimelineValidationError listing every problem, each with its path (`events[3].when.start.earliest`).
   * @example
   * worker.postMessage(parseTimeline(document).toJSON());        // in the worker
   * const timeline = Timeline.fromJSON(message.data);            // on the page
   */
  static fromJSON(json: unknown): Timeline {
    const { issues, document } = checkDocument(json, 'normalized');
    if (document === undefined) throw new TimelineValidationError(issues);
    // The checked document is built fresh and frozen by the check: no copy needed.
    return new Timeline(markUnshared(document, document.eventIds));
  }

  /** The span from the earliest day of any event to the latest, or undefined without events. */
  extent(): DateExtent | undefined {
    if (this.events.length === 0) return undefined;
    return DateExtent.fromDays(this.#starts[0]!, this.#reach[this.#reach.length - 1]!);
  }

  /**
   * Events whose span overlaps the inclusive range `from … to` (calendar
   * days as `YYYY-MM-DD` or day numbers): a month-precision "June 2023"
   * event overlaps 2023-06-30 … 2023-07-02. Binary search over the sorted
   * starts and the running latest end keeps it O(log n + k).
   *
   * @throws RangeError for a day that is not a calendar date, or from after to.
   */
  between(from: string | DayNumber, to: string | DayNumber): readonly TimelineEvent[] {
    const first = dayOf(from, 'from');
    const last = dayOf(to, 'to');
    if (first > last) throw new RangeError(`Timeline#between: from (${String(from)}) is after to (${String(to)})`);
    // Events at [begin, end) start on or before `last`; before `begin`, none reaches `first`.
    const end = firstAfter(this.#starts, last);
    const begin = firstAtOrAfter(this.#reach, first);
    const found: TimelineEvent[] = [];
    for (let index = begin; index < end; index += 1) {
      const event = this.events[index]!;
      if (event.when.latestDay >= first) found.push(event);
    }
    return Object.freeze(found);
  }

  /**
   * Events in which the actor takes part. With `affiliated` (the default),
   * also those of actors affiliated with it, directly or through an
   * organization: the United States' events include Blinken's talks.
   */
  byActor(id: string, options: ByActorOptions = {}): readonly TimelineEvent[] {
    const affiliated = options.affiliated ?? defaults.affiliated;
    if (typeof affiliated !== 'boolean') {
      throw new TypeError(`Timeline#byActor: option "affiliated" must be true or false, got ${String(affiliated)}`);
    }
    const lists = this.#eventLists();
    return (affiliated ? lists.byAffiliation : lists.byParticipant).get(id) ?? none;
  }

  /** Events of one kind, e.g. "talks". */
  byKind(kind: EventKind): readonly TimelineEvent[] {
    return this.#eventLists().byKind.get(kind) ?? none;
  }

  /** Events with one status, e.g. "scheduled". */
  byStatus(status: EventStatus): readonly TimelineEvent[] {
    return this.#eventLists().byStatus.get(status) ?? none;
  }

  /** The event with this id. */
  event(id: string): TimelineEvent | undefined {
    const position = typeof id === 'string' ? this.#eventIds.positionOf(id) : undefined;
    return position === undefined ? undefined : this.#eventsGiven[position];
  }

  /** The actor with this id. */
  actor(id: string): Actor | undefined {
    return this.#actorById.get(id);
  }

  /** The source with this id. */
  source(id: string): Source | undefined {
    return this.#sourceById.get(id);
  }

  /**
   * The end of an actor's chain of affiliations (Wang Yi → Chinese Foreign
   * Ministry → China gives China), the last actor whose `byActor` list
   * includes its events. Not its lane: lanes roll only people and companies
   * up, and not past an organization (see `laneOf`), so Wang Yi's lane
   * there is the ministry's.
   * Undefined for an actor without affiliation, or an unknown id.
   */
  affiliationOf(actorId: string): Actor | undefined {
    return this.#topAffiliation.get(actorId);
  }

  /**
   * The normalized document: resolved dates, defaults filled in, no day
   * numbers. `Timeline.fromJSON` reads it back; `parseTimeline` does not
   * (it reads documents as people write them; see `toDocument`).
   */
  toJSON(): TimelineJSON {
    return {
      ...(this.title !== undefined && { title: this.title }),
      ...(this.description !== undefined && { description: this.description }),
      sources: this.sources.map(sourceToJSON),
      actors: this.actors.map(actorToJSON),
      events: this.events.map(eventToJSON),
    };
  }

  #eventLists(): EventLists {
    this.#lists ??= eventLists(this.#eventsGiven, this.#order, (actorId) => this.#affiliationChain(actorId));
    return this.#lists;
  }

  #affiliationChain(actorId: string): Actor[] {
    const chain: Actor[] = [];
    const seen = new Set<string>([actorId]);
    // The constructor does not validate, so a cycle must end the walk, not hang it.
    for (let id = this.#actorById.get(actorId)?.affiliation; id !== undefined && !seen.has(id);) {
      const actor = this.#actorById.get(id);
      if (actor === undefined) break;
      chain.push(actor);
      seen.add(id);
      id = actor.affiliation;
    }
    return chain;
  }
}

function dayOf(value: string | DayNumber, name: string): DayNumber {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return value;
    throw new RangeError(`Timeline#between: ${name} must be an integer day number or a YYYY-MM-DD day, got ${value}`);
  }
  const day = typeof value === 'string' ? parseDay(value) : undefined;
  if (day === undefined) {
    throw new RangeError(`Timeline#between: ${name} must be a YYYY-MM-DD calendar day or a day number, got ${JSON.stringify(value)}`);
  }
  return day;
}

function eventIdTable(events: readonly TimelineEvent[]): IdTable {
  const table = new IdTable(events.map((event) => event.id));
  events.forEach((event, position) => {
    if (table.add(event.id, position) !== position) throw new RangeError(`Timeline: two events have the id ${JSON.stringify(event.id)}`);
  });
  return table;
}

function indexById<T extends { readonly id: string }>(items: readonly T[], index: Map<string, T>, noun: string): void {
  for (const entry of items) {
    if (index.has(entry.id)) throw new RangeError(`Timeline: two ${noun}s have the id ${JSON.stringify(entry.id)}`);
    index.set(entry.id, entry);
  }
}

/** Short codes for the strings of one column (kinds, statuses, actors), in order of first use. */
class Codes {
  readonly names: string[] = [];
  readonly #codes = new Map<string, number>();

  codeOf(name: string): number {
    let code = this.#codes.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.#codes.set(name, code);
      this.names.push(name);
    }
    return code;
  }
}

/** The earliest and latest day of each event, by position in the order given. */
function spanColumns(events: readonly TimelineEvent[]): { readonly earliest: Float64Array; readonly latest: Float64Array } {
  const count = events.length;
  const earliest = new Float64Array(count);
  const latest = new Float64Array(count);
  for (let index = 0; index < count; index += 1) {
    const { earliestDay, latestDay } = events[index]!.when;
    earliest[index] = earliestDay;
    latest[index] = latestDay;
  }
  return { earliest, latest };
}

/** The events of each actor (with or without affiliates), kind and status, in timeline order. */
interface EventLists {
  readonly byParticipant: ReadonlyMap<string, readonly TimelineEvent[]>;
  readonly byAffiliation: ReadonlyMap<string, readonly TimelineEvent[]>;
  readonly byKind: ReadonlyMap<string, readonly TimelineEvent[]>;
  readonly byStatus: ReadonlyMap<string, readonly TimelineEvent[]>;
}

/**
 * Builds the lists from `given` (events in the order given) and `order`
 * (timeline order as positions in `given`). What the lists need of each
 * event is first read in the order given, where reading is sequential, into
 * short codes; the pass in timeline order then reads only those.
 */
function eventLists(
  given: readonly TimelineEvent[], order: ArrayLike<number>, affiliationChain: (actorId: string) => readonly Actor[],
): EventLists {
  const count = given.length;
  const kinds = new Uint32Array(count);
  const statuses = new Uint32Array(count);
  const participantStart = new Uint32Array(count + 1);
  const kindCodes = new Codes(), statusCodes = new Codes(), actorCodes = new Codes();
  let participantActor = new Uint32Array(count * 2);
  let total = 0;
  for (let index = 0; index < count; index += 1) {
    const { kind, status, participants } = given[index]!;
    kinds[index] = kindCodes.codeOf(kind);
    statuses[index] = statusCodes.codeOf(status);
    participantStart[index] = total;
    for (let p = 0; p < participants.length; p += 1) {
      if (total === participantActor.length) {
        const grown = new Uint32Array(total * 2 + 16);
        grown.set(participantActor);
        participantActor = grown;
      }
      participantActor[total] = actorCodes.codeOf(participants[p]!.actor);
      total += 1;
    }
  }
  participantStart[count] = total;

  // Each actor's events count for it and for every actor up its chain of
  // affiliations; the chain is walked once per actor, not once per event.
  // An actor the constructor was not given (it does not validate) covers only itself.
  const covers = actorCodes.names.slice().map((name, code) => [
    code, ...affiliationChain(name).map((affiliation) => actorCodes.codeOf(affiliation.id)),
  ]);
  const byKind = kindCodes.names.map((): TimelineEvent[] => []);
  const byStatus = statusCodes.names.map((): TimelineEvent[] => []);
  const byParticipant = actorCodes.names.map((): TimelineEvent[] => []);
  const byAffiliation = actorCodes.names.map((): TimelineEvent[] => []);
  for (let index = 0; index < count; index += 1) {
    const position = order[index]!;
    const event = given[position]!;
    byKind[kinds[position]!]!.push(event);
    byStatus[statuses[position]!]!.push(event);
    for (let p = participantStart[position]!; p < participantStart[position + 1]!; p += 1) {
      const actor = participantActor[p]!;
      byParticipant[actor]!.push(event);
      const covered = covers[actor]!;
      for (let c = 0; c < covered.length; c += 1) {
        // Two participants may share an affiliation; the event is listed once,
        // and since events come in order, a repeat can only be the last entry.
        const list = byAffiliation[covered[c]!]!;
        if (list[list.length - 1] !== event) list.push(event);
      }
    }
  }
  return {
    byKind: listsByName(kindCodes.names, byKind),
    byStatus: listsByName(statusCodes.names, byStatus),
    byParticipant: listsByName(actorCodes.names, byParticipant),
    byAffiliation: listsByName(actorCodes.names, byAffiliation),
  };
}

/** Each non-empty list, frozen, under its name. */
function listsByName(names: readonly string[], lists: readonly TimelineEvent[][]): Map<string, readonly TimelineEvent[]> {
  const map = new Map<string, readonly TimelineEvent[]>();
  lists.forEach((list, code) => {
    if (list.length > 0) map.set(names[code]!, Object.freeze(list));
  });
  return map;
}

// Copies, so that a Timeline never shares (or freezes) its caller's objects.

function freezeSource(source: Source): Source {
  return Object.freeze({ ...source });
}

function freezeActor(actor: Actor): Actor {
  return Object.freeze({ ...actor, aliases: Object.freeze([...actor.aliases]) });
}

function freezePoint(point: ResolvedPoint): ResolvedPoint {
  return Object.freeze({ ...point });
}

function freezeWhen(when: ResolvedWhen): ResolvedWhen {
  return Object.freeze({ ...when, start: freezePoint(when.start), end: freezePoint(when.end) });
}

function freezeEvent(event: TimelineEvent): TimelineEvent {
  const { place, classification } = event;
  return Object.freeze({
    ...event,
    when: freezeWhen(event.when),
    participants: Object.freeze(event.participants.map((p) => Object.freeze({ ...p }))),
    evidence: Object.freeze(event.evidence.map((e) => Object.freeze({ ...e }))),
    related: Object.freeze(event.related.map((r) => Object.freeze({ ...r }))),
    ...(place !== undefined && {
      place: Object.freeze({
        ...place,
        ...(place.coordinates !== undefined && { coordinates: Object.freeze({ ...place.coordinates }) }),
      }),
    }),
    ...(classification !== undefined && {
      classification: Object.freeze({
        ...classification,
        ...(classification.plover !== undefined && {
          plover: Object.freeze({
            ...classification.plover,
            ...(classification.plover.context !== undefined && { context: Object.freeze([...classification.plover.context]) }),
          }),
        }),
      }),
    }),
  });
}
