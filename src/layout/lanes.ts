/**
 * Which lane (or lanes) an event belongs in, and the lanes' names and order.
 */
import type { Actor, EventKind, TimelineEvent } from '../model/types.js';

/**
 * How events are grouped into lanes: by participating actor (people and
 * companies roll up to their affiliation; organizations keep their own
 * lane), by the participants' country, by event kind, all in one lane, or
 * by a function returning a lane key.
 */
export type LaneBy = 'actor' | 'country' | 'kind' | 'none' | ((event: TimelineEvent) => string);

/** The built-in lane groupings, for option validation. */
export const laneGroupings = ['actor', 'country', 'kind', 'none'] as const;

/** The key of the lane for events without participants (or without a country). */
export const unassignedLane = '';

/** What lane assignment needs to know besides the event. */
export interface LaneContext {
  readonly laneBy: LaneBy;
  /** Actors by id, to roll people up to their affiliation and to name lanes. */
  readonly actors: ReadonlyMap<string, Actor>;
  /** Whether people and companies sit in the lane of their affiliation. */
  readonly rollUp: boolean;
}

/** A lane as shown: its key (used by `laneOrder`) and its visible name. */
export interface LaneIdentity {
  readonly key: string;
  readonly label: string;
}

/** Affiliation chains are short; the bound only guards against a cycle in bad data. */
const maxAffiliationDepth = 8;

/**
 * The actor an actor is shown as: itself, or with roll-up, for a person or
 * company, what it is affiliated with. Roll-up stops at the first actor that
 * is neither (a state or an organization): an organization keeps its own
 * lane even inside another organization or a state, so Matthew Miller sits
 * in the US State Department's lane, not the United States'. This is the
 * one lane rule: the renderer's layout and the vis-timeline and TimelineJS
 * exports (`interop/group.ts`) all call it.
 *
 * @example representedActor('blinken', context) // 'us'
 * @example representedActor('miller', context)  // 'state-department' (itself affiliated with 'us')
 */
export function representedActor(actorId: string, context: LaneContext): string {
  if (!context.rollUp) return actorId;
  let id = actorId;
  for (let depth = 0; depth < maxAffiliationDepth; depth += 1) {
    const actor = context.actors.get(id);
    if (!actor?.affiliation || (actor.kind !== 'person' && actor.kind !== 'company')) return id;
    id = actor.affiliation;
  }
  return id;
}

function countryOf(actorId: string, context: LaneContext): string | undefined {
  let id: string | undefined = actorId;
  for (let depth = 0; depth < maxAffiliationDepth && id !== undefined; depth += 1) {
    const actor = context.actors.get(id);
    if (actor?.country) return actor.country;
    id = actor?.affiliation;
  }
  return undefined;
}

/**
 * The keys of the lanes an event is placed in, without repeats, in the order
 * of its participants. Always at least one key.
 *
 * @example laneOf(blinkenMeetsWang, { laneBy: 'actor', actors, rollUp: true }) // ['us', 'cn']
 */
export function laneOf(event: TimelineEvent, context: LaneContext): readonly string[] {
  const { laneBy } = context;
  if (typeof laneBy === 'function') return [laneBy(event)];
  switch (laneBy) {
    case 'none':
      return ['all'];
    case 'kind':
      return [event.kind];
    case 'actor':
    case 'country': {
      const keys: string[] = [];
      for (const participant of event.participants) {
        const represented = representedActor(participant.actor, context);
        // An actor without a country (an international organization) keeps its own lane.
        const key = laneBy === 'actor' ? represented : (countryOf(represented, context) ?? represented);
        if (!keys.includes(key)) keys.push(key);
      }
      return keys.length > 0 ? keys : [unassignedLane];
    }
  }
}

/**
 * The words that name lanes no actor names: the one lane of `laneBy: 'none'`,
 * the lane of events without participants, and kinds (the kind itself when
 * left out). The message tables of `src/i18n` carry them in each language.
 */
export type LaneWords = {
  readonly 'lane.none': string;
  readonly 'lane.unassigned': string;
} & { readonly [K in `kind.${EventKind}`]?: string };

/** The English lane words, used when no others are given. */
export const englishLaneWords: LaneWords = { 'lane.none': 'Events', 'lane.unassigned': 'No participant' };

/**
 * The visible name of a lane key: the actor's name, the name of the state
 * with that country code, the kind, or the key itself.
 */
export function laneLabel(key: string, context: LaneContext, countryNames: ReadonlyMap<string, string>, words: LaneWords = englishLaneWords): string {
  if (key === unassignedLane) return words['lane.unassigned'];
  const { laneBy } = context;
  if (laneBy === 'none') return words['lane.none'];
  if (laneBy === 'kind') {
    const name = words[`kind.${key}` as `kind.${EventKind}`] ?? key;
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  if (laneBy === 'actor' || laneBy === 'country') {
    return (laneBy === 'country' ? countryNames.get(key) : undefined) ?? context.actors.get(key)?.name ?? key;
  }
  return key;
}

/**
 * The names of countries by ISO code, taken from the state actors of the
 * document (the first state with a code names it).
 */
export function countryNamesOf(actors: Iterable<Actor>): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const actor of actors) {
    if (actor.kind === 'state' && actor.country && !names.has(actor.country)) names.set(actor.country, actor.name);
  }
  return names;
}

