import fc from 'fast-check';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { compressTime } from '../../../src/layout/compressedTime.js';
import type { DayScale } from '../../../src/layout/dayScale.js';
import { dayToX, xToDay } from '../../../src/layout/dayScale.js';
import { scaleInView, transformPannedBy, transformShowing, transformZoomedBy } from '../../../src/render/zoomWindow.js';

const linear: DayScale = { from: 0, to: 100, x0: 40, x1: 1040 };
// Starts on days 0, 1, 2, 40, 41 and 300: two long empty stretches, compressed.
const compressed = compressTime([0, 1, 2, 40, 41, 300])!;
const warped: DayScale = { from: 0, to: 301, x0: 40, x1: 1040, warp: compressed.warp };
const scales = [['linear', linear], ['warped', warped]] as const;
/** Wide enough that no zoom in these tests is clamped (clamping has its own test). */
const extent = [1e-6, 1e9] as const;

describe('zoomWindow', () => {
  it('has a compressed scale to test with', () => {
    expect(compressed.breaks.length).toBeGreaterThan(0);
    // Not linear: the same days are drawn at different widths.
    expect(dayToX(warped, 1) - dayToX(warped, 0)).not.toBeCloseTo(dayToX(warped, 21) - dayToX(warped, 20), 3);
  });

  for (const [name, initial] of scales) {
    describe(`on a ${name} scale`, () => {
      it('shows the initial window under the identity transform', () => {
        const scale = scaleInView(initial, zoomIdentity);
        expect(scale.from).toBeCloseTo(initial.from, 9);
        expect(scale.to).toBeCloseTo(initial.to, 9);
        expect([scale.x0, scale.x1, scale.warp]).toEqual([initial.x0, initial.x1, initial.warp]);
      });

      it('shows days [from, to): transformShowing then scaleInView round-trips', () => {
        fc.assert(fc.property(
          fc.double({ min: initial.from - 50, max: initial.to + 50, noNaN: true }),
          fc.double({ min: 0.5, max: 400, noNaN: true }),
          (from, length) => {
            const scale = scaleInView(initial, transformShowing(initial, from, from + length));
            expect(scale.from).toBeCloseTo(from, 6);
            expect(scale.to).toBeCloseTo(from + length, 6);
          }));
      });

      it('keeps the day under the zoom centre where it was', () => {
        fc.assert(fc.property(
          fc.double({ min: initial.from, max: initial.to - 1, noNaN: true }),
          fc.double({ min: 0.25, max: 8, noNaN: true }),
          fc.double({ min: initial.x0, max: initial.x1, noNaN: true }),
          fc.double({ min: 1 / 16, max: 16, noNaN: true }),
          (from, length, centerX, factor) => {
            const before = transformShowing(initial, from, from + length);
            const after = transformZoomedBy(initial, before, factor, extent, centerX);
            expect(after.k).toBeCloseTo(before.k * factor, 9);
            const dayBefore = xToDay(scaleInView(initial, before), centerX);
            const dayAfter = xToDay(scaleInView(initial, after), centerX);
            expect(dayAfter).toBeCloseTo(dayBefore, 6);
          }));
      });

      it('zooms about the middle of the plot by default, within the scale extent', () => {
        const middle = (initial.x0 + initial.x1) / 2;
        const before = transformShowing(initial, initial.from + 10, initial.from + 30);
        const after = transformZoomedBy(initial, before, 2, extent);
        expect(xToDay(scaleInView(initial, after), middle)).toBeCloseTo(xToDay(scaleInView(initial, before), middle), 6);
        // Clamped to the extent, and still about the centre.
        const clamped = transformZoomedBy(initial, zoomIdentity, 1e9, [0.5, 3], initial.x0 + 100);
        expect(clamped.k).toBe(3);
        expect(xToDay(scaleInView(initial, clamped), initial.x0 + 100)).toBeCloseTo(xToDay(initial, initial.x0 + 100), 6);
        expect(transformZoomedBy(initial, zoomIdentity, 1e-9, [0.5, 3]).k).toBe(0.5);
      });

      it('pans by pixels: positive moves the view later, by the same pixels at any zoom', () => {
        const before = transformShowing(initial, initial.from + 5, initial.from + 25);
        const after = transformPannedBy(before, 120);
        expect(after.k).toBe(before.k);
        expect(after.x).toBeCloseTo(before.x - 120, 9);
        // The day that was 120 px right of the left edge is now at the left edge.
        const scaleBefore = scaleInView(initial, before);
        expect(scaleInView(initial, after).from).toBeCloseTo(xToDay(scaleBefore, initial.x0 + 120), 6);
        expect(scaleInView(initial, after).from).toBeGreaterThan(scaleBefore.from);
      });
    });
  }
});
