/**
 * diplomatic-timeline: dated diplomatic events with honest date precision,
 * and an accessible, fast D3 timeline for them. Every public name is listed
 * here explicitly.
 */

// The document and the model.
export { parseTimeline } from './model/parse.js';
export { validateTimeline } from './model/validate.js';
export { TimelineValidationError } from './model/errors.js';
export { Timeline } from './model/timeline.js';
export { toDocument } from './model/document.js';
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
export type { DateWords } from './time/format.js';
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
export type { DayInput } from './render/options.js';
export { renderToSVG } from './render/renderToSVG.js';

// Words: every visible string of the view, in English, French, German, Spanish and Chinese.
export { messagesFor, messageTables, shippedLanguages } from './i18n/messages.js';
export type { Messages, MessageKey } from './i18n/messages.js';
export type { MessageText, PluralForms } from './i18n/template.js';

// Interchange.
export { formatNames, importers, exporters, isFormatName, formatOfFileName, formatOfJson } from './interop/formats.js';
export type { FormatName, Importer, Exporter, ExportOptions } from './interop/formats.js';
export { FormatError } from './interop/format-error.js';
export type { ConversionWarning, ImportResult, ExportResult } from './interop/conversion.js';
export { fromTimelineJs, toTimelineJs } from './interop/timelinejs.js';
export type { TimelineJsDocument, TimelineJsSlide, TimelineJsDate, TimelineJsText } from './interop/timelinejs.js';
export { fromVisTimeline, toVisTimeline } from './interop/vis-timeline.js';
export type { VisTimelineData, VisItem, VisGroup } from './interop/vis-timeline.js';
export { fromCsv, toCsv, csvColumns, escapeFormula, unescapeFormula } from './interop/csv.js';
export type { CsvColumn } from './interop/csv.js';
export { toICalendar } from './interop/ical.js';
export type { ICalendarOptions } from './interop/ical.js';
export { toJsonLd } from './interop/json-ld.js';
export type { JsonLdNode } from './interop/json-ld.js';
export { fromPlover, toPlover, kindOfPlover } from './interop/plover.js';
export type { PloverRecord } from './interop/plover.js';
export { fromGdelt, kindOfCameo, gdeltColumns } from './interop/gdelt.js';
