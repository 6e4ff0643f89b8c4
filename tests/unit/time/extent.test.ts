import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateExtent } from '../../../src/time/extent.js';
import { toDayNumber } from '../../../src/time/calendar.js';
import { parseEdtf } from '../../../src/time/edtf.js';

describe('DateExtent', () => {
  it('parses days and reports its span', () => {
    const june = DateExtent.parse('2023-06-01', '2023-06-30');
    expect([june.earliest, june.latest, june.days]).toEqual(['2023-06-01', '2023-06-30', 30]);
    expect(june.earliestDay).toBe(toDayNumber(2023, 6, 1));
    expect(DateExtent.parse('2024-02-28', '2024-03-01').days).toBe(3);
    expect(DateExtent.parse('2023-07-13', '2023-07-13').days).toBe(1);
    expect(String(june)).toBe('2023-06-01/2023-06-30');
  });

  it('throws RangeError on bad input', () => {
    expect(() => DateExtent.parse('2023-02-30', '2023-03-01')).toThrow(RangeError);
    expect(() => DateExtent.parse('2023-03-01', 'June')).toThrow('"June" is not a YYYY-MM-DD calendar day');
    expect(() => DateExtent.parse('2023-07-02', '2023-07-01')).toThrow('starts after it ends');
    expect(() => DateExtent.fromDays(1.5, 3)).toThrow(RangeError);
    expect(() => DateExtent.fromDays(5, 4)).toThrow(RangeError);
  });

  it('overlaps, contains and unions by inclusive days', () => {
    const a = DateExtent.parse('2023-07-10', '2023-07-16');
    const b = DateExtent.parse('2023-07-16', '2023-07-20');
    const c = DateExtent.parse('2023-07-17', '2023-07-20');
    expect(a.overlaps(b)).toBe(true);
    expect(a.overlaps(c)).toBe(false);
    expect(c.overlaps(a)).toBe(false);
    expect(a.contains(toDayNumber(2023, 7, 16))).toBe(true);
    expect(a.contains(toDayNumber(2023, 7, 17))).toBe(false);
    const u = a.union(c);
    expect([u.earliest, u.latest]).toEqual(['2023-07-10', '2023-07-20']);
    // Pure: the operands are untouched and frozen.
    expect([a.earliest, a.latest]).toEqual(['2023-07-10', '2023-07-16']);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('takes the span of a resolved date', () => {
    const when = parseEdtf('2023-24');
    if (!when.ok) throw new Error(when.message);
    expect(DateExtent.of(when.value).equals(DateExtent.parse('2023-12-01', '2024-02-29'))).toBe(true);
  });

  it('union covers both, overlap is symmetric and agrees with shared days', () => {
    const extent = fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.nat({ max: 60 }))
      .map(([start, length]) => DateExtent.fromDays(start, start + length));
    fc.assert(fc.property(extent, extent, fc.integer({ min: -1100, max: 1100 }), (a, b, day) => {
      const u = a.union(b);
      expect(u.contains(a.earliestDay) && u.contains(a.latestDay) && u.contains(b.earliestDay) && u.contains(b.latestDay)).toBe(true);
      expect(a.overlaps(b)).toBe(b.overlaps(a));
      if (a.contains(day) && b.contains(day)) expect(a.overlaps(b)).toBe(true);
      expect(u.days).toBeGreaterThanOrEqual(Math.max(a.days, b.days));
    }), { numRuns: 200 });
  });
});
