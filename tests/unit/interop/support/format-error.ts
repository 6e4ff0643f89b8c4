import { FormatError } from '../../../../src/interop/format-error.js';

/** The issues of the FormatError `run` throws; fails the test if it throws anything else or nothing. */
export function formatIssues(run: () => unknown): readonly { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error.issues;
    throw error;
  }
  throw new Error('expected a FormatError');
}
