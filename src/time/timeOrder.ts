/**
 * Timeline order, the one sort order of events: by earliest day, then by
 * length (among equal starts, the shorter first: ordering by length there
 * is ordering by latest day), then by position in the input (a stable sort).
 * The model's `Timeline` and the layout both sort with it.
 */
import type { DayNumber } from './calendar.js';

/**
 * The positions of spans in timeline order: `order[i]` is the position (in
 * the columns given) of the `i`-th span. Pure over the day columns: span `p`
 * runs from `earliestDays[p]` to `latestDays[p]`, inclusive.
 *
 * When earliest day, length and position pack into one exact float, as
 * they do for any real document (whole days, latest not before earliest,
 * (days between the first and last start + 1) × (longest length + 1) ×
 * count within 2^53), the packed keys are sorted natively in a
 * Float64Array, several times faster than a comparator; otherwise a
 * comparator sorts the positions, with the same result.
 *
 * @example timeOrder([19551, 19550, 19551], [19551, 19560, 19551]) // Uint32Array [1, 0, 2]
 */
export function timeOrder(earliestDays: ArrayLike<DayNumber>, latestDays: ArrayLike<DayNumber>): Uint32Array {
  const count = earliestDays.length;
  if (latestDays.length !== count) {
    throw new RangeError(`timeOrder: ${count} earliest days but ${latestDays.length} latest days`);
  }
  let firstStart = Infinity, lastStart = -Infinity, longest = 0, packable = true;
  for (let index = 0; index < count; index += 1) {
    const start = earliestDays[index]!, length = latestDays[index]! - start;
    if (start < firstStart) firstStart = start;
    if (start > lastStart) lastStart = start;
    if (length > longest) longest = length;
    if (!Number.isInteger(start) || !Number.isInteger(length) || length < 0) packable = false;
  }
  const order = new Uint32Array(count);
  if (count === 0) return order;
  const lengthRange = longest + 1;
  // Every key is below this product, and each step of the key is exact when it is at most 2^53 - 1.
  if (packable && (lastStart - firstStart + 1) * lengthRange * count <= Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(count);
    for (let index = 0; index < count; index += 1) {
      const start = earliestDays[index]!;
      keys[index] = ((start - firstStart) * lengthRange + (latestDays[index]! - start)) * count + index;
    }
    keys.sort();
    for (let index = 0; index < count; index += 1) order[index] = keys[index]! % count;
    return order;
  }
  // Latest day rather than length: the same order among equal starts, and exact where a length would round.
  return order.map((_, index) => index).sort((a, b) => earliestDays[a]! - earliestDays[b]! || latestDays[a]! - latestDays[b]! || a - b);
}
