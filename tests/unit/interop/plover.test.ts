import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../../src/model/parse.js';
import { fromPlover, kindOfPlover, toPlover } from '../../../src/interop/plover.js';
import { richDocument } from './support/documents.js';
import { formatIssues } from './support/format-error.js';

const sample = parseTimeline(JSON.parse(readFileSync(new URL('../../fixtures/sample.json', import.meta.url), 'utf8')));

describe('toPlover', () => {
  it('writes one JSON record per line with PLOVER codes, sides and place', () => {
    const { output, warnings } = toPlover(sample);
    const lines = output.trimEnd().split('\n');
    expect(lines).toHaveLength(sample.events.length);
    const record = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((r) => r.id === 'blinken-wang-jakarta')!;
    expect(record).toMatchObject({
      date: '2023-07-13', event: 'CONSULT', mode: 'visit', actor: ['Antony Blinken'], recipient: ['Wang Yi'],
      location: 'Jakarta', country: 'IDN', geo: { lat: -6.2, lon: 106.85 }, title: 'Blinken and Wang Yi hold talks in Jakarta',
    });
    expect(record).not.toHaveProperty('enddate');
    expect(record.cite_info).toBe('Example News, Blinken holds talks with Wang Yi in Jakarta, 2023-07-14, https://example.org/2023/07/14/blinken-wang');
    const uncoded = sample.events.find((e) => e.classification?.plover === undefined)!;
    expect(JSON.parse(lines.find((l) => l.includes(`"id":${JSON.stringify(uncoded.id)}`))!)).toMatchObject({ event: null });
    expect(warnings).toContainEqual(expect.objectContaining({ eventId: uncoded.id, field: 'classification.plover' }));
  });
});

describe('fromPlover', () => {
  it('round-trips generated documents: ids, titles, days, codes, places and who is on which side', () => {
    fc.assert(fc.property(richDocument, (input) => {
      const timeline = parseTimeline(input);
      const { output } = toPlover(timeline);
      const back = parseTimeline(fromPlover(output).document);
      for (const event of timeline.events) {
        const copy = back.event(event.id)!;
        expect([copy.title, copy.when.earliest, copy.when.latest]).toEqual([event.title, event.when.earliest, event.when.latest]);
        if (event.summary !== undefined && event.summary !== event.title) expect(copy.summary).toBe(event.summary);
        expect(copy.classification?.plover).toEqual(event.classification?.plover);
        expect(copy.place).toEqual(event.place);
        const names = (e: typeof event, t: typeof timeline) => e.participants.map((p) => t.actor(p.actor)!.name).sort();
        expect(names(copy, back)).toEqual(names(event, timeline));
      }
    }), { numRuns: 40 });
  });

  it('maps codes to kinds and names to actors', () => {
    expect([kindOfPlover('CONSULT', 'visit'), kindOfPlover('CONSULT', 'phone'), kindOfPlover('CONSULT', undefined), kindOfPlover('SANCTION', undefined), kindOfPlover('COERCE', 'expel'), kindOfPlover(undefined, undefined)])
      .toEqual(['visit', 'call', 'talks', 'sanction', 'expulsion', 'other']);
    const { document, warnings } = fromPlover('{"id":"p1","date":"2023-07-13","event":"CONSULT","mode":"meet","context":"diplomatic; security","actor":"USA","recipient":["Wang Yi"],"text":"Talks in Jakarta","country":"IDN","location":"Jakarta","extra":1}\n\n');
    expect(document.actors).toEqual([{ id: 'usa', name: 'USA', kind: 'state', country: 'US' }, { id: 'wang-yi', name: 'Wang Yi', kind: 'organization' }]);
    expect(document.events[0]).toMatchObject({ id: 'p1', title: 'Talks in Jakarta', kind: 'talks', when: '2023-07-13', place: { name: 'Jakarta', country: 'ID' }, classification: { plover: { event: 'CONSULT', mode: 'meet', context: ['diplomatic', 'security'] } } });
    expect(warnings.map((w) => w.field)).toEqual(['line 1.extra', 'actors.wang-yi']);
    parseTimeline(document);
  });

  it('names the line of every bad record', () => {
    expect(formatIssues(() => fromPlover('{"id":"a","date":"2023-07-13"}\n{"id":\n[1]\n{"date":"2023-13-01","actor":5}\n{"date":"2023-07-13","enddate":"2023-07-01"}'))).toEqual([
      { path: 'line 2', message: expect.stringMatching(/^not valid JSON/) },
      { path: 'line 3', message: 'expected a JSON object, found an array' },
      { path: 'line 4.date', message: '"2023-13-01" is not a YYYY-MM-DD day' },
      { path: 'line 4.actor', message: 'expected a name or an array of names, found 5' },
      { path: 'line 5.enddate', message: 'is before date' },
    ]);
  });
});
