import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { densityBins } from '../../../src/layout/densityBins.js';

describe('densityBins', () => {
  it('counts the starts that fall in each bin, per lane', () => {
    const bins = densityBins([Float64Array.of(0, 1, 5, 9.5), Float64Array.of(4, 4, 4)], 0, 10, 2);
    expect([...bins.edges]).toEqual([0, 5, 10]);
    expect([...bins.counts]).toEqual([2, 2, 3, 0]);
    expect(bins.max).toBe(3);
  });

  it('leaves out starts outside the window, and agrees with counting one by one', () => {
    const lane = fc.array(fc.integer({ min: -50, max: 150 }), { maxLength: 60 }).map((days) => Float64Array.from(days.sort((a, b) => a - b)));
    fc.assert(fc.property(fc.array(lane, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 12 }), (lanes, binCount) => {
      const bins = densityBins(lanes, 0, 100, binCount);
      for (const [l, starts] of lanes.entries()) {
        for (let b = 0; b < binCount; b += 1) {
          const expected = [...starts].filter((s) => s >= bins.edges[b]! && s < bins.edges[b + 1]!).length;
          expect(bins.counts[l * binCount + b]).toBe(expected);
        }
      }
    }));
  });
});
