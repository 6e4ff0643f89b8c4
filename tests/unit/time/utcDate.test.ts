// A Date's calendar day is its UTC day, in every time zone the suite runs under.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfUTCDate, dayToUTCDate, formatDay, toDayNumber } from '../../../src/time/calendar.js';

describe('dayOfUTCDate', () => {
  it('is the day of the UTC calendar fields, at any time of that day', () => {
    fc.assert(fc.property(fc.date({ min: new Date(Date.UTC(-2000, 0, 1)), max: new Date(Date.UTC(3000, 0, 1)), noInvalidDate: true }), (date) => {
      expect(dayOfUTCDate(date)).toBe(toDayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));
    }));
  });

  it('undoes dayToUTCDate', () => {
    fc.assert(fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (day) => {
      expect(dayOfUTCDate(dayToUTCDate(day))).toBe(day);
    }));
  });

  it('reads the last minute of a UTC day as that day, not the local one', () => {
    expect(formatDay(dayOfUTCDate(new Date(Date.UTC(2023, 6, 14, 23, 59))))).toBe('2023-07-14');
    expect(formatDay(dayOfUTCDate(new Date(Date.UTC(1969, 11, 31, 0, 1))))).toBe('1969-12-31');
  });
});
