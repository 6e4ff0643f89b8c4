// Cross-cutting date hardening: grammar-aware fuzzing of relative phrases
// (tokens of the grammar shuffled into near-misses), anchors at the ends of
// the supported range, inputs shaped to make regular expressions backtrack,
// and the agreement between the two resolvers (a relative phrase's `edtf`
// must itself parse to the same span). The per-form and arbitrary-string
// properties live in tests/unit/time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, parseDay, toDayNumber } from '../../../src/time/calendar.js';
import { parseEdtf } from '../../../src/time/edtf.js';
import { resolveRelative } from '../../../src/time/relative.js';
import { precisions } from '../../../src/time/types.js';
import type { Resolution, ResolvedWhen } from '../../../src/time/types.js';
import { edtfWhen, relativePhrases } from '../../hardening/arbitraries.js';

const tokens = [
  'on', 'last', 'next', 'this', 'the', 'previous', 'following', 'earlier', 'later', 'also', 'late', 'early', 'in',
  'recent', 'days', 'weeks', 'months', 'years', 'day', 'week', 'month', 'year', 'weekend', 'ago', 'a', 'an', 'few',
  'two', '2', '12', '0', '9999', '-1', 'Thursday', 'friday', 'MONDAY', 'June', 'jun', 'sept', 'May', '5', '31', '29',
  '2023', '0000', ',', '.', "'s", 'today', 'yesterday', 'tomorrow', 'now', 'tonight', 'morning', 'night', 'recently',
  '  ', '\t', '\u00a0', 'é', '🙂',
];

/** A phrase assembled from the grammar's own words: most near-misses, some valid. */
const tokenSoup = fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));

/** A known phrase as a writer might type it: any case, stray spaces, a final period. */
const knownPhrase = fc.tuple(fc.constantFrom(...relativePhrases), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  fc.constantFrom('', ' ', '  ', '\t'), fc.constantFrom('', '.')).map(([text, upper, pad, end]) =>
  pad + Array.from(text, (c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase())).join('') + end + pad);

const phrase = fc.oneof(tokenSoup, knownPhrase);

const anyDayNumber = fc.integer({ min: toDayNumber(0, 1, 1), max: toDayNumber(9999, 12, 31) });

/** Everything a resolved `when` promises, whatever produced it. */
function expectWellFormed(when: ResolvedWhen): void {
  expect(when.earliestDay).toBeLessThanOrEqual(when.latestDay);
  expect(Number.isInteger(when.earliestDay) && Number.isInteger(when.latestDay)).toBe(true);
  expect(when.earliest).toBe(formatDay(when.earliestDay));
  expect(when.latest).toBe(formatDay(when.latestDay));
  expect(parseDay(when.earliest)).toBe(when.earliestDay);
  expect(parseDay(when.latest)).toBe(when.latestDay);
  expect(precisions).toContain(when.precision);
  for (const end of [when.start, when.end]) {
    expect(end.earliestDay).toBeLessThanOrEqual(end.latestDay);
    expect(end.earliestDay).toBeGreaterThanOrEqual(when.earliestDay);
    expect(end.latestDay).toBeLessThanOrEqual(when.latestDay);
  }
}

function expectResolution(result: Resolution<ResolvedWhen>): void {
  if (result.ok) expectWellFormed(result.value);
  else {
    expect(typeof result.message).toBe('string');
    expect(result.message.length).toBeGreaterThan(0);
  }
}

