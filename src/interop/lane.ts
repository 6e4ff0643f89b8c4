/**
 * The lane an event is grouped in when a format has a single group per
 * item (TimelineJS3 `group`, vis-timeline `group`): the first participant's
 * state or organization (a person rolls up to their affiliation, as in the
 * renderer's default lanes), or the event's kind when it has no participants.
 */
import type { Actor, TimelineEvent } from '../model/types.js';
import type { Timeline } from '../model/timeline.js';

/** A lane: either an actor's or a kind's. */
export type Lane =
  | { readonly by: 'actor'; readonly id: string; readonly name: string; readonly actor: Actor }
  | { readonly by: 'kind'; readonly id: string; readonly name: string };

/** The lane of one event. */
export function laneOf(timeline: Timeline, event: TimelineEvent): Lane {
  const first = event.participants[0];
  const actor = first === undefined ? undefined : timeline.affiliationOf(first.actor) ?? timeline.actor(first.actor);
  if (actor) return { by: 'actor', id: actor.id, name: actor.name, actor };
  return { by: 'kind', id: `kind:${event.kind}`, name: event.kind };
}
