/**
 * The shape every importer and exporter shares.
 *
 * Importers turn another format into OUR document format (which the caller
 * then validates with `parseTimeline`, so one set of rules decides what a
 * valid timeline is). Exporters turn a parsed `Timeline` into another
 * format. Neither hides a loss: every field or value that the other side
 * cannot hold is reported as a warning naming the event.
 */
import type { TimelineDocument } from '../model/types.js';

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

  /** The warnings recorded so far, in order. */
  list(): readonly ConversionWarning[] {
    return [...this.#warnings];
  }
}
