/**
 * Words for an event's kind and status, and the full label a screen reader
 * speaks for a mark.
 */
import type { Language } from '../i18n/messages.js';
import type { EventKind, EventStatus, TimelineEvent } from '../model/types.js';
import { describeResolved } from './dateText.js';

/** A status in words ("did not occur"). */
export function statusText(status: EventStatus, language: Language): string {
  return language.text(`status.${status}`);
}

/** A kind in words ("talks"). */
export function kindText(kind: EventKind, language: Language): string {
  return language.text(`kind.${kind}`);
}

/**
 * The full spoken label of an event:
 * "13 July 2023, talks, occurred: Blinken and Wang Yi hold talks in Jakarta".
 */
export function eventLabel(event: TimelineEvent, language: Language): string {
  return language.text('event.label', {
    date: describeResolved(event.when, language), kind: kindText(event.kind, language), status: statusText(event.status, language), title: event.title,
  });
}
