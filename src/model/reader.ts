/**
 * Reading an untrusted document without running its code.
 *
 * Validation reads user data only through this module. It never calls a
 * getter (an accessor property is reported, not read), treats `__proto__`
 * as an ordinary key, meets proxies whose traps throw with a description
 * instead of an exception, and copies nothing: the checker reads each
 * object's own fields once, when its walk over the known shape of a document
 * gets there, and builds its own values from what it read. Unknown fields
 * are never descended into, so no nesting in user data can make the walk
 * deep. (An earlier version copied the whole document into Maps first; at a
 * million events that copy cost more than everything else together.)
 */
import { describeValue } from './describe.js';
import { Opaque } from './opaque.js';

/** JSON cannot make a sparse array; a JavaScript caller can, and its length must not decide our time or memory. */
const maxArrayLength = 10_000_000;

const accessorProperty = new Opaque('an accessor property');

type Lookup = (this: unknown, key: PropertyKey) => unknown;
/**
 * The Annex B `__lookupGetter__` and `__lookupSetter__`, taken before any
 * user code runs. They tell an accessor from a data property without
 * allocating a property descriptor, which `Object.getOwnPropertyDescriptor`
 * does for every field; at a million events those descriptors were a third
 * of everything a check allocated. A key from `Object.keys` is an own
 * property, so neither looks beyond the object itself.
 */
const lookupGetter = Reflect.get(Object.prototype, '__lookupGetter__') as Lookup;
const lookupSetter = Reflect.get(Object.prototype, '__lookupSetter__') as Lookup;
const hasOwn = Object.hasOwn;

/**
 * The value of an own property without running a getter: an `Opaque` for
 * an accessor, undefined for a data property whose value is undefined.
 */
function dataValue(source: object, key: string | number): unknown {
  if (lookupGetter.call(source, key) !== undefined) return accessorProperty;
  const value: unknown = (source as Record<string | number, unknown>)[key];
  // A setter without a getter reads as undefined too.
  if (value === undefined && lookupSetter.call(source, key) !== undefined) return accessorProperty;
  return value;
}
const emptySlot = new Opaque('an empty array slot');
const undefinedItem = new Opaque('undefined');
const noKeys: readonly string[] = Object.freeze([]);

/**
 * The fields of one object as read: known fields by their position in
 * `known`, unknown keys in document order. Fields whose value is
 * `undefined` count as absent, as in `JSON.stringify`. A checker keeps one
 * per shape and reads every object of that shape into it, so reading an
 * object allocates nothing but its key list.
 */
export class FieldValues<K extends string = string> {
  /** The raw field values, by position in `known`; `undefined` when absent. */
  readonly values: unknown[];
  /** Keys that are not in `known`, in document order. */
  unknownKeys: readonly string[] = noKeys;

  constructor(readonly known: readonly K[]) {
    this.values = new Array<unknown>(known.length).fill(undefined);
  }

  /** The field's raw value (an `Opaque` for an accessor), or undefined when absent. */
  get(key: K): unknown {
    return this.values[this.known.indexOf(key)];
  }

  /** Whether the field is present. */
  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  private clear(): void {
    this.values.fill(undefined);
    this.unknownKeys = noKeys;
  }

  /**
   * Reads the own enumerable fields of `value` into this record. Returns
   * undefined when `value` is a plain object, else a description of what it
   * is instead (for a message such as `expected a place object, got an
   * array`). Never throws.
   */
  read(value: unknown): string | undefined {
    this.clear();
    if (typeof value !== 'object' || value === null) return describeValue(value);
    try {
      if (Array.isArray(value)) return 'an array';
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return describeValue(value);
      const keys = Object.keys(value);
      const known = this.known as readonly string[];
      let unknown: string[] | undefined;
      for (let index = 0; index < keys.length; index += 1) {
        const key = keys[index]!;
        const field = dataValue(value, key);
        if (field === undefined) continue;
        const at = known.indexOf(key);
        if (at >= 0) this.values[at] = field;
        else (unknown ??= []).push(key);
      }
      if (unknown !== undefined) this.unknownKeys = unknown;
    } catch {
      // A proxy trap threw: the object cannot be read as data.
      this.clear();
      return 'an unreadable value';
    }
    return undefined;
  }
}

/**
 * The items of an array, read once into a fresh array (holes and accessors
 * become `Opaque` values that describe them), or a description of what
 * `value` is instead. Never throws.
 */
export function readItems(value: unknown): unknown[] | string {
  if (typeof value !== 'object' || value === null) return describeValue(value);
  try {
    if (!Array.isArray(value)) return describeValue(value);
    const source = value as unknown[];
    const length = source.length;
    if (length > maxArrayLength) return `an array of more than ${maxArrayLength} elements`;
    const items = new Array<unknown>(length);
    for (let index = 0; index < length; index += 1) {
      const item = hasOwn(source, index) ? dataValue(source, index) : emptySlot;
      items[index] = item === undefined ? undefinedItem : item;
    }
    return items;
  } catch {
    return 'an unreadable value';
  }
}

/**
 * The raw `id` field of a plain object, read alone (undefined if there is
 * none or `value` is no plain object). Never throws. The checker collects
 * ids before it checks items, so that references may point forwards, and
 * confirms each id when it reads the whole item.
 */
export function readId(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    if (Array.isArray(value)) return undefined;
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return undefined;
    return hasOwn(value, 'id') ? dataValue(value, 'id') : undefined;
  } catch {
    return undefined;
  }
}
