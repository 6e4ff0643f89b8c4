import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { parseEdtf } from '../../../src/time/edtf.js';
import { resolveRelative } from '../../../src/time/relative.js';
import { formatDay } from '../../../src/time/calendar.js';
import type { ResolvedPoint, ResolvedWhen } from '../../../src/time/types.js';
import { anchorDay, edtfishString, edtfString, relativePhrase } from './arbitraries.js';

const numRuns = 200;

function expectConsistent(when: ResolvedWhen): void {
  expect(when.earliestDay).toBeLessThanOrEqual(when.latestDay);
  expect(when.earliest).toBe(formatDay(when.earliestDay));
  expect(when.latest).toBe(formatDay(when.latestDay));
  expect(when.earliestDay).toBe(when.start.earliestDay);
  expect(when.latestDay).toBe(when.end.latestDay);
  const points: ResolvedPoint[] = [when.start, when.end];
  for (const point of points) {
    expect(point.earliestDay).toBeLessThanOrEqual(point.latestDay);
    expect(point.earliest).toBe(formatDay(point.earliestDay));
  }
  expect(when.start.earliestDay).toBeLessThanOrEqual(when.end.latestDay);
}

/** Everything but the text as written, which a round trip changes. */
function valueOf(when: ResolvedWhen): ResolvedWhen {
  return { ...when, text: '' };
}

const anyEdtf = edtfString({ seasons: true, yearDigits: true });

describe('EDTF properties', () => {
  it('every valid string resolves with earliest <= latest', () => {
    fc.assert(fc.property(anyEdtf, (text) => {
      const result = parseEdtf(text);
      expect(result.ok ? '' : result.message).toBe('');
      if (result.ok) expectConsistent(result.value);
    }), { numRuns });
  });

  it('round-trips: parse → edtf → parse gives the same value', () => {
    fc.assert(fc.property(anyEdtf, (text) => {
      const first = parseEdtf(text);
      if (!first.ok) throw new Error(first.message);
      const second = parseEdtf(first.value.edtf);
      if (!second.ok) throw new Error(second.message);
      expect(valueOf(second.value)).toEqual(valueOf(first.value));
      expect(second.value.edtf).toBe(first.value.edtf);
    }), { numRuns });
  });

  it('never throws on arbitrary text', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), edtfishString);
    fc.assert(fc.property(text, (input) => {
      const result = parseEdtf(input);
      if (result.ok) expectConsistent(result.value);
      else expect(result.message).toContain(`"${input}"`);
    }), { numRuns: numRuns * 2 });
  });
});

describe('relative phrase properties', () => {
  it('every resolved phrase has earliest <= latest and valid EDTF', () => {
    fc.assert(fc.property(relativePhrase, anchorDay, (phrase, anchor) => {
      const result = resolveRelative(phrase, anchor, 'anchor');
      if (!result.ok) {
        expect(result.message.startsWith(`cannot resolve the phrase "${phrase.trim()}"; `)).toBe(true);
        return;
      }
      expectConsistent(result.value);
      expect(result.value.anchorDay).toBe(formatDay(anchor));
      const edtf = parseEdtf(result.value.edtf);
      if (!edtf.ok) throw new Error(edtf.message);
      expect([edtf.value.earliestDay, edtf.value.latestDay]).toEqual([result.value.earliestDay, result.value.latestDay]);
    }), { numRuns });
  });

  it('most phrases resolve (the generator is not only errors)', () => {
    const results = fc.sample(fc.tuple(relativePhrase, anchorDay), { numRuns: 300, seed: 42 })
      .map(([phrase, anchor]) => resolveRelative(phrase, anchor, 'anchor').ok);
    expect(results.filter(Boolean).length).toBeGreaterThan(results.length * 0.8);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), anchorDay, (phrase, anchor) => {
      const result = resolveRelative(phrase, anchor, 'anchor');
      if (result.ok) expectConsistent(result.value);
    }), { numRuns });
  });
});

describe('independence from the clock and the time zone', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  // The suite also runs under several TZ values in CI; this makes the claim
  // structural: parsing and resolving never construct a Date or consult Intl,
  // so there is nothing a time zone could shift.
  it('parses and resolves with Date and Intl unavailable', () => {
    const forbidden = new Proxy(function () { /* never called */ }, {
      construct() { throw new Error('Date was constructed'); },
      apply() { throw new Error('Date was called'); },
      get() { throw new Error('Date was read'); },
    });
    const samples = fc.sample(fc.tuple(anyEdtf, relativePhrase, anchorDay), { numRuns: 100, seed: 7 });
    const expected = samples.map(([text, phrase, anchor]) => [parseEdtf(text), resolveRelative(phrase, anchor, 'a')]);
    vi.stubGlobal('Date', forbidden);
    vi.stubGlobal('Intl', forbidden);
    const actual = samples.map(([text, phrase, anchor]) => [parseEdtf(text), resolveRelative(phrase, anchor, 'a')]);
    vi.unstubAllGlobals();
    expect(actual).toEqual(expected);
  });
});
