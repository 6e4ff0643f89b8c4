import { describe, expect, it } from 'vitest';
import { parseEdtf, formatEdtf, seasonSpan } from '../../../src/time/edtf.js';
import { formatDay } from '../../../src/time/calendar.js';
import type { ResolvedWhen } from '../../../src/time/types.js';

function parsed(text: string): ResolvedWhen {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.message}`);
  return result.value;
}

function errorOf(text: string): string {
  const result = parseEdtf(text);
  if (result.ok) throw new Error(`expected ${text} to be rejected, got ${result.value.edtf}`);
  return result.message;
}

function brief(when: ResolvedWhen) {
  return {
    earliest: when.earliest, latest: when.latest, precision: when.precision,
    uncertain: when.uncertain, approximate: when.approximate, interval: when.interval, edtf: when.edtf,
  };
}

describe('parseEdtf: level 0 dates', () => {
  it.each([
    ['2023', '2023-01-01', '2023-12-31', 'year'],
    ['2023-06', '2023-06-01', '2023-06-30', 'month'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month'],
    ['2023-02', '2023-02-01', '2023-02-28', 'month'],
    ['1900-02', '1900-02-01', '1900-02-28', 'month'],
    ['2000-02', '2000-02-01', '2000-02-29', 'month'],
    ['2023-07-13', '2023-07-13', '2023-07-13', 'day'],
    ['2024-02-29', '2024-02-29', '2024-02-29', 'day'],
    ['2023-12-31', '2023-12-31', '2023-12-31', 'day'],
    ['0000', '0000-01-01', '0000-12-31', 'year'],
    ['9999-12-31', '9999-12-31', '9999-12-31', 'day'],
  ])('%s spans %s … %s at %s precision', (text, earliest, latest, precision) => {
    const when = parsed(text);
    expect(brief(when)).toEqual({
      earliest, latest, precision, uncertain: false, approximate: false, interval: false, edtf: text,
    });
    expect(when.relative).toBe(false);
    expect(when.text).toBe(text);
    expect(when.start).toBe(when.end);
    expect(formatDay(when.earliestDay)).toBe(earliest);
    expect(formatDay(when.latestDay)).toBe(latest);
  });
});

describe('parseEdtf: qualifiers at the end of a date', () => {
  it.each([
    ['2023-06~', false, true, 'month'],
    ['2023?', true, false, 'year'],
    ['2023-07-13%', true, true, 'day'],
    ['2023-22~', false, true, 'season'],
  ])('%s', (text, uncertain, approximate, precision) => {
    const when = parsed(text);
    expect(when.uncertain).toBe(uncertain);
    expect(when.approximate).toBe(approximate);
    expect(when.precision).toBe(precision);
    expect(when.start.uncertain).toBe(uncertain);
    expect(when.edtf).toBe(text);
  });

  it('rejects a qualifier inside the date (level 2)', () => {
    expect(errorOf('2023~-07')).toBe('"2023~-07" qualifies part of a date; EDTF level 1 allows one ?, ~ or % only at the end');
    expect(errorOf('?2023-07')).toMatch(/qualifies part of a date/);
  });
});

describe('parseEdtf: unspecified digits', () => {
  it.each([
    ['2023-XX', '2023-01-01', '2023-12-31', 'year', '2023'],
    ['2023-XX-XX', '2023-01-01', '2023-12-31', 'year', '2023'],
    ['2023-07-XX', '2023-07-01', '2023-07-31', 'month', '2023-07'],
    ['2024-02-XX', '2024-02-01', '2024-02-29', 'month', '2024-02'],
    ['202X', '2020-01-01', '2029-12-31', 'year', '202X'],
    ['20XX', '2000-01-01', '2099-12-31', 'year', '20XX'],
    ['199X', '1990-01-01', '1999-12-31', 'year', '199X'],
    ['99XX', '9900-01-01', '9999-12-31', 'year', '99XX'],
  ])('%s spans %s … %s at %s precision', (text, earliest, latest, precision, edtf) => {
    expect(brief(parsed(text))).toEqual({
      earliest, latest, precision, uncertain: false, approximate: false, interval: false, edtf,
    });
  });

  it.each(['2XXX', 'XXXX', '20X3', '201X-07', '2023-X7', '2023-XX-05', '2023-07-1X'])(
    'rejects the level 2 placement %s', (text) => {
      expect(errorOf(text)).toMatch(/uses unspecified digits that EDTF level 1 does not allow/);
    },
  );

  it('rejects a qualifier on unspecified digits, as level 1 does', () => {
    expect(errorOf('201X~')).toMatch(/combines unspecified digits with a qualifier/);
    expect(errorOf('2023-07-XX?')).toMatch(/combines unspecified digits with a qualifier/);
  });

  it('insists on upper-case X', () => {
    expect(errorOf('202x')).toBe('"202x" is not an EDTF date');
  });
});

describe('parseEdtf: seasons (meteorological, northern hemisphere)', () => {
  it.each([
    ['2023-21', '2023-03-01', '2023-05-31'],
    ['2023-22', '2023-06-01', '2023-08-31'],
    ['2023-23', '2023-09-01', '2023-11-30'],
    ['2023-24', '2023-12-01', '2024-02-29'],
    ['2022-24', '2022-12-01', '2023-02-28'],
    ['1899-24', '1899-12-01', '1900-02-28'],
  ])('%s spans %s … %s', (text, earliest, latest) => {
    expect(brief(parsed(text))).toEqual({
      earliest, latest, precision: 'season', uncertain: false, approximate: false, interval: false, edtf: text,
    });
  });

  it('winter crosses the year end and the leap day', () => {
    const [first, last] = seasonSpan(2023, 24);
    expect(last - first + 1).toBe(31 + 31 + 29);
  });

  it('rejects level 2 seasons and a winter that ends after 9999', () => {
    expect(errorOf('2023-25')).toBe('"2023-25" is an EDTF level 2 season; only 21–24 (spring, summer, autumn, winter) are supported');
    expect(errorOf('2023-41')).toMatch(/level 2 season/);
    expect(errorOf('9999-24')).toBe('"9999-24" is out of range: it ends after 9999-12-31');
    expect(parsed('9999-23').latest).toBe('9999-11-30');
  });

  it('a season takes no day', () => {
    expect(errorOf('2023-21-05')).toBe('"2023-21-05" is not a valid month');
  });
});

describe('parseEdtf: intervals', () => {
  it('a day interval', () => {
    const when = parsed('2023-07-11/2023-07-12');
    expect(brief(when)).toEqual({
      earliest: '2023-07-11', latest: '2023-07-12', precision: 'day', uncertain: false, approximate: false,
      interval: true, edtf: '2023-07-11/2023-07-12',
    });
    expect(when.start.latest).toBe('2023-07-11');
    expect(when.end.earliest).toBe('2023-07-12');
  });

  it('takes the coarser precision and either end’s qualifiers', () => {
    const when = parsed('2023-06~/2023-07-13?');
    expect(brief(when)).toEqual({
      earliest: '2023-06-01', latest: '2023-07-13', precision: 'month', uncertain: true, approximate: true,
      interval: true, edtf: '2023-06~/2023-07-13?',
    });
    expect(when.start.approximate).toBe(true);
    expect(when.start.uncertain).toBe(false);
    expect(when.end.uncertain).toBe(true);
  });

  it('spans seasons across the year end', () => {
    const when = parsed('2023-23/2023-24');
    expect([when.earliest, when.latest, when.precision]).toEqual(['2023-09-01', '2024-02-29', 'season']);
    expect(parsed('2023-24/2024-03').latest).toBe('2024-03-31');
  });

  it('an open start repeats the end’s earliest day, flagged open', () => {
    const when = parsed('../2023-07-12');
    expect(when.start).toMatchObject({ open: true, unknown: false, earliest: '2023-07-12', latest: '2023-07-12', precision: 'day' });
    expect([when.earliest, when.latest, when.edtf]).toEqual(['2023-07-12', '2023-07-12', '../2023-07-12']);
  });

  it('an open end repeats the start’s latest day, flagged open', () => {
    const when = parsed('2023-06/..');
    expect(when.end).toMatchObject({ open: true, unknown: false, earliest: '2023-06-30', latest: '2023-06-30', precision: 'month' });
    expect([when.earliest, when.latest, when.edtf, when.precision]).toEqual(['2023-06-01', '2023-06-30', '2023-06/..', 'month']);
  });

  it('unknown ends are flagged unknown', () => {
    const start = parsed('/2023-07-12');
    expect(start.start).toMatchObject({ open: false, unknown: true, earliest: '2023-07-12' });
    expect(start.edtf).toBe('/2023-07-12');
    const end = parsed('2023-07-11/');
    expect(end.end).toMatchObject({ open: false, unknown: true, latest: '2023-07-11' });
    expect(end.edtf).toBe('2023-07-11/');
  });

  it.each(['/', '../..', '/..', '../'])('rejects %s, which has no date at either end', (text) => {
    expect(errorOf(text)).toBe(`"${text}" is an interval without a date at either end`);
  });

  it('rejects an interval that starts after it ends', () => {
    expect(errorOf('2023-07-12/2023-07-11')).toBe('"2023-07-12/2023-07-11" starts after it ends');
    expect(errorOf('2024/2023')).toBe('"2024/2023" starts after it ends');
  });

  it('accepts ends that overlap (deliberately looser than the edtf package)', () => {
    expect(brief(parsed('2023-07-05/2023-07'))).toMatchObject({ earliest: '2023-07-05', latest: '2023-07-31', precision: 'month' });
    expect(parsed('2023/2023-06').latest).toBe('2023-06-30');
  });

  it('quotes the bad end within its interval', () => {
    expect(errorOf('2023-02-30/2023-03')).toBe('"2023-02-30" in "2023-02-30/2023-03" is not a calendar date');
    expect(errorOf('2023/2023/2024')).toBe('"2023/2023/2024" is not an EDTF date');
  });
});

describe('parseEdtf: errors are sentences quoting the text', () => {
  it.each([
    ['2023-02-30', '"2023-02-30" is not a calendar date'],
    ['2023-02-29', '"2023-02-29" is not a calendar date'],
    ['1900-02-29', '"1900-02-29" is not a calendar date'],
    ['2023-04-31', '"2023-04-31" is not a calendar date'],
    ['2023-07-00', '"2023-07-00" is not a calendar date'],
    ['2023-13', '"2023-13" is not a valid month'],
    ['2023-00', '"2023-00" is not a valid month'],
    ['2023-20', '"2023-20" is not a valid month'],
    ['2023-42', '"2023-42" is not a valid month'],
    ['abc', '"abc" is not an EDTF date'],
    ['', '"" is not an EDTF date'],
    ['2023-7', '"2023-7" is not an EDTF date'],
    [' 2023', '" 2023" is not an EDTF date'],
    ['2023-07-13T10:00', '"2023-07-13T10:00" is not an EDTF date'],
    ['Y170000002', '"Y170000002" is out of range: only years 0000–9999 are supported'],
    ['Y-170000002', '"Y-170000002" is out of range: only years 0000–9999 are supported'],
    ['-1985', '"-1985" is out of range: only years 0000–9999 are supported'],
    ['20231', '"20231" is out of range: only years 0000–9999 are supported'],
    ['Y17E7', '"Y17E7" is out of range: only years 0000–9999 are supported'],
    ['Y2023', '"Y2023" is not an EDTF date'],
  ])('%s', (text, message) => {
    expect(parseEdtf(text)).toEqual({ ok: false, message });
  });
});

describe('formatEdtf', () => {
  it('writes a week, which EDTF cannot name, as its days', () => {
    const week = parsed('2023-07-17/2023-07-23');
    const asPoint = { ...week.start, earliest: '2023-07-17', latest: '2023-07-23', earliestDay: week.earliestDay, latestDay: week.latestDay, precision: 'week' as const };
    expect(formatEdtf({ interval: false, start: asPoint, end: asPoint })).toBe('2023-07-17/2023-07-23');
    expect(formatEdtf({ interval: false, start: { ...asPoint, approximate: true }, end: asPoint })).toBe('2023-07-17~/2023-07-23~');
  });

  it('canonicalizes unspecified digits to the equivalent plain date', () => {
    expect(parsed('2023-XX-XX').edtf).toBe('2023');
    expect(parsed('2023-07-XX/2023-XX').edtf).toBe('2023-07/2023');
  });
});
