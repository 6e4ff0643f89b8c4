import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../../src/model/parse.js';
import { fromVisTimeline, toVisTimeline } from '../../../src/interop/vis-timeline.js';
import { richDocument } from './support/documents.js';
import { formatIssues } from './support/format-error.js';

const sample = parseTimeline(JSON.parse(readFileSync(new URL('../../fixtures/sample.json', import.meta.url), 'utf8')));

describe('toVisTimeline', () => {
  it('makes single days points and longer spans ranges with an exclusive end', () => {
    const timeline = parseTimeline({
      events: [
        { id: 'd', title: 'Day', kind: 'talks', when: '2023-07-13', status: 'occurred' },
        { id: 'm', title: 'Month', kind: 'visit', when: '2023-06~', status: 'scheduled' },
        { id: 'end-of-year', title: 'Dec', kind: 'call', when: '2023-12' },
      ],
    });
    const { items, groups } = toVisTimeline(timeline).output;
    expect(items.find((i) => i.id === 'd')).toEqual({ id: 'd', content: 'Day', start: '2023-07-13', type: 'point', group: 'kind:talks', className: 'dt-status-occurred dt-kind-talks dt-precision-day' });
    expect(items.find((i) => i.id === 'm')).toMatchObject({ start: '2023-06-01', end: '2023-07-01', type: 'range', className: 'dt-status-scheduled dt-kind-visit dt-precision-month dt-approximate' });
    expect(items.find((i) => i.id === 'end-of-year')).toMatchObject({ start: '2023-12-01', end: '2024-01-01' });
    expect(groups.map((g) => g.id).sort()).toEqual(['kind:call', 'kind:talks', 'kind:visit']);
  });

  it('groups by the first participant’s state and reports what it drops', () => {
    const { output, warnings } = toVisTimeline(sample);
    const item = output.items.find((i) => i.id === 'blinken-wang-jakarta')!;
    expect(item.group).toBe('us');
    expect(output.groups.find((g) => g.id === 'us')).toEqual({ id: 'us', content: 'United States', className: 'dt-lane-actor dt-actor-state' });
    expect(warnings.filter((w) => w.eventId === 'blinken-wang-jakarta').map((w) => w.field)).toEqual(['when.text', 'participants', 'place', 'evidence', 'classification']);
  });
});

describe('fromVisTimeline', () => {
  it('round-trips generated documents: ids, text, status, kind, days, qualifiers, and precision of single dates', () => {
    fc.assert(fc.property(richDocument, (input) => {
      const timeline = parseTimeline(input);
      const back = parseTimeline(fromVisTimeline(JSON.stringify(toVisTimeline(timeline).output)).document);
      for (const event of timeline.events) {
        const copy = back.event(event.id)!;
        expect([copy.title, copy.summary, copy.status, copy.kind]).toEqual([event.title, event.summary, event.status, event.kind]);
        expect([copy.when.earliest, copy.when.latest, copy.when.approximate, copy.when.uncertain]).toEqual([event.when.earliest, event.when.latest, event.when.approximate, event.when.uncertain]);
        if (!event.when.relative && !event.when.interval) expect(copy.when.precision).toBe(event.when.precision);
      }
    }), { numRuns: 40 });
  });

  it('reads what vis users write: bare item arrays, numeric ids, date-times, timestamps', () => {
    const { document, warnings } = fromVisTimeline([
      { id: 1, content: '<b>Talks</b>', start: '2023-07-13T09:30:00Z' },
      { id: 2, content: 'Summit', start: Date.UTC(2023, 6, 11), end: Date.UTC(2023, 6, 13), type: 'range', style: 'color: red' },
      { id: 3, content: 'Year', start: '2023-01-01', end: '2024-01-01', className: 'dt-precision-year dt-uncertain' },
    ]);
    expect(document.events.map((e) => [e.id, e.title, e.when])).toEqual([['1', 'Talks', '2023-07-13'], ['2', 'Summit', '2023-07-11/2023-07-12'], ['3', 'Year', '2023?']]);
    expect(warnings.map((w) => w.field)).toEqual(['items[0].start', 'items[0].content', 'items[1].style']);
  });

  it('turns actor groups into participants and actors', () => {
    const { document } = fromVisTimeline({ items: [{ id: 'a', content: 'A', start: '2023-07-13', group: 'us' }], groups: [{ id: 'us', content: 'United States', className: 'dt-lane-actor dt-actor-state' }] });
    expect(document.actors).toEqual([{ id: 'us', name: 'United States', kind: 'state' }]);
    expect(document.events[0]!.participants).toEqual([{ actor: 'us' }]);
  });

  it('rejects malformed data with paths', () => {
    expect(formatIssues(() => fromVisTimeline('{"items": [{')).at(0)!.message).toMatch(/^not valid JSON/);
    expect(formatIssues(() => fromVisTimeline('"x"'))).toEqual([{ path: '', message: 'expected {"items": [...], "groups": [...]} or an array of items, found "x"' }]);
    expect(formatIssues(() => fromVisTimeline({ items: [
      { id: 'a', start: 'x' },
      { id: 'b', start: '2023-02-30' },
      { id: 'c', start: '2023-07-13', end: '2023-07-01' },
      { id: 'd', start: '2023-07-13', type: 'bar', className: 'dt-status-maybe' },
      null,
    ] }))).toEqual([
      { path: 'items[0].start', message: '"x" is not a date (expected YYYY-MM-DD)' },
      { path: 'items[1].start', message: '"2023-02-30" is not a date (expected YYYY-MM-DD)' },
      { path: 'items[2].end', message: 'ends before it starts' },
      { path: 'items[3].type', message: '"bar" is not an item type; allowed: point, box, range, background' },
      { path: 'items[3].className', message: '"dt-status-maybe" names no status; allowed: occurred, ongoing, scheduled, expected, proposed, postponed, cancelled, did-not-occur, unknown' },
      { path: 'items[4]', message: 'expected an item object, found null' },
    ]);
  });
});
