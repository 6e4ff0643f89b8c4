import { describe, expect, it } from 'vitest';
import { describeSpan, describeWhen } from '../../../src/time/format.js';
import { edtf, phrase } from '../../support/dates.js';

describe('describeWhen (en-GB)', () => {
  it.each([
    ['2023-07-13', '13 July 2023'],
    ['2023-06', 'June 2023'],
    ['2023-07-XX', 'July 2023'],
    ['2023', '2023'],
    ['2023-XX', '2023'],
    ['202X', '2020s'],
    ['20XX', '2000–2099'],
    ['2023-21', 'Spring 2023'],
    ['2023-22', 'Summer 2023'],
    ['2023-23', 'Autumn 2023'],
    ['2023-24', 'Winter 2023–2024'],
    ['2023-06~', 'c. June 2023'],
    ['2023?', '2023?'],
    ['2023-07-13%', 'c. 13 July 2023?'],
    ['2023-07-11/2023-07-12', '11–12 July 2023'],
    ['2023-07-11/2023-08-02', '11 July – 2 August 2023'],
    ['2022-12-30/2023-01-02', '30 December 2022 – 2 January 2023'],
    ['2023-06/2023-07-13', 'June 2023 – 13 July 2023'],
    ['2023-07-11~/2023-07-12', 'c. 11 July 2023 – 12 July 2023'],
    ['2023-07-11/..', 'since 11 July 2023'],
    ['../2023', 'until 2023'],
    ['2023-07-11/', 'from 11 July 2023'],
    ['/2023-06', 'until June 2023'],
  ])('%s → %s', (text, label) => {
    expect(describeWhen(edtf(text), 'en-GB')).toBe(label);
  });

  it('labels relative phrases at their precision', () => {
    expect(describeWhen(phrase('next week'), 'en-GB')).toBe('Week of 17 July 2023');
    expect(describeWhen(phrase('last month'), 'en-GB')).toBe('June 2023');
    expect(describeWhen(phrase('on Thursday'), 'en-GB')).toBe('13 July 2023');
    expect(describeWhen(phrase('earlier this week'), 'en-GB')).toBe('10–13 July 2023');
    expect(describeWhen(phrase('in recent weeks'), 'en-GB')).toBe('c. 2 June – 14 July 2023');
    expect(describeWhen(phrase('last weekend'), 'en-GB')).toBe('8–9 July 2023');
  });
});

describe('describeWhen (locales)', () => {
  it('defaults to en-GB, as the renderer does', () => {
    expect(describeWhen(edtf('2023-07-13'))).toBe('13 July 2023');
    expect(describeWhen(edtf('2023-07-11/2023-07-12'))).toBe('11–12 July 2023');
    expect(describeWhen(edtf('2023-06'))).toBe('June 2023');
    expect(describeWhen(edtf('2023-07-13'), 'en-US')).toBe('July 13, 2023');
  });

  it('formats in the given locale, in UTC', () => {
    expect(describeWhen(edtf('2023-07-13'), 'de-DE')).toBe('13. Juli 2023');
    expect(describeWhen(edtf('2023-06'), 'fr-FR')).toBe('juin 2023');
    // The first and last days of the range never shift to a neighbour.
    expect(describeWhen(edtf('2023-01-01'), 'en-GB')).toBe('1 January 2023');
    expect(describeWhen(edtf('2023-12-31'), 'en-GB')).toBe('31 December 2023');
  });
});

describe('describeSpan', () => {
  it('gives the resolved days whatever the precision', () => {
    expect(describeSpan(phrase('next week'), 'en-GB')).toBe('17–23 July 2023');
    expect(describeSpan(phrase('on Thursday'), 'en-GB')).toBe('13 July 2023');
    expect(describeSpan(edtf('2023-24'), 'en-GB')).toBe('1 December 2023 – 29 February 2024');
  });
});
