import type { ValidationIssue } from './types.js';

/** How many issues the message spells out; the rest are in `issues`. */
const listedInMessage = 5;

/**
 * Thrown by `parseTimeline` when a document has problems. `issues` holds
 * every one of them (the same list `validateTimeline` returns); the message
 * names the first few so a log line or a test failure is useful on its own.
 *
 * @example
 * try { parseTimeline(doc) } catch (error) {
 *   if (error instanceof TimelineValidationError) for (const { path, message } of error.issues) …
 * }
 */
export class TimelineValidationError extends Error {
  /** Every problem found, each with its JSON path. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(describeIssues(issues));
    this.name = 'TimelineValidationError';
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ path: issue.path, message: issue.message })));
  }
}

function describeIssues(issues: readonly ValidationIssue[]): string {
  const count = issues.length;
  const head = `The timeline document has ${count} ${count === 1 ? 'problem' : 'problems'}:`;
  const lines = issues.slice(0, listedInMessage).map((issue) => `  ${issue.path}: ${issue.message}`);
  if (count > listedInMessage) lines.push(`  … and ${count - listedInMessage} more`);
  return [head, ...lines].join('\n');
}
