/**
 * A private, plain copy of an untrusted document.
 *
 * Validation reads user data exactly once, here, and afterwards works only on
 * the copy. That is what lets it promise to never throw, never mutate the
 * input and never alias it: getters, proxies, class instances, `__proto__`
 * keys and absurd nesting are all met in one small, guarded place, and each
 * becomes an `Opaque` marker that the validator reports as a wrong type.
 */

/** A value that is not JSON data (a function, a Date, a getter, …), kept only for its description. */
export class Opaque {
  constructor(readonly description: string) {}
}

/** A JSON-like value. Objects are Maps so that keys such as `__proto__` stay ordinary keys. */
export type PlainValue = null | boolean | number | string | PlainValue[] | PlainObject | Opaque;

/** A JSON object, as an insertion-ordered Map. */
export type PlainObject = Map<string, PlainValue>;

/**
 * Documents are a handful of levels deep; anything far deeper is not a
 * timeline, and the cap keeps the copy (and everything after it) bounded.
 */
const maxDepth = 32;

interface Pending {
  readonly source: unknown;
  readonly depth: number;
  readonly store: (value: PlainValue) => void;
}

/**
 * Copies `input` into plain values, iteratively (no recursion over user data).
 * Never throws. Properties whose value is `undefined` count as absent, as in
 * `JSON.stringify`.
 */
export function snapshot(input: unknown): PlainValue {
  let root: PlainValue = null;
  const stack: Pending[] = [{ source: input, depth: 0, store: (value) => { root = value; } }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { source, depth, store } = next;
    try {
      store(copyOne(source, depth, stack));
    } catch {
      // A proxy trap or exotic getter threw: the value cannot be read as data.
      store(new Opaque('an unreadable value'));
    }
  }
  return root;
}

function copyOne(source: unknown, depth: number, stack: Pending[]): PlainValue {
  switch (typeof source) {
    case 'string':
    case 'boolean':
      return source;
    case 'number':
      return Number.isFinite(source) ? source : new Opaque(String(source));
    case 'undefined':
      return new Opaque('undefined');
    case 'bigint':
      return new Opaque('a bigint');
    case 'symbol':
      return new Opaque('a symbol');
    case 'function':
      return new Opaque('a function');
    case 'object':
      break;
  }
  if (source === null) return null;
  if (depth >= maxDepth) return new Opaque(`a value nested more than ${maxDepth} levels deep`);
  if (Array.isArray(source)) {
    const items: PlainValue[] = [];
    const length = source.length;
    for (let index = 0; index < length; index += 1) {
      const slot = items.length;
      items.push(null);
      const descriptor = Object.getOwnPropertyDescriptor(source, index);
      if (descriptor === undefined) items[slot] = new Opaque('an empty array slot');
      else if (!('value' in descriptor)) items[slot] = new Opaque('an accessor property');
      else stack.push({ source: descriptor.value, depth: depth + 1, store: (value) => { items[slot] = value; } });
    }
    return items;
  }
  const prototype: unknown = Object.getPrototypeOf(source);
  if (prototype !== Object.prototype && prototype !== null) {
    const tag = Object.prototype.toString.call(source).slice(8, -1);
    return new Opaque(`a ${tag === 'Object' ? 'class instance' : `${tag} object`}`);
  }
  const copy: PlainObject = new Map();
  for (const key of Object.keys(source)) {
    const descriptor = Object.getOwnPropertyDescriptor(source, key);
    if (descriptor === undefined) continue;
    if (!('value' in descriptor)) {
      copy.set(key, new Opaque('an accessor property'));
      continue;
    }
    if (descriptor.value === undefined) continue;
    copy.set(key, null);
    stack.push({ source: descriptor.value, depth: depth + 1, store: (value) => { copy.set(key, value); } });
  }
  return copy;
}

/** Whether a plain value is a JSON object. */
export function isPlainObject(value: PlainValue | undefined): value is PlainObject {
  return value instanceof Map;
}
