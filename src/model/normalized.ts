/**
 * The normalized document: a timeline as plain JSON, with every date
 * resolved and every default filled in. It is what `Timeline#toJSON` and the
 * `normalize` command print, for tools that want resolved dates without this
 * library. Day numbers are an in-memory convenience and never appear here;
 * absent optional fields are omitted rather than written as null.
 */
import type { ResolvedPoint, ResolvedWhen } from '../time/types.js';
import type { Actor, Classification, EventKind, EventStatus, Evidence, Participant, Place, Precision, Related, Source, TimelineEvent } from './types.js';

/** One end of a resolved date, as JSON. */
export interface ResolvedPointJSON {
  earliest: string;
  latest: string;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
  open: boolean;
  unknown: boolean;
}

/** A resolved `when`, as JSON: what was written, and the span of days it means. */
export interface ResolvedWhenJSON {
  text: string;
  anchor?: string;
  anchorDay?: string;
  relative: boolean;
  edtf: string;
  earliest: string;
  latest: string;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
  interval: boolean;
  start: ResolvedPointJSON;
  end: ResolvedPointJSON;
}

/** A source, as JSON. */
export interface SourceJSON {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
  published?: string;
}

/** An actor, as JSON (`aliases` only when there are some). */
export interface ActorJSON {
  id: string;
  name: string;
  kind: Actor['kind'];
  country?: string;
  affiliation?: string;
  role?: string;
  aliases?: string[];
  wikidata?: string;
}

/** A resolved event, as JSON. `status` is always present ("unknown" by default). */
export interface TimelineEventJSON {
  id: string;
  title: string;
  summary?: string;
  kind: EventKind;
  status: EventStatus;
  participants: Participant[];
  when: ResolvedWhenJSON;
  place?: Place;
  evidence: Evidence[];
  related: Related[];
  classification?: Classification;
}

/** A whole resolved timeline, as JSON, events in timeline order. */
export interface TimelineJSON {
  title?: string;
  description?: string;
  sources: SourceJSON[];
  actors: ActorJSON[];
  events: TimelineEventJSON[];
}

/** One end of a resolved date as JSON (no day numbers). */
export function pointToJSON(point: ResolvedPoint): ResolvedPointJSON {
  return {
    earliest: point.earliest,
    latest: point.latest,
    precision: point.precision,
    approximate: point.approximate,
    uncertain: point.uncertain,
    open: point.open,
    unknown: point.unknown,
  };
}

/**
 * A resolved `when` as JSON (no day numbers).
 *
 * @example whenToJSON(event.when).earliest // '2023-07-13'
 */
export function whenToJSON(when: ResolvedWhen): ResolvedWhenJSON {
  return {
    text: when.text,
    ...(when.anchor !== undefined && { anchor: when.anchor }),
    ...(when.anchorDay !== undefined && { anchorDay: when.anchorDay }),
    relative: when.relative,
    edtf: when.edtf,
    earliest: when.earliest,
    latest: when.latest,
    precision: when.precision,
    approximate: when.approximate,
    uncertain: when.uncertain,
    interval: when.interval,
    start: pointToJSON(when.start),
    end: pointToJSON(when.end),
  };
}

/** A source as JSON. */
export function sourceToJSON(source: Source): SourceJSON {
  return {
    id: source.id,
    title: source.title,
    ...(source.publisher !== undefined && { publisher: source.publisher }),
    ...(source.url !== undefined && { url: source.url }),
    ...(source.published !== undefined && { published: source.published }),
  };
}

/** An actor as JSON. */
export function actorToJSON(actor: Actor): ActorJSON {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    ...(actor.country !== undefined && { country: actor.country }),
    ...(actor.affiliation !== undefined && { affiliation: actor.affiliation }),
    ...(actor.role !== undefined && { role: actor.role }),
    ...(actor.aliases.length > 0 && { aliases: [...actor.aliases] }),
    ...(actor.wikidata !== undefined && { wikidata: actor.wikidata }),
  };
}

/** A resolved event as JSON. */
export function eventToJSON(event: TimelineEvent): TimelineEventJSON {
  return {
    id: event.id,
    title: event.title,
    ...(event.summary !== undefined && { summary: event.summary }),
    kind: event.kind,
    status: event.status,
    participants: event.participants.map((p) => ({ actor: p.actor, ...(p.role !== undefined && { role: p.role }) })),
    when: whenToJSON(event.when),
    ...(event.place !== undefined && { place: placeToJSON(event.place) }),
    evidence: event.evidence.map((e) => ({ source: e.source, ...(e.quote !== undefined && { quote: e.quote }) })),
    related: event.related.map((r) => ({ event: r.event, relation: r.relation })),
    ...(event.classification !== undefined && { classification: classificationToJSON(event.classification) }),
  };
}

function placeToJSON(place: Place): Place {
  return {
    name: place.name,
    ...(place.country !== undefined && { country: place.country }),
    ...(place.coordinates !== undefined && { coordinates: { lat: place.coordinates.lat, lon: place.coordinates.lon } }),
  };
}

function classificationToJSON(classification: Classification): Classification {
  const { plover, cameo } = classification;
  return {
    ...(plover !== undefined && {
      plover: {
        event: plover.event,
        ...(plover.mode !== undefined && { mode: plover.mode }),
        ...(plover.context !== undefined && { context: [...plover.context] }),
      },
    }),
    ...(cameo !== undefined && { cameo }),
  };
}