describe('relative phrases under grammar-aware fuzzing', () => {
  it('resolves every known phrase in any case, with stray spaces and a final period', () => {
    fc.assert(fc.property(knownPhrase, anyDayNumber.filter((d) => d > toDayNumber(1, 1, 1) && d < toDayNumber(9998, 1, 1)), (text, anchor) => {
      const result = resolveRelative(text, anchor, 'anchor');
      expect(result.ok, `${JSON.stringify(text)}: ${result.ok ? '' : result.message}`).toBe(true);
    }), { numRuns: 300 });
  });

  it('resolve to a well-formed span or a plain message, for any anchor in range', () => {
    fc.assert(fc.property(phrase, anyDayNumber, (text, anchor) => {
      expectResolution(resolveRelative(text, anchor, 'anchor'));
    }), { numRuns: 400 });
  });

  it('write an edtf value that parses back to the same span', () => {
    fc.assert(fc.property(phrase, anyDayNumber, (text, anchor) => {
      const result = resolveRelative(text, anchor, 'anchor');
      if (!result.ok) return;
      const again = parseEdtf(result.value.edtf);
      expect(again.ok, `${text} @ ${formatDay(anchor)} → ${result.value.edtf}`).toBe(true);
      if (!again.ok) return;
      expect([again.value.earliest, again.value.latest]).toEqual([result.value.earliest, result.value.latest]);
    }), { numRuns: 400 });
  });

  it('stay within 0000–9999 at the ends of the range, or say why not', () => {
    const edges = [toDayNumber(0, 1, 1), toDayNumber(0, 1, 7), toDayNumber(9999, 12, 25), toDayNumber(9999, 12, 31)];
    const phrases = ['tomorrow', 'yesterday', 'next week', 'last week', 'next month', 'last month', 'next year', 'last year',
      '12 years ago', '9999 years ago', 'in recent months', 'on Thursday', 'next Monday', 'later this week', 'earlier this year',
      'in June', 'on June 5', 'last weekend', 'next weekend', 'in recent weeks'];
    for (const anchor of edges) {
      for (const text of phrases) {
        const result = resolveRelative(text, anchor, 'edge');
        expectResolution(result);
        if (result.ok) {
          expect(result.value.earliest >= '0000-01-01' && result.value.latest <= '9999-12-31', `${text} @ ${formatDay(anchor)}`).toBe(true);
        }
      }
    }
  });
});

describe('EDTF and relative inputs shaped to make patterns backtrack', () => {
  // Each is long enough that an exponential (or even quadratic with a large
  // constant) pattern would take seconds; the test timeout catches a hang.
  const long = 20_000;
  const shapes = [
    '2'.repeat(long), 'X'.repeat(long), '-'.repeat(long), '/'.repeat(long), '.'.repeat(long), '?'.repeat(long),
    `${'2023-'.repeat(long / 5)}!`, `${'2023-07-13/'.repeat(long / 11)}x`, `Y${'1'.repeat(long)}`, `${'0'.repeat(long)}E5S2`,
    `${'on '.repeat(long / 3)}Thursday!`, `${' '.repeat(long)}x`, `${'last '.repeat(long / 5)}week`,
    `${'a '.repeat(long / 2)}days ago`, `${'1'.repeat(long)} days ago`, `in recent ${'weeks '.repeat(long / 6)}`,
    `${'june '.repeat(long / 5)}5`, "'s".repeat(long / 2), `${'.'.repeat(long)}today`, `on${'\u00a0'.repeat(long)}Thursday`,
  ];
  const anchor = toDayNumber(2023, 7, 14);

  it('are answered (ok or a message) without hanging', () => {
    for (const text of shapes) {
      expectResolution(parseEdtf(text));
      expectResolution(resolveRelative(text, anchor, 'article'));
    }
  });

  it('quote the input in bounded messages', () => {
    // A message quotes the text; a 20 kB phrase makes a long message, but
    // never a multiple of it (no repeated quoting, no dumping of state).
    for (const text of shapes) {
      for (const result of [parseEdtf(text), resolveRelative(text, anchor, 'article')]) {
        if (!result.ok) expect(result.message.length).toBeLessThan(3 * text.length + 500);
      }
    }
  });
});

describe('generated EDTF values', () => {
  it('resolve with earliest <= latest and a canonical edtf that is a fixed point', () => {
    fc.assert(fc.property(edtfWhen, (text) => {
      const result = parseEdtf(text);
      expect(result.ok, text).toBe(true);
      if (!result.ok) return;
      expectWellFormed(result.value);
      const canonical = parseEdtf(result.value.edtf);
      expect(canonical.ok, result.value.edtf).toBe(true);
      if (canonical.ok) expect(canonical.value.edtf).toBe(result.value.edtf);
    }), { numRuns: 300 });
  });
});
