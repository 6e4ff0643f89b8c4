/**
 * schema.org Event JSON-LD, export only: an `ItemList` of `Event`s in
 * timeline order, ready for a `<script type="application/ld+json">`.
 *
 * Dates are as honest as the precision allows (ISO 8601 reduced
 * precision): `2023-06` for a month, `2023` for a year, a full day for a
 * day; a span no single unit covers (a week, a season, a decade) is given
 * by its first and last day in `startDate`/`endDate`. Interval ends are
 * reduced the same way on their own.
 *
 * `eventStatus`: schema.org has no "occurred", so occurred and ongoing
 * events are `EventScheduled` (schema.org's default: it took place as
 * planned), as are scheduled, expected and proposed ones; postponed is
 * `EventPostponed`; cancelled and did-not-occur are `EventCancelled`; an
 * event that reschedules another is `EventRescheduled`; unknown has no
 * eventStatus. Participants become `organizer` (roles host, organizer,
 * initiator) or `attendee`, typed `Person`, `Organization`, `Corporation`
 * or `Country`. Evidence sources become `subjectOf` creative works.
 */
import type { Actor, ActorKind, EventStatus, TimelineEvent } from '../model/types.js';
import type { Timeline } from '../model/timeline.js';
import { WarningLog, type ExportResult } from './conversion.js';
import { formatDateParts, reducedDates } from './day-span.js';

/** A JSON-LD node. */
export type JsonLdNode = Record<string, unknown>;

const statusUrl = 'https://schema.org/';
const eventStatusOf: Readonly<Record<EventStatus, string | undefined>> = {
  occurred: 'EventScheduled', ongoing: 'EventScheduled', scheduled: 'EventScheduled', expected: 'EventScheduled', proposed: 'EventScheduled',
  postponed: 'EventPostponed', cancelled: 'EventCancelled', 'did-not-occur': 'EventCancelled', unknown: undefined,
};
const typeOfActor: Readonly<Record<ActorKind, string>> = { state: 'Country', organization: 'Organization', person: 'Person', company: 'Corporation' };
const organizerRoles = new Set(['host', 'organizer', 'initiator']);

function datesOf(event: TimelineEvent): { startDate: string; endDate?: string } {
  const { start, end } = reducedDates(event.when);
  return end ? { startDate: formatDateParts(start), endDate: formatDateParts(end) } : { startDate: formatDateParts(start) };
}

function actorNode(actor: Actor): JsonLdNode {
  return {
    '@type': typeOfActor[actor.kind],
    name: actor.name,
    identifier: actor.id,
    ...(actor.wikidata !== undefined ? { sameAs: `https://www.wikidata.org/wiki/${actor.wikidata}` } : {}),
    ...(actor.kind === 'state' && actor.country !== undefined ? { alternateName: actor.country } : {}),
    ...(actor.kind === 'person' && actor.role !== undefined ? { jobTitle: actor.role } : {}),
  };
}

/**
 * Exports a timeline as schema.org JSON-LD. Losses (qualifiers, a relative
 * phrase, evidence quotes, related events, classification, participant
 * roles other than organizer) are reported.
 */
export function toJsonLd(timeline: Timeline): ExportResult<JsonLdNode> {
  const warnings = new WarningLog();
  const itemListElement = timeline.events.map((event, index): JsonLdNode => {
    const node: JsonLdNode = { '@type': 'Event', identifier: event.id, name: event.title, ...datesOf(event) };
    if (event.summary !== undefined) node.description = event.summary;
    const status = event.related.some((r) => r.relation === 'reschedules') ? 'EventRescheduled' : eventStatusOf[event.status];
    if (status !== undefined) node.eventStatus = `${statusUrl}${status}`;
    if (event.place) {
      node.location = {
        '@type': 'Place',
        name: event.place.name,
        ...(event.place.country !== undefined ? { address: { '@type': 'PostalAddress', addressCountry: event.place.country } } : {}),
        ...(event.place.coordinates ? { geo: { '@type': 'GeoCoordinates', latitude: event.place.coordinates.lat, longitude: event.place.coordinates.lon } } : {}),
      };
    }
    const organizers: JsonLdNode[] = [], attendees: JsonLdNode[] = [];
    let rolesDropped = false;
    for (const participant of event.participants) {
      const actor = timeline.actor(participant.actor);
      const actorJson = actor ? actorNode(actor) : { '@type': 'Thing', identifier: participant.actor };
      const role = participant.role?.toLowerCase();
      if (role !== undefined && organizerRoles.has(role)) organizers.push(actorJson);
      else attendees.push(actorJson);
      if (role !== undefined && !organizerRoles.has(role)) rolesDropped = true;
    }
    if (organizers.length > 0) node.organizer = organizers.length === 1 ? organizers[0] : organizers;
    if (attendees.length > 0) node.attendee = attendees;
    const works = event.evidence.map((evidence) => {
      const source = timeline.source(evidence.source);
      return {
        '@type': 'CreativeWork',
        name: source?.title ?? evidence.source,
        ...(source?.url !== undefined ? { url: source.url } : {}),
        ...(source?.publisher !== undefined ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
        ...(source?.published !== undefined ? { datePublished: source.published } : {}),
      };
    });
    if (works.length > 0) node.subjectOf = works;
    node.keywords = event.kind;
    const { when } = event;
    if (when.approximate || when.uncertain) warnings.add(event.id, 'when', `the qualifiers of "${when.text}" (approximate/uncertain) are dropped`);
    if (when.relative) warnings.add(event.id, 'when.text', `the relative phrase "${when.text}" is dropped; its resolved dates are kept`);
    if ((when.start.open || when.start.unknown) && when.interval) warnings.add(event.id, 'when', `the open or unknown start of "${when.text}" is dropped`);
    if (rolesDropped) warnings.add(event.id, 'participants', 'participant roles other than organizer are reduced to attendee');
    if (event.evidence.some((e) => e.quote !== undefined)) warnings.add(event.id, 'evidence', 'evidence quotes are dropped (the sources are kept as subjectOf)');
    warnings.dropped(event, ['related', 'classification']);
    if (event.status !== 'unknown' && (event.status === 'occurred' || event.status === 'ongoing' || event.status === 'expected' || event.status === 'proposed' || event.status === 'did-not-occur')) {
      warnings.add(event.id, 'status', `status "${event.status}" is written as ${status ?? 'no eventStatus'}`);
    }
    return { '@type': 'ListItem', position: index + 1, item: node };
  });
  const output: JsonLdNode = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    ...(timeline.title !== undefined ? { name: timeline.title } : {}),
    ...(timeline.description !== undefined ? { description: timeline.description } : {}),
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: itemListElement.length,
    itemListElement,
  };
  return { output, warnings: warnings.list() };
}
