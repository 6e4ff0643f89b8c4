/**
 * The shape every importer and exporter shares.
 *
 * Importers turn another format into OUR document format (which the caller
 * then validates with `parseTimeline`, so one set of rules decides what a
 * valid timeline is). Exporters turn a parsed `Timeline` into another
 * format. Neither hides a loss: every field or value that the other side
 * cannot hold is reported as a warning naming the event.
 */
import type { ActorDocument, EventDocument, SourceDocument, TimelineDocument, TimelineEvent } from '../model/types.js';

/** One field or value dropped (or approximated) by a conversion. */
export interface ConversionWarning {
  /** The event concerned, when the loss is about one event. */
  readonly eventId?: string;
  /** The field of our document (`when.anchor`, `participants`) or of the other format. */
  readonly field: string;
  readonly message: string;
}

/** What an importer returns: a document in our format, not yet validated. */
export interface ImportResult {
  readonly document: TimelineDocument;
  readonly warnings: readonly ConversionWarning[];
}

/**
 * The document an importer returns: its events, and the sources and actors
 * it had to create, each list only when it has entries.
 */
export function importedDocument(
  events: EventDocument[], actors: ReadonlyMap<string, ActorDocument>, sources: ReadonlyMap<string, SourceDocument> = new Map(),
): TimelineDocument {
  return {
    ...(sources.size > 0 ? { sources: [...sources.values()] } : {}),
    ...(actors.size > 0 ? { actors: [...actors.values()] } : {}),
    events,
  };
}

/** What an exporter returns: text (CSV, iCalendar, JSON lines) or a JSON value. */
export interface ExportResult<Output = string | object> {
  readonly output: Output;
  readonly warnings: readonly ConversionWarning[];
}

/**
 * Collects warnings while a conversion runs. A class rather than a bare array
 * so that every call site states the event and the field the same way.
 */
export class WarningLog {
  readonly #warnings: ConversionWarning[] = [];

  /** Records one loss; `eventId` is omitted for document-level losses. */
  add(eventId: string | undefined, field: string, message: string): void {
    this.#warnings.push(eventId === undefined ? { field, message } : { eventId, field, message });
  }

  /**
   * Records the loss of each of these fields that the event has, each
   * worded the same in every format.
   */
  dropped(event: TimelineEvent, fields: readonly DroppableField[]): void {
    for (const field of fields) {
      const message = droppedMessages[field](event);
      if (message !== undefined) this.add(event.id, field, message);
    }
  }

  /** The warnings recorded so far, in order. */
  list(): readonly ConversionWarning[] {
    return [...this.#warnings];
  }
}

/** Event fields that some formats have no place for. */
export type DroppableField = 'place' | 'evidence' | 'related' | 'classification';

const droppedMessages: Readonly<Record<DroppableField, (event: TimelineEvent) => string | undefined>> = {
  place: (event) => (event.place ? `place "${event.place.name}" is dropped` : undefined),
  evidence: (event) => (event.evidence.length > 0 ? `${event.evidence.length} evidence item(s) dropped` : undefined),
  related: (event) => (event.related.length > 0 ? `${event.related.length} related event(s) dropped` : undefined),
  classification: (event) => (event.classification ? 'the PLOVER/CAMEO classification is dropped' : undefined),
};
