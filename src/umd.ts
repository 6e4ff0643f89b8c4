/**
 * The UMD bundle for a plain <script> tag: the model, dates, layout, the
 * renderer and the custom element (defined on load), with the d3 modules
 * inside. The interchange formats are left out to keep the page's download
 * small; they are in the ESM and CommonJS builds (and the CLI).
 */

// The document and the model.
export { parseTimeline } from './model/parse.js';
export { validateTimeline } from './model/validate.js';
export { TimelineValidationError } from './model/errors.js';
export { Timeline } from './model/timeline.js';
export type { ByActorOptions } from './model/timeline.js';
export { eventKinds, eventStatuses, actorKinds, relations } from './model/types.js';
export type {
  ActorKind, EventKind, EventStatus, Relation,
  TimelineDocument, SourceDocument, ActorDocument, EventDocument, ParticipantDocument, PlaceDocument,
  EvidenceDocument, RelatedDocument, ClassificationDocument,
  Source, Actor, TimelineEvent, Participant, Place, Evidence, Related, Classification, ValidationIssue,
} from './model/types.js';
export type { TimelineJSON, TimelineEventJSON, ActorJSON, SourceJSON, ResolvedWhenJSON, ResolvedPointJSON } from './model/normalized.js';

// Dates.
export { parseEdtf, formatEdtf } from './time/edtf.js';
export { resolveRelative } from './time/relative.js';
export { describeWhen, describeSpan } from './time/format.js';
export { DateExtent } from './time/extent.js';
export { formatDay, parseDay } from './time/calendar.js';
export type { DayNumber } from './time/calendar.js';
export { precisions } from './time/types.js';
export type { Precision, WhenInput, RelativeWhenInput, ResolvedWhen, ResolvedPoint, Qualifiers, Resolution } from './time/types.js';

// Layout (pure, no DOM).
export { computeLayout } from './layout/computeLayout.js';
export type { LayoutInput, LayoutOptions, TimelineLayout, LaneGeometry, Placements, Connector } from './layout/computeLayout.js';
export { laneOf } from './layout/lanes.js';
export type { LaneBy } from './layout/lanes.js';
export { packRows } from './layout/rowPacking.js';
export type { RowPacking } from './layout/rowPacking.js';

// Rendering: interactive (a browser or jsdom) and static SVG (anywhere).
export { renderTimeline } from './render/timeline.js';
export type { TimelineView, TimelineUpdate, TimelineViewEventMap, TimelineViewEventType, RenderOptions, DayRange } from './render/timeline.js';
export { renderToSVG } from './render/renderToSVG.js';

// The custom element.
export { defineTimelineElement, createTimelineElementClass } from './element/index.js';
