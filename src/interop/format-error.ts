/**
 * Malformed input of any interchange format. Unlike a lossy conversion
 * (a warning), the input cannot be read at all; the issues say where, in the
 * same path style as document validation (`items[3].start: "x" is not a date`).
 */
import type { ValidationIssue } from '../model/types.js';

/** How many issues the error message spells out before summarizing the rest. */
const messageIssueLimit = 5;

/**
 * Thrown by every importer when its input is malformed. It is the only
 * exception an importer throws on user data.
 *
 * @example
 * try { fromCsv(text); } catch (error) {
 *   if (error instanceof FormatError) for (const i of error.issues) console.error(`${i.path}: ${i.message}`);
 * }
 */
export class FormatError extends Error {
  /** The format that could not be read, e.g. `csv`. */
  readonly format: string;
  readonly issues: readonly ValidationIssue[];

  constructor(format: string, issues: readonly ValidationIssue[]) {
    const shown = issues.slice(0, messageIssueLimit).map((issue) => issue.path ? `${issue.path}: ${issue.message}` : issue.message);
    const more = issues.length > messageIssueLimit ? [`… and ${issues.length - messageIssueLimit} more`] : [];
    super([`malformed ${format} input (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'})`, ...shown, ...more].join('\n'));
    this.name = 'FormatError';
    this.format = format;
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ path: issue.path, message: issue.message })));
  }
}

/**
 * Gathers issues while an importer reads its input, so that one run reports
 * every problem it can find instead of stopping at the first.
 */
export class IssueLog {
  readonly #format: string;
  readonly #issues: ValidationIssue[] = [];

  constructor(format: string) {
    this.#format = format;
  }

  /** Records one problem at a path. */
  add(path: string, message: string): void {
    this.#issues.push({ path, message });
  }

  /** Whether any problem was recorded. */
  get failed(): boolean {
    return this.#issues.length > 0;
  }

  /** Throws a FormatError with everything recorded, if anything was. */
  throwIfAny(): void {
    if (this.#issues.length > 0) throw new FormatError(this.#format, this.#issues);
  }

  /** Records one problem and throws at once: for input too broken to read further. */
  fail(path: string, message: string): never {
    this.add(path, message);
    throw new FormatError(this.#format, this.#issues);
  }
}
