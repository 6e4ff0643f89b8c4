/**
 * The hand-written parser checked against the `edtf` package (EDTF.js) on
 * the subset both define the same way. Deliberate differences, excluded
 * here and pinned in edtf.test.ts:
 * - seasons: EDTF.js reads 21–24 as calendar quarters and rejects them in
 *   intervals; ours are meteorological seasons and may be interval ends;
 * - EDTF.js rejects an interval whose end may begin before its start
 *   (`2023-07-05/2023-07`); ours rejects only one that must;
 * - EDTF.js gives open ends ±Infinity and unknown ends the epoch; ours repeat
 *   the other end's bound, so only the known end is compared;
 * - EDTF.js rejects an interval that mixes an end with unspecified digits
 *   and a qualified end (`2023-XX/2024?`); each end is valid level 1 on its
 *   own, so ours accepts it;
 * - EDTF.js rolls impossible days over (`2023-02-29` is 1 March); ours rejects
 *   them, which the "we reject what it rejects" direction allows;
 * - EDTF.js puts the end of 0000-02-28 on 29 February (its leap-year
 *   arithmetic slips in year 0000), so the comparison starts at year 0001.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import edtf from 'edtf';
import { parseEdtf } from '../../../src/time/edtf.js';
import { edtfishString, edtfString } from './arbitraries.js';

const msPerDay = 86_400_000;
const toDay = (ms: number) => Math.floor(ms / msPerDay);

/** The oracle's day span, or undefined if it rejects the text. */
function oracle(text: string): { earliestDay: number; latestDay: number } | undefined {
  try {
    const value = edtf(text);
    return { earliestDay: toDay(value.min), latestDay: toDay(value.max) };
  } catch {
    return undefined;
  }
}

// Decades and centuries only at the start: an end like `202X` may begin before
// a start in 2023, which EDTF.js rejects (see above).
const comparable = edtfString({ seasons: false, yearDigits: true, endYearDigits: false, minYear: 1 });

/** An interval mixing unspecified digits and a qualifier (see above). */
const mixesUnspecifiedAndQualified = (text: string) => text.includes('/') && text.includes('X') && /[?~%]/.test(text);

describe('parseEdtf agrees with the edtf package', () => {
  it('on earliest and latest days of valid level 0/1 strings', () => {
    fc.assert(fc.property(comparable.filter((text) => !mixesUnspecifiedAndQualified(text)), (text) => {
      const ours = parseEdtf(text);
      if (!ours.ok) throw new Error(ours.message);
      const theirs = oracle(text);
      expect(theirs, `edtf rejects ${text}`).toBeDefined();
      if (theirs === undefined) return;
      const [start = '', end = ''] = text.split('/');
      const interval = text.includes('/');
      if (!interval || (start !== '' && start !== '..')) expect(ours.value.earliestDay).toBe(theirs.earliestDay);
      if (!interval || (end !== '' && end !== '..')) expect(ours.value.latestDay).toBe(theirs.latestDay);
    }), { numRuns: 200 });
  });

  it('rejects what it rejects, apart from the documented differences', () => {
    const involvesSeason = (text: string) => /-2[1-4](?![0-9])/.test(text);
    fc.assert(fc.property(fc.oneof(edtfishString, comparable, fc.string({ maxLength: 12 })), (text) => {
      if (oracle(text) !== undefined) return;
      const ours = parseEdtf(text);
      if (!ours.ok) return;
      const overlappingEnds = ours.value.interval && ours.value.start.earliestDay > ours.value.end.earliestDay;
      expect(involvesSeason(text) || overlappingEnds || mixesUnspecifiedAndQualified(text), `we accept ${text}, which edtf rejects`).toBe(true);
    }), { numRuns: 400 });
  });

  it('documents the differences on fixed examples', () => {
    expect(oracle('2023-21')).toEqual({ earliestDay: toDay(Date.UTC(2023, 0, 1)), latestDay: toDay(Date.UTC(2023, 2, 31)) });
    expect(parseEdtf('2023-21')).toMatchObject({ ok: true, value: { earliest: '2023-03-01', latest: '2023-05-31' } });
    expect(oracle('2023-07-05/2023-07')).toBeUndefined();
    expect(parseEdtf('2023-07-05/2023-07').ok).toBe(true);
    expect(oracle('2023-XX/2024?')).toBeUndefined();
    expect(parseEdtf('2023-XX/2024?').ok).toBe(true);
    expect(oracle('2023-02-29')).toBeDefined();
    expect(parseEdtf('2023-02-29').ok).toBe(false);
  });
});
