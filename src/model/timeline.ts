import { parseDay } from '../time/calendar.js';
import type { DayNumber } from '../time/calendar.js';
import { DateExtent } from '../time/extent.js';
import type { ResolvedPoint, ResolvedWhen } from '../time/types.js';
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

/** Data that only its builder holds, so the constructor may freeze it in place instead of copying it. */
const unshared = new WeakSet<TimelineData>();

/**
 * Marks freshly built data (as `parseTimeline` builds it) as held by no one
 * else: `new Timeline(data)` then freezes it in place, saving a full copy of
 * every event. Internal to the package; not exported from its index.
 */
export function markUnshared(data: TimelineData): TimelineData {
  unshared.add(data);
  return data;
}

/**
 * A resolved, immutable set of events with the actors and sources they
 * refer to. Events are sorted by earliest day, then latest day, then
 * document order, and every query returns events in that order.
 *
 * Build one with `parseTimeline(json)`; the constructor is for data that is
 * already resolved (it copies and freezes what it is given, but does not
 * validate references).
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
  readonly #eventById = new Map<string, TimelineEvent>();
  readonly #actorById = new Map<string, Actor>();
  readonly #sourceById = new Map<string, Source>();
  readonly #topAffiliation = new Map<string, Actor>();
  readonly #byParticipant = new Map<string, TimelineEvent[]>();
  readonly #byAffiliation = new Map<string, TimelineEvent[]>();
  readonly #byKind = new Map<EventKind, TimelineEvent[]>();
  readonly #byStatus = new Map<EventStatus, TimelineEvent[]>();

  /** @throws RangeError when two events, actors or sources share an id. */
  constructor(data: TimelineData) {
    if (data.title !== undefined) this.title = data.title;
    if (data.description !== undefined) this.description = data.description;
    const own = unshared.delete(data);
    this.sources = Object.freeze((data.sources ?? []).map(own ? deepFreeze : freezeSource));
    this.actors = Object.freeze((data.actors ?? []).map(own ? deepFreeze : freezeActor));
    const events = data.events.map(own ? deepFreeze : freezeEvent);
    // Array#sort is stable, so equal spans keep document order.
    events.sort((a, b) => a.when.earliestDay - b.when.earliestDay || a.when.latestDay - b.when.latestDay);
    this.events = Object.freeze(events);

    indexById(this.sources, this.#sourceById, 'source');
    indexById(this.actors, this.#actorById, 'actor');
    indexById(this.events, this.#eventById, 'event');

    this.#starts = new Float64Array(events.length);
    this.#reach = new Float64Array(events.length);
    let reach = -Infinity;
    events.forEach((event, index) => {
      this.#starts[index] = event.when.earliestDay;
      reach = Math.max(reach, event.when.latestDay);
      this.#reach[index] = reach;
    });

    for (const actor of this.actors) {
      const chain = this.#affiliationChain(actor.id);
      const top = chain[chain.length - 1];
      if (top !== undefined) this.#topAffiliation.set(actor.id, top);
    }
    for (const event of events) {
      append(this.#byKind, event.kind, event);
      append(this.#byStatus, event.status, event);
      const covered = new Set<string>();
      for (const { actor } of event.participants) {
        append(this.#byParticipant, actor, event);
        covered.add(actor);
        for (const affiliation of this.#affiliationChain(actor)) covered.add(affiliation.id);
      }
      for (const id of covered) append(this.#byAffiliation, id, event);
    }
    for (const map of [this.#byParticipant, this.#byAffiliation, this.#byKind, this.#byStatus]) {
      for (const list of map.values()) Object.freeze(list);
    }
    Object.freeze(this);
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
    const end = firstIndexAbove(this.#starts, last);
    const begin = firstIndexAtLeast(this.#reach, first);
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
    return (affiliated ? this.#byAffiliation : this.#byParticipant).get(id) ?? none;
  }

  /** Events of one kind, e.g. "talks". */
  byKind(kind: EventKind): readonly TimelineEvent[] {
    return this.#byKind.get(kind) ?? none;
  }

  /** Events with one status, e.g. "scheduled". */
  byStatus(status: EventStatus): readonly TimelineEvent[] {
    return this.#byStatus.get(status) ?? none;
  }

  /** The event with this id. */
  event(id: string): TimelineEvent | undefined {
    return this.#eventById.get(id);
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
   * The state or organization an actor rolls up to: the end of its chain of
   * affiliations (Wang Yi → Chinese Foreign Ministry → China gives China).
   * Undefined for an actor without affiliation, or an unknown id.
   */
  affiliationOf(actorId: string): Actor | undefined {
    return this.#topAffiliation.get(actorId);
  }

  /** The normalized document: resolved dates, defaults filled in, no day numbers. */
  toJSON(): TimelineJSON {
    return {
      ...(this.title !== undefined && { title: this.title }),
      ...(this.description !== undefined && { description: this.description }),
      sources: this.sources.map(sourceToJSON),
      actors: this.actors.map(actorToJSON),
      events: this.events.map(eventToJSON),
    };
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

/** The first index whose value is greater than `day` (values sorted ascending). */
function firstIndexAbove(values: Float64Array, day: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first index whose value is at least `day` (values sorted ascending). */
function firstIndexAtLeast(values: Float64Array, day: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function indexById<T extends { readonly id: string }>(items: readonly T[], index: Map<string, T>, noun: string): void {
  for (const entry of items) {
    if (index.has(entry.id)) throw new RangeError(`Timeline: two ${noun}s have the id ${JSON.stringify(entry.id)}`);
    index.set(entry.id, entry);
  }
}

/** Freezes plain data in place, iteratively. Only for data no caller holds. */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (typeof next !== 'object' || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const child of Object.values(next)) stack.push(child);
  }
  return value;
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
