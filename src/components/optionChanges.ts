/**
 * What changed between two sets of render options, for the framework
 * components: a component re-rendered with a new but equal options object
 * must not touch its view.
 */
import type { RenderOptions } from 'diplomatic-timeline';

/**
 * Whether two option values are the same: plain objects and arrays compare
 * by their contents, dates by their time, and everything else (functions
 * such as `laneBy` or `filter` included) by identity.
 *
 * @example
 * sameOptionValue({ from: '2023-07-01', to: '2023-07-31' }, { from: '2023-07-01', to: '2023-07-31' }); // true
 * sameOptionValue(() => 'a', () => 'a'); // false: two functions
 */
export function sameOptionValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => sameOptionValue(value, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length
      && keys.every((key) => Object.hasOwn(b, key) && sameOptionValue(a[key], b[key]));
  }
  return false;
}

/**
 * The options to pass to `view.update` to go from `previous` to `next`:
 * only the options that changed, with those no longer given set to
 * `undefined` (their default). Undefined when nothing changed.
 */
export function optionChanges(previous: RenderOptions | undefined, next: RenderOptions | undefined): RenderOptions | undefined {
  const before = (previous ?? {}) as Readonly<Record<string, unknown>>;
  const after = (next ?? {}) as Readonly<Record<string, unknown>>;
  const changes: Record<string, unknown> = {};
  let changed = false;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!sameOptionValue(before[key], after[key])) {
      changes[key] = after[key];
      changed = true;
    }
  }
  return changed ? changes : undefined;
}

/**
 * A copy of options that later changes to the original (a Vue reactive
 * object edited in place, say) do not reach: plain objects and arrays are
 * copied, other values kept as they are.
 */
export function snapshotOptions(options: RenderOptions | undefined): RenderOptions | undefined {
  return options === undefined ? undefined : copy(options) as RenderOptions;
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copy(item)]));
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
