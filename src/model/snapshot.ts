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

/** JSON cannot make a sparse array; a JavaScript caller can, and its length must not decide our memory. */
const maxArrayLength = 10_000_000;

/** A value still to copy, and the slot of the copy it goes into. */
interface Pending {
  readonly source: unknown;
  readonly depth: number;
  readonly parent: PlainValue[] | PlainObject;
  readonly key: number | string;
}

function store(parent: PlainValue[] | PlainObject, key: number | string, value: PlainValue): void {
  if (Array.isArray(parent)) parent[key as number] = value;
  else parent.set(key as string, value);
}

/**
 * Copies `input` into plain values, iteratively (no recursion over user data).
 * Never throws. Properties whose value is `undefined` count as absent, as in
 * `JSON.stringify`.
 */
export function snapshot(input: unknown): PlainValue {
  // The root goes into a one-slot array so that every value has a parent slot.
  const top: PlainValue[] = [null];
  const stack: Pending[] = [{ source: input, depth: 0, parent: top, key: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    let value: PlainValue;
    try {
      value = copyOne(next.source, next.depth, stack);
    } catch {
      // A proxy trap or exotic getter threw: the value cannot be read as data.
      value = new Opaque('an unreadable value');
    }
    store(next.parent, next.key, value);
  }
  return top[0]!;
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
    const length = source.length;
    if (length > maxArrayLength) return new Opaque(`an array of more than ${maxArrayLength} elements`);
    const items = new Array<PlainValue>(length).fill(null);
    for (let index = 0; index < length; index += 1) {
      const descriptor = Object.getOwnPropertyDescriptor(source, index);
      if (descriptor === undefined) items[index] = new Opaque('an empty array slot');
      else if (!('value' in descriptor)) items[index] = new Opaque('an accessor property');
      else stack.push({ source: descriptor.value, depth: depth + 1, parent: items, key: index });
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
    // Set now to keep the document's key order; the copied value replaces it.
    copy.set(key, null);
    stack.push({ source: descriptor.value, depth: depth + 1, parent: copy, key });
  }
  return copy;
}

/** Whether a plain value is a JSON object. */
export function isPlainObject(value: PlainValue | undefined): value is PlainObject {
  return value instanceof Map;
}
