// The one time order: earliest day, then length, then position. The packed
// numeric-key sort is a speed fork; these properties pin it, and the exact
// fallback, to a plain comparator sort.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/layout/computeLayout.js';
import { Timeline } from '../../../src/model/timeline.js';
import { formatDay } from '../../../src/time/calendar.js';
import { timeOrder } from '../../../src/time/timeOrder.js';
import { event, when } from '../layout/factory.js';

/** The rule, written the plain way: earliest day, then length, then position. */
function comparatorOrder(earliest: readonly number[], latest: readonly number[]): number[] {
  return earliest
    .map((_, index) => index)
    .sort((a, b) => earliest[a]! - earliest[b]! || (latest[a]! - earliest[a]!) - (latest[b]! - earliest[b]!) || a - b);
}

/** Spans as [earliest, length] pairs, split into day columns. */
function columns(spans: readonly (readonly [number, number])[]): [number[], number[]] {
  return [spans.map(([start]) => start), spans.map(([start, length]) => start + length)];
}

const orderOf = (spans: readonly (readonly [number, number])[]) => Array.from(timeOrder(...columns(spans)));

describe('timeOrder', () => {
  it('sorts by earliest day, then length, then position', () => {
    // Day numbers: 19_551 is 2023-07-14.
    expect(orderOf([[19_551, 0], [19_550, 10], [19_551, 0], [19_551, 3], [19_550, 0]])).toEqual([4, 1, 0, 2, 3]);
    expect(orderOf([])).toEqual([]);
    expect(orderOf([[5, 2]])).toEqual([0]);
  });

  it('agrees with a comparator sort, ties and equal starts included (packed keys)', () => {
    // Few distinct days and lengths, so that equal starts and whole ties are common.
    const spans = fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 0, max: 3 })), { maxLength: 60 });
    fc.assert(fc.property(spans, (list) => {
      expect(orderOf(list)).toEqual(comparatorOrder(...columns(list)));
    }), { numRuns: 500 });
  });

  it('agrees with a comparator sort over real day ranges (years 0–9999, spans up to centuries)', () => {
    const spans = fc.array(fc.tuple(fc.integer({ min: -719_528, max: 2_932_896 }), fc.integer({ min: 0, max: 40_000 })), { maxLength: 200 });
    fc.assert(fc.property(spans, (list) => {
      expect(orderOf(list)).toEqual(comparatorOrder(...columns(list)));
    }), { numRuns: 200 });
  });

  it('falls back to the exact comparator where keys would not pack, with the same result', () => {
    // Starts and lengths too far apart to pack, fractional days, and a span ending before it starts.
    const huge = fc.tuple(fc.constantFrom(-(2 ** 52), -1e12, 0, 1, 1e12, 2 ** 52), fc.constantFrom(0, 1, 1e9));
    const fractional = fc.tuple(fc.constantFrom(0, 0.5, 1, 1.5), fc.constantFrom(0, 0.25, 1));
    const backwards = fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -2, max: 2 }));
    for (const spans of [huge, fractional, backwards]) {
      fc.assert(fc.property(fc.array(spans, { maxLength: 40 }), (list) => {
        expect(orderOf(list)).toEqual(comparatorOrder(...columns(list)));
      }), { numRuns: 200 });
    }
  });

  it('is exact right up to the edge of exact floats and past it', () => {
    // (range of starts) × (longest + 1) × count = range × 2^22: 2^53 - 2^22 packs; from 2^53 on,
    // packed keys would round and lose positions, so the comparator must take over.
    const longest = 2 ** 20 - 1;
    for (const range of [2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2 ** 33]) {
      expect(orderOf([[range - 1, longest], [0, longest], [range - 1, 0], [0, 0]])).toEqual([3, 1, 2, 0]);
    }
  });

  it('returns positions as a Uint32Array and rejects columns of different lengths', () => {
    expect(timeOrder([2, 1], [2, 1])).toEqual(Uint32Array.of(1, 0));
    expect(timeOrder(Float64Array.of(2, 1), Float64Array.of(3, 1))).toBeInstanceOf(Uint32Array);
    expect(() => timeOrder([1, 2], [1])).toThrow(RangeError);
  });
});

describe('one order for every tier', () => {
  // Spans with many equal starts and ties, in a random document order.
  const spans = fc.array(fc.tuple(fc.integer({ min: 19_500, max: 19_506 }), fc.integer({ min: 0, max: 3 })), { maxLength: 40 });

  it('Timeline and computeLayout both list events in timeOrder', () => {
    fc.assert(fc.property(spans, (list) => {
      const given = list.map(([start, length], index) => event({ id: `e${index}`, when: when(formatDay(start), formatDay(start + length)) }));
      const expected = Array.from(timeOrder(...columns(list)), (position) => given[position]!.id);
      const timeline = new Timeline({ events: given });
      expect(timeline.events.map((e) => e.id)).toEqual(expected);
      expect(computeLayout({ events: given, actors: [] }).events.map((e) => e.id)).toEqual(expected);
    }), { numRuns: 200 });
  });
});
