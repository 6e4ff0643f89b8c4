import { bisectLeft, bisectRight } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { firstAfter, firstAtOrAfter } from '../../../src/model/sortedDays.js';

// The model's searches are written out to keep d3 out of the model entry;
// they must answer exactly as the d3-array functions they stand for.
describe('searches over sorted day columns', () => {
  const column = fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 }).map((days) => Float64Array.from(days.sort((a, b) => a - b)));

  test('firstAtOrAfter is bisectLeft', () => {
    fc.assert(fc.property(column, fc.integer({ min: -60, max: 60 }), (sorted, day) => {
      expect(firstAtOrAfter(sorted, day)).toBe(bisectLeft(sorted, day));
    }));
  });

  test('firstAfter is bisectRight', () => {
    fc.assert(fc.property(column, fc.integer({ min: -60, max: 60 }), (sorted, day) => {
      expect(firstAfter(sorted, day)).toBe(bisectRight(sorted, day));
    }));
  });

  test('an empty column', () => {
    expect(firstAtOrAfter(new Float64Array(0), 3)).toBe(0);
    expect(firstAfter(new Float64Array(0), 3)).toBe(0);
  });
});
