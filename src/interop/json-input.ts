/**
 * Reading the JSON-based formats: an importer accepts either the text of a
 * file or an already parsed value, and malformed JSON is a FormatError
 * (with the parser's position), never a SyntaxError escaping to the caller.
 */
import { FormatError } from './format-error.js';

/** A parsed JSON object, as importers read it: every value is unknown until checked. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** Whether a value is a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses JSON text (a leading byte-order mark is ignored), or passes a value through. */
export function readJson(format: string, input: string | object): unknown {
  if (typeof input !== 'string') return input;
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FormatError(format, [{ path: '', message: `not valid JSON: ${reason}` }]);
  }
}

/** A short, safe rendering of an unexpected value for a message. */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
