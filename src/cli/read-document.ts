import type { CliIO } from './io.js';

/** A JSON file read and parsed, or the one-line reason it could not be. */
export type ReadResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/**
 * Reads and parses a JSON file for a command. Failures are plain sentences
 * for stderr (no stack traces): a missing file, a directory, bad JSON with
 * its line and column.
 */
export async function readJsonFile(path: string, io: CliIO): Promise<ReadResult> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    return { ok: false, message: `cannot read ${path}: ${describeFileError(error)}` };
  }
  // A UTF-8 byte order mark is legal in files but not in JSON.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `${path} is not valid JSON: ${describeJsonError(error, text)}` };
  }
}

const fileErrors: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function describeFileError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return fileErrors[code] ?? (error instanceof Error ? error.message : String(error));
}

/**
 * V8 says where JSON went wrong as a character position (newer versions add
 * the line and column); people want the line and column.
 */
function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
  if (position === null) return reason;
  const offset = Math.min(Number(position[1]), text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${reason} at line ${line}, column ${column}`;
}