/**
 * Lane order: the keys named in `laneOrder` first, in that order (names of
 * lanes that have no events are skipped), then the other lanes in order of
 * their first event in time; the unassigned lane always comes last.
 * First appearance in time is chosen over document order because it reads
 * top to bottom as the story unfolds and needs no extra input.
 *
 * @param keysInTime each event's lane keys, events in time order
 */
export function orderLanes(keysInTime: Iterable<readonly string[]>, laneOrder: readonly string[]): string[] {
  const seen = new Set<string>();
  const appearance: string[] = [];
  for (const keys of keysInTime) {
    for (const key of keys) {
      if (!seen.has(key)) {
        seen.add(key);
        appearance.push(key);
      }
    }
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  for (const key of laneOrder) {
    if (seen.has(key) && !placed.has(key)) {
      ordered.push(key);
      placed.add(key);
    }
  }
  for (const key of appearance) {
    if (!placed.has(key) && key !== unassignedLane) ordered.push(key);
  }
  if (seen.has(unassignedLane) && !placed.has(unassignedLane)) ordered.push(unassignedLane);
  return ordered;
}

/** Every event's lanes at once, as columns: what layout reads. */
export interface LaneAssignment {
  /** Lane keys in lane order. */
  readonly keys: readonly string[];
  /** The lanes of event `e` are `lanes[first[e]]…lanes[first[e] + count[e] - 1]`, ascending. */
  readonly first: Int32Array;
  readonly count: Int32Array;
  /** Lane indexes (into `keys`), event by event. */
  readonly lanes: Int32Array;
}

/**
 * The lanes of every event (given in time order), in one pass with no
 * allocation per event: the same keys and order as `laneOf` and
 * `orderLanes`, with each actor's key worked out once, not once per event.
 */
export function assignLanes(events: readonly TimelineEvent[], context: LaneContext, laneOrder: readonly string[]): LaneAssignment {
  const n = events.length;
  const first = new Int32Array(n);
  const count = new Int32Array(n);
  let lanes = new Int32Array(Math.max(16, n * 2));
  // Provisional lane ids in order of first appearance in time; renumbered into lane order at the end.
  const idOfKey = new Map<string, number>();
  const appearance: string[] = [];
  const idOf = (key: string): number => {
    let id = idOfKey.get(key);
    if (id === undefined) {
      id = appearance.length;
      idOfKey.set(key, id);
      appearance.push(key);
    }
    return id;
  };
  const { laneBy } = context;
  const byActor = laneBy === 'actor' || laneBy === 'country';
  const keyOfActor = new Map<string, number>();
  let next = 0;
  for (let e = 0; e < n; e += 1) {
    const event = events[e]!;
    first[e] = next;
    const needed = next + 1 + (byActor ? event.participants.length : 0);
    if (needed > lanes.length) {
      const grown = new Int32Array(Math.max(needed, lanes.length * 2));
      grown.set(lanes);
      lanes = grown;
    }
    if (!byActor) {
      const key = typeof laneBy === 'function' ? laneBy(event) : laneBy === 'kind' ? event.kind : 'all';
      lanes[next++] = idOf(key);
    } else {
      const participants = event.participants;
      const at = next;
      for (let i = 0; i < participants.length; i += 1) {
        const actor = participants[i]!.actor;
        let id = keyOfActor.get(actor);
        if (id === undefined) {
          const represented = representedActor(actor, context);
          id = idOf(laneBy === 'actor' ? represented : (countryOf(represented, context) ?? represented));
          keyOfActor.set(actor, id);
        }
        let repeated = false;
        for (let k = at; k < next; k += 1) if (lanes[k] === id) repeated = true;
        if (!repeated) lanes[next++] = id;
      }
      if (next === at) lanes[next++] = idOf(unassignedLane);
    }
    count[e] = next - first[e]!;
  }
  const keys = orderLanes([appearance], laneOrder);
  const finalIndex = new Map(keys.map((key, i) => [key, i]));
  const renumber = Int32Array.from(appearance, (key) => finalIndex.get(key)!);
  for (let e = 0; e < n; e += 1) {
    const from = first[e]!, to = from + count[e]!;
    // Insertion sort: an event has a handful of lanes at most.
    for (let k = from; k < to; k += 1) {
      const value = renumber[lanes[k]!]!;
      let j = k - 1;
      while (j >= from && lanes[j]! > value) {
        lanes[j + 1] = lanes[j]!;
        j -= 1;
      }
      lanes[j + 1] = value;
    }
  }
  return { keys, first, count, lanes: lanes.subarray(0, next) };
}
