import ICAL from 'ical.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../../src/model/parse.js';
import { escapeICalText, foldICalLine, toICalendar } from '../../../src/interop/ical.js';
import { richDocument } from './support/documents.js';

const article = parseTimeline(JSON.parse(readFileSync(new URL('../../../examples/data/us-china-diplomacy-2023-07.json', import.meta.url), 'utf8')));

function vevents(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent');
}

describe('toICalendar', () => {
  it('writes all-day events with exclusive ends, status, and the date as written', () => {
    const timeline = parseTimeline({
      title: 'Talks; July, 2023',
      events: [
        { id: 'a', title: 'Talks, with "quotes"; and \\ more', summary: 'Line one\nLine two', kind: 'talks', when: '2023-07-13', status: 'occurred', place: { name: 'Jakarta', country: 'ID', coordinates: { lat: -6.2, lon: 106.85 } } },
        { id: 'b', title: 'June', kind: 'visit', when: '2023-06~', status: 'cancelled' },
        { id: 'c', title: 'Next week', kind: 'summit', when: { relative: 'next week', anchor: '2023-07-14' }, status: 'expected' },
      ],
    });
    const { output, warnings } = toICalendar(timeline, { stamp: '2023-07-14' });
    expect(output.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(output.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(output.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
    const events = vevents(output);
    const byUid = new Map(events.map((e) => [e.getFirstPropertyValue('uid') as string, e]));
    const a = byUid.get('a@diplomatic-timeline')!;
    expect(a.getFirstPropertyValue('summary')).toBe('Talks, with "quotes"; and \\ more');
    expect(a.getFirstPropertyValue('description')).toBe('Line one\nLine two');
    expect((a.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2023-07-13');
    expect((a.getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true);
    expect((a.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2023-07-14');
    expect(a.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(a.getFirstPropertyValue('geo')).toEqual([-6.2, 106.85]);
    expect((a.getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe('2023-07-14T00:00:00Z');
    const b = byUid.get('b@diplomatic-timeline')!;
    expect([(b.getFirstPropertyValue('dtstart') as ICAL.Time).toString(), (b.getFirstPropertyValue('dtend') as ICAL.Time).toString()]).toEqual(['2023-06-01', '2023-07-01']);
    expect([b.getFirstPropertyValue('status'), b.getFirstPropertyValue('x-diplomatic-edtf'), b.getFirstPropertyValue('x-diplomatic-precision')]).toEqual(['CANCELLED', '2023-06~', 'month']);
    const c = byUid.get('c@diplomatic-timeline')!;
    expect([c.getFirstPropertyValue('status'), c.getFirstPropertyValue('x-diplomatic-when-text')]).toEqual(['TENTATIVE', 'next week']);
    expect([(c.getFirstPropertyValue('dtstart') as ICAL.Time).toString(), (c.getFirstPropertyValue('dtend') as ICAL.Time).toString()]).toEqual(['2023-07-17', '2023-07-24']);
    expect(warnings).toContainEqual(expect.objectContaining({ eventId: 'c', field: 'when.anchor' }));
  });

  it('escapes TEXT and folds lines at 75 octets without splitting a character', () => {
    expect(escapeICalText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      const folded = foldICalLine(`SUMMARY:${text}`);
      const lines = folded.split('\r\n');
      for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      lines.slice(1).forEach((line) => { expect(line.startsWith(' ')).toBe(true); });
      expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(`SUMMARY:${text}`);
      // A fold inside a surrogate pair would leave a lone surrogate on a line.
      for (const line of lines) expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }));
  });

  it('is read back by ical.js for the article and for generated documents, one VEVENT per event', () => {
    const { output } = toICalendar(article, { stamp: new Date(Date.UTC(2023, 6, 14, 12, 30, 5)) });
    expect(output).toContain('DTSTAMP:20230714T123005Z');
    expect(vevents(output)).toHaveLength(article.events.length);
    fc.assert(fc.property(richDocument, (input) => {
      const timeline = parseTimeline(input);
      const events = vevents(toICalendar(timeline, { stamp: '2024-01-01' }).output);
      expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual(timeline.events.map((e) => e.title.replace(/\r\n|\r/g, '\n')));
      expect(events.map((e) => (e.getFirstPropertyValue('dtstart') as ICAL.Time).toString())).toEqual(timeline.events.map((e) => e.when.earliest));
    }), { numRuns: 30 });
  });

  it('rejects a bad stamp option by name', () => {
    expect(() => toICalendar(article, { stamp: '14/07/2023' })).toThrow(/option "stamp"/);
  });
});
