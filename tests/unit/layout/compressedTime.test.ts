// The compressed time scale: the warp is monotone and invertible, busy days
// get slots, empty stretches shrink and are reported as breaks, and a day
// scale through the warp maps days to pixels and back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compressTime } from '../../../src/layout/compressedTime.js';
import { dayToX, unwarpDay, warpDay, xToDay, zoomFactor } from '../../../src/layout/dayScale.js';

// At least two distinct days: with fewer there is nothing to compress (see the first test).
const days = fc.array(fc.integer({ min: 18_000, max: 22_000 }), { minLength: 2, maxLength: 60 }).filter((starts) => new Set(starts).size >= 2);

describe('compressTime', () => {
  it('is undefined with fewer than two distinct days', () => {
    expect(compressTime([19_000, 19_000])).toBeUndefined();
  });

  it('gives each start day a slot, and shrinks a long empty stretch to a break', () => {
    const compressed = compressTime([0, 1, 40])!;
    expect(compressed.breaks).toEqual([{ from: 2, to: 40 }]);
    const { warp } = compressed;
    const slot = warpDay(warp, 1) - warpDay(warp, 0);
    const stretch = warpDay(warp, 40) - warpDay(warp, 2);
    expect(slot).toBeGreaterThan(0);
    // 38 empty days take less room than one day with an event.
    expect(stretch).toBeLessThan(slot);
  });

  it('gives busier days wider slots', () => {
    const { warp } = compressTime([0, 0, 0, 0, 5, 9])!;
    expect(warpDay(warp, 1) - warpDay(warp, 0)).toBeGreaterThan(warpDay(warp, 6) - warpDay(warp, 5));
  });

  it('shrinks the stretch after the last start up to the last end', () => {
    const { warp, breaks } = compressTime([0, 1], [], 60)!;
    expect(breaks).toEqual([{ from: 2, to: 60 }]);
    expect(warpDay(warp, 60) - warpDay(warp, 2)).toBeLessThan(warpDay(warp, 2) - warpDay(warp, 0));
  });

  it('is monotone and invertible, inside and outside the knots', () => {
    fc.assert(fc.property(days, fc.double({ min: 17_000, max: 23_000, noNaN: true }), fc.double({ min: 0.01, max: 500, noNaN: true }), (starts, day, step) => {
      const { warp } = compressTime(starts)!;
      expect(warpDay(warp, day + step)).toBeGreaterThan(warpDay(warp, day));
      expect(unwarpDay(warp, warpDay(warp, day))).toBeCloseTo(day, 6);
    }));
  });
});

describe('a day scale through a warp', () => {
  it('maps days to pixels and back, and zooms by the ratio of warped spans', () => {
    fc.assert(fc.property(days, fc.double({ min: 0, max: 1, noNaN: true }), (starts, t) => {
      const { warp } = compressTime(starts)!;
      const from = Math.min(...starts) - 3, to = Math.max(...starts) + 4;
      const scale = { from, to, x0: 100, x1: 1100, warp };
      expect(dayToX(scale, from)).toBeCloseTo(100, 6);
      expect(dayToX(scale, to)).toBeCloseTo(1100, 6);
      const x = 100 + t * 1000;
      expect(dayToX(scale, xToDay(scale, x))).toBeCloseTo(x, 6);
      expect(zoomFactor(scale, from, to)).toBeCloseTo(1, 9);
    }));
  });
});
