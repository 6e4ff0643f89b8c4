/**
 * Words for an event's kind and status, and the full label a screen reader
 * speaks for a mark.
 */
import type { EventStatus, TimelineEvent } from '../model/types.js';
import { describeResolved } from './dateText.js';

/** A status in words ("did not occur"). */
export function statusText(status: EventStatus): string {
  return status.replace(/-/g, ' ');
}

/**
 * The full spoken label of an event:
 * "13 July 2023, talks, occurred: Blinken and Wang Yi hold talks in Jakarta".
 */
export function eventLabel(event: TimelineEvent, locale: string): string {
  return `${describeResolved(event.when, locale)}, ${event.kind}, ${statusText(event.status)}: ${event.title}`;
}
