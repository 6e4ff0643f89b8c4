/**
 * A timeline written back as a document: what `parseTimeline` reads, for
 * people to keep, edit and parse again (`normalize --document`).
 *
 * Each date is written as its document wrote it, not as the days it was
 * resolved to. A relative phrase keeps its words and its anchor: the
 * document format has no other place for the phrase, and its resolved
 * value cannot always be written as EDTF without loss ("next week" is a
 * week, but the EDTF of its days, `2023-07-17/2023-07-23`, reads back as two
 * days). Parsed again, the phrase resolves against the same anchor day to
 * the same days. Where the anchor is a source that no longer gives that day
 * (only a timeline built by hand can have one), the day itself is written
 * as the anchor.
 */
import { actorToJSON, eventToJSON, sourceToJSON } from './normalized.js';
import type { Timeline } from './timeline.js';
import type { RelativeWhenInput } from '../time/types.js';
import type { ClassificationDocument, EventDocument, TimelineDocument, TimelineEvent, WhenInput } from './types.js';

/**
 * The timeline as a document that `parseTimeline` reads back to the same
 * events (ids, titles, resolved days, precision and all): sources and
 * actors in order, events in timeline order, dates as written, every
 * status spelled out, empty lists left out.
 *
 * @example
 * const document = toDocument(parseTimeline(json));
 * parseTimeline(document).toJSON() // equals parseTimeline(json).toJSON()
 */
export function toDocument(timeline: Timeline): TimelineDocument {
  return {
    ...(timeline.title !== undefined && { title: timeline.title }),
    ...(timeline.description !== undefined && { description: timeline.description }),
    sources: timeline.sources.map(sourceToJSON),
    actors: timeline.actors.map(actorToJSON),
    events: timeline.events.map((event) => eventToDocument(event, timeline)),
  };
}

function eventToDocument(event: TimelineEvent, timeline: Timeline): EventDocument {
  const { id, title, summary, kind, status, participants, place, evidence, related, classification } = eventToJSON(event);
  return {
    id, title,
    ...(summary !== undefined && { summary }),
    kind,
    when: whenToDocument(event.when, timeline),
    status,
    ...(participants.length > 0 && { participants }),
    ...(place !== undefined && { place }),
    ...(evidence.length > 0 && { evidence }),
    ...(related.length > 0 && { related }),
    // eventToJSON copied the lists, so the document may own them.
    ...(classification !== undefined && { classification: classification as ClassificationDocument }),
  };
}

function whenToDocument(when: TimelineEvent['when'], timeline: Timeline): WhenInput {
  if (!when.relative) return when.text;
  const { text, anchor, anchorDay } = when;
  // A relative date always has its anchor day; without one, the resolved value is all there is.
  if (anchorDay === undefined) return when.edtf;
  const keepsDay = anchor !== undefined && (anchor === anchorDay || timeline.source(anchor)?.published === anchorDay);
  const relative: RelativeWhenInput = { relative: text, anchor: keepsDay ? anchor : anchorDay };
  return relative;
}
