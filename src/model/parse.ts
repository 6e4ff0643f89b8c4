import { checkDocument } from './check.js';
import { TimelineValidationError } from './errors.js';
import { markUnshared, Timeline } from './timeline.js';

/**
 * Validates a timeline document and resolves it into an immutable
 * `Timeline`: dates resolved, `status` defaulting to "unknown", events in
 * time order. The timeline shares no object with `input`, which is never
 * modified.
 *
 * @throws TimelineValidationError listing every problem when the document is invalid.
 * @example
 * const timeline = parseTimeline(JSON.parse(text));
 * timeline.events[0].when.earliest; // '2023-07-13'
 */
export function parseTimeline(input: unknown): Timeline {
  const { issues, document } = checkDocument(input);
  if (document === undefined) throw new TimelineValidationError(issues);
  // The checked document is built fresh and frozen by the check: no copy needed.
  return new Timeline(markUnshared(document, document.eventIds));
}
