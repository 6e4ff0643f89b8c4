/**
 * diplomatic-timeline/model: the data model, dates and validation, without
 * d3 and without the DOM, for workers, servers and pages that read or check
 * documents but draw nothing. Every name here is also exported, as the same
 * value, from the main entry.
 *
 * Layout is not here: it is for drawing (it measures text and uses
 * d3-array), and it comes with the renderer in the main entry.
 */

// The document and the model.
export { parseTimeline } from './parse.js';
export { validateTimeline } from './validate.js';
export { TimelineValidationError } from './errors.js';
export { Timeline } from './timeline.js';
export { toDocument } from './document.js';
export type { ByActorOptions } from './timeline.js';
export { eventKinds, eventStatuses, actorKinds, relations } from './types.js';
export type {
  ActorKind, EventKind, EventStatus, Relation,
  TimelineDocument, SourceDocument, ActorDocument, EventDocument, ParticipantDocument, PlaceDocument,
  EvidenceDocument, RelatedDocument, ClassificationDocument,
  Source, Actor, TimelineEvent, Participant, Place, Evidence, Related, Classification, ValidationIssue,
} from './types.js';
export type { TimelineJSON, TimelineEventJSON, ActorJSON, SourceJSON, ResolvedWhenJSON, ResolvedPointJSON } from './normalized.js';

// Dates.
export { parseEdtf, formatEdtf } from '../time/edtf.js';
export { resolveRelative } from '../time/relative.js';
export { describeWhen, describeSpan } from '../time/format.js';
export { DateExtent } from '../time/extent.js';
export { formatDay, parseDay } from '../time/calendar.js';
export type { DayNumber } from '../time/calendar.js';
export { precisions } from '../time/types.js';
export type { Precision, WhenInput, RelativeWhenInput, ResolvedWhen, ResolvedPoint, Qualifiers, Resolution } from '../time/types.js';
