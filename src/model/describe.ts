import { Opaque } from './opaque.js';

/** Long values are cut so that one bad field cannot flood a report. */
const maxQuoted = 60;

/**
 * A value as a validation message quotes it: strings in double quotes
 * (JSON-escaped, so control characters and quotes stay visible), numbers and
 * literals as written, containers by their type, anything else (a function,
 * a Date, a class instance) by what it is. Reads no property of the value
 * and never throws, whatever it is given.
 *
 * @example describeValue('2023-02-30') // '"2023-02-30"'
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'string':
      return quote(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return 'a bigint';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    case 'object':
      break;
  }
  if (value === null) return 'null';
  if (value instanceof Opaque) return value.description;
  try {
    if (Array.isArray(value)) return 'an array';
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype === Object.prototype || prototype === null) return 'an object';
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return `a ${tag === 'Object' ? 'class instance' : `${tag} object`}`;
  } catch {
    // A proxy trap threw.
    return 'an unreadable value';
  }
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
