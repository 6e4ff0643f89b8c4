/**
 * The group of an item in formats that have one group per item
 * (vis-timeline `group`, TimelineJS3 `group`): the lane the renderer draws
 * the event in, by the one lane rule of `layout/lanes.ts`.
 */
import { countryNamesOf, laneLabel, laneOf, unassignedLane, type LaneContext } from '../layout/lanes.js';
import type { Timeline } from '../model/timeline.js';
import type { Actor, TimelineEvent } from '../model/types.js';

/**
 * An item's group: an actor's lane, or for an event without participants,
 * its kind's.
 */
export type Group =
  | { readonly by: 'actor'; readonly id: string; readonly name: string; readonly actor: Actor | undefined }
  | { readonly by: 'kind'; readonly id: string; readonly name: string };

/**
 * The groups of one timeline's events. Groups are lanes by actor with
 * roll-up (the renderer's default lanes): the only grouping an importer can
 * turn back into a participant. An event in several lanes is grouped in its
 * first participant's. The renderer's lane for events without participants
 * becomes a group per kind, so that the kind, which these formats have no
 * other field for, comes back on import.
 *
 * @example groupsOf(timeline)(blinkenMeetsWang) // { by: 'actor', id: 'us', name: 'United States', … }
 */
export function groupsOf(timeline: Timeline): (event: TimelineEvent) => Group {
  const actors = new Map(timeline.actors.map((actor) => [actor.id, actor]));
  const context: LaneContext = { laneBy: 'actor', actors, rollUp: true };
  const countryNames = countryNamesOf(timeline.actors);
  return (event) => {
    const key = laneOf(event, context)[0]!;
    if (key === unassignedLane) return { by: 'kind', id: `kind:${event.kind}`, name: event.kind };
    return { by: 'actor', id: key, name: laneLabel(key, context, countryNames), actor: actors.get(key) };
  };
}
