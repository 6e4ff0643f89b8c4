import { Opaque, type PlainValue } from './snapshot.js';

/** Long values are cut so that one bad field cannot flood a report. */
const maxQuoted = 60;

/**
 * A value as a validation message quotes it: strings in double quotes
 * (JSON-escaped, so control characters and quotes stay visible), numbers and
 * literals as written, containers by their type.
 *
 * @example describeValue('2023-02-30') // '"2023-02-30"'
 */
export function describeValue(value: PlainValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (value instanceof Opaque) return value.description;
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Map) return 'an object';
  if (typeof value === 'string') return quote(value);
  return String(value);
}

/** A string in double quotes, JSON-escaped and shortened if long. */
export function quote(text: string): string {
  const short = text.length > maxQuoted ? `${text.slice(0, maxQuoted - 1)}…` : text;
  return JSON.stringify(short);
}

/** `a, b or c` (or `a, b and c`): a list of values for a message. */
export function listOf(values: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${conjunction} ${values[values.length - 1]!}`;
}
