import { checkDocument } from './check.js';
import type { ValidationIssue } from './types.js';

/**
 * Every problem in a timeline document at once, each with its JSON path and a
 * plain message that quotes the bad value; an empty list means the document
 * is valid. Dates are resolved here, so a date that cannot be read is one of
 * the problems. Never throws and never modifies `input`. After 1000
 * problems the list ends with one saying how many more there were.
 *
 * @example
 * validateTimeline({ events: [{ id: 'a', title: 'Talks', kind: 'talks', when: '2023-02-30' }] })
 * // [{ path: 'events[0].when', message: '"2023-02-30" is not a calendar date' }]
 */
export function validateTimeline(input: unknown): ValidationIssue[] {
  return checkDocument(input).issues;
}
