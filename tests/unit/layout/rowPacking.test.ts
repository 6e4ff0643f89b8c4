import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { packRows } from '../../../src/layout/rowPacking.js';

describe('packRows', () => {
  it('reuses the lowest free row and opens rows only for overlaps', () => {
    const { rows, rowCount } = packRows(Float64Array.of(0, 5, 12, 13, 30), Float64Array.of(10, 15, 20, 14, 31));
    expect([...rows]).toEqual([0, 1, 0, 2, 0]);
    expect(rowCount).toBe(3);
  });

  it('treats touching footprints as not overlapping', () => {
    expect([...packRows(Float64Array.of(0, 10), Float64Array.of(10, 20)).rows]).toEqual([0, 0]);
  });

  it('caps the rows, sharing the row that frees up first', () => {
    const starts = Float64Array.of(0, 1, 2, 3, 20);
    const ends = Float64Array.of(10, 5, 12, 14, 30);
    const { rows, rowCount } = packRows(starts, ends, 2);
    expect(rowCount).toBe(2);
    // Item 2 starts at 2 while rows 0 (to 10) and 1 (to 5) are busy: it shares row 1, which frees first.
    expect([...rows]).toEqual([0, 1, 1, 0, 0]);
  });

  it('refuses unsorted input (a programmer error)', () => {
    expect(() => packRows(Float64Array.of(5, 1), Float64Array.of(6, 2))).toThrow(RangeError);
  });

  it('never puts overlapping items in one row, and uses the minimum number of rows', () => {
    const interval = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 200 }));
    fc.assert(fc.property(fc.array(interval, { maxLength: 80 }), (pairs) => {
      const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
      const starts = Float64Array.from(sorted, ([s]) => s);
      const ends = Float64Array.from(sorted, ([s, w]) => s + w);
      const { rows, rowCount } = packRows(starts, ends);
      const byRow = new Map<number, number[]>();
      rows.forEach((row, i) => byRow.set(row, [...(byRow.get(row) ?? []), i]));
      for (const members of byRow.values()) {
        for (let k = 1; k < members.length; k += 1) {
          const previous = members[k - 1]!, current = members[k]!;
          expect(starts[current]!).toBeGreaterThanOrEqual(Math.max(ends[previous]!, starts[previous]!));
        }
      }
      // The row count equals the largest number of items covering one point.
      let depth = 0;
      for (let i = 0; i < starts.length; i += 1) {
        let covering = 0;
        for (let j = 0; j <= i; j += 1) if (ends[j]! > starts[i]! || j === i) covering += 1;
        depth = Math.max(depth, covering);
      }
      expect(rowCount).toBe(depth);
    }));
  });
});
