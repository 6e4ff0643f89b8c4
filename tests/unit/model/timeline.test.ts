import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDay, parseDay } from '../../../src/time/calendar.js';
import { parseTimeline } from '../../../src/model/parse.js';
import { Timeline } from '../../../src/model/timeline.js';
import type { TimelineEvent } from '../../../src/model/types.js';

const sampleDocument = (): Record<string, unknown> => JSON.parse(readFileSync('tests/fixtures/sample.json', 'utf8')) as Record<string, unknown>;
const sample = parseTimeline(sampleDocument());
const ids = (events: readonly TimelineEvent[]) => events.map((event) => event.id);

test('events are sorted by earliest day, then latest day, then document order', () => {
  expect(ids(sample.events)).toEqual([
    'blinken-beijing', // June 2023
    'summer-contacts', // ~June–July 2023
    'nato-vilnius', // 11–12 July
    'microsoft-hack', // Wednesday 12 July
    'blinken-wang-jakarta', // Thursday 13 July, first in the document…
    'miller-statement', // …then these two on the same day, in document order
    'lavrov-wang-jakarta',
    'kerry-visit', // next week
  ]);
});

test('sorting is stable for any set of spans', () => {
  const spans = fc.array(fc.tuple(fc.integer({ min: 19_500, max: 19_530 }), fc.integer({ min: 0, max: 5 })), { maxLength: 30 });
  fc.assert(fc.property(spans, (list) => {
    const events = list.map(([start, length], index) => ({
      id: `e${index}`, title: 'T', kind: 'talks', when: `${formatDay(start)}/${formatDay(start + length)}`,
    }));
    const expected = events
      .map((event, index) => ({ index, start: list[index]![0], end: list[index]![0] + list[index]![1], id: event.id }))
      .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index)
      .map((event) => event.id);
    expect(ids(parseTimeline({ events }).events)).toEqual(expected);
  }), { numRuns: 100 });
});

describe('between', () => {
  test('returns events whose span overlaps the inclusive range', () => {
    expect(ids(sample.between('2023-07-13', '2023-07-13'))).toEqual(['summer-contacts', 'blinken-wang-jakarta', 'miller-statement', 'lavrov-wang-jakarta']);
    expect(ids(sample.between('2023-06-30', '2023-06-30'))).toEqual(['blinken-beijing', 'summer-contacts']);
    expect(ids(sample.between('2023-07-20', '2023-08-31'))).toEqual(['summer-contacts', 'kerry-visit']);
    expect(ids(sample.between('2023-08-01', '2023-08-31'))).toEqual([]);
    expect(ids(sample.between('2023-07-12', '2023-07-12'))).toEqual(['summer-contacts', 'nato-vilnius', 'microsoft-hack']);
  });

  test('accepts day numbers as well as YYYY-MM-DD days', () => {
    expect(sample.between(parseDay('2023-07-13')!, parseDay('2023-07-14')!)).toEqual(sample.between('2023-07-13', '2023-07-14'));
  });

  test('rejects days that are not calendar days, and a reversed range', () => {
    expect(() => sample.between('2023-02-30', '2023-03-01')).toThrow(RangeError);
    expect(() => sample.between('2023-07-13', 'July')).toThrow(/to must be a YYYY-MM-DD calendar day/);
    expect(() => sample.between(1.5, 3)).toThrow(RangeError);
    expect(() => sample.between('2023-07-14', '2023-07-13')).toThrow(/after/);
  });

  test('agrees with a plain filter on any set of events and ranges', () => {
    const spans = fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 })), { maxLength: 40 });
    const range = fc.tuple(fc.integer({ min: -5, max: 90 }), fc.integer({ min: 0, max: 30 }));
    fc.assert(fc.property(spans, range, (list, [from, width]) => {
      const base = parseDay('2023-01-01')!;
      const events = list.map(([start, length], index) => ({
        id: `e${index}`, title: 'T', kind: 'talks', when: `${formatDay(base + start)}/${formatDay(base + start + length)}`,
      }));
      const timeline = parseTimeline({ events });
      const first = base + from;
      const last = first + width;
      const expected = timeline.events.filter((event) => event.when.earliestDay <= last && event.when.latestDay >= first);
      expect(ids(timeline.between(first, last))).toEqual(ids(expected));
    }), { numRuns: 200 });
  });
});

describe('actors', () => {
  test('byActor counts people and organizations affiliated with the actor, directly or through an organization', () => {
    expect(ids(sample.byActor('us'))).toEqual([
      'blinken-beijing', 'summer-contacts', 'nato-vilnius', 'blinken-wang-jakarta', 'miller-statement', 'kerry-visit',
    ]);
    expect(ids(sample.byActor('china'))).toEqual([
      'blinken-beijing', 'summer-contacts', 'blinken-wang-jakarta', 'lavrov-wang-jakarta', 'kerry-visit',
    ]);
    expect(ids(sample.byActor('state-department'))).toEqual(['miller-statement']);
  });

  test('byActor without affiliation counts only the actor itself', () => {
    expect(ids(sample.byActor('us', { affiliated: false }))).toEqual(['summer-contacts', 'nato-vilnius', 'kerry-visit']);
    expect(ids(sample.byActor('blinken', { affiliated: false }))).toEqual(['blinken-beijing', 'blinken-wang-jakarta']);
  });

  test('an event is listed once even when several participants roll up to the actor', () => {
    const timeline = parseTimeline({
      actors: [
        { id: 'us', name: 'US', kind: 'state' },
        { id: 'a', name: 'A', kind: 'person', affiliation: 'us' },
        { id: 'b', name: 'B', kind: 'person', affiliation: 'us' },
      ],
      events: [{ id: 'e', title: 'T', kind: 'talks', when: '2023', participants: [{ actor: 'a' }, { actor: 'b' }, { actor: 'us' }] }],
    });
    expect(ids(timeline.byActor('us'))).toEqual(['e']);
  });

  test('byActor of an unknown actor is empty; a bad option is a programmer error', () => {
    expect(sample.byActor('nobody')).toEqual([]);
    expect(() => sample.byActor('us', { affiliated: 'yes' as unknown as boolean })).toThrow(/option "affiliated" must be true or false/);
  });

  test('affiliationOf gives the top of the affiliation chain', () => {
    expect(sample.affiliationOf('miller')?.id).toBe('us');
    expect(sample.affiliationOf('blinken')?.id).toBe('us');
    expect(sample.affiliationOf('state-department')?.id).toBe('us');
    expect(sample.affiliationOf('wang-yi')?.id).toBe('china');
    expect(sample.affiliationOf('us')).toBeUndefined();
    expect(sample.affiliationOf('microsoft')).toBeUndefined();
    expect(sample.affiliationOf('nobody')).toBeUndefined();
  });
});

test('byKind and byStatus (status defaults to "unknown")', () => {
  expect(ids(sample.byKind('talks'))).toEqual(['summer-contacts', 'blinken-wang-jakarta', 'lavrov-wang-jakarta']);
  expect(ids(sample.byKind('expulsion'))).toEqual([]);
  expect(ids(sample.byStatus('unknown'))).toEqual(['summer-contacts', 'lavrov-wang-jakarta']);
  expect(ids(sample.byStatus('expected'))).toEqual(['kerry-visit']);
});

test('lookups by id', () => {
  expect(sample.event('kerry-visit')?.when.earliest).toBe('2023-07-17');
  expect(sample.actor('blinken')?.role).toBe('Secretary of State');
  expect(sample.source('report')?.published).toBe('2023-07-14');
  expect(sample.event('nope') ?? sample.actor('nope') ?? sample.source('nope')).toBeUndefined();
});

test('extent covers every event', () => {
  const extent = sample.extent()!;
  expect([extent.earliest, extent.latest]).toEqual(['2023-06-01', '2023-07-31']);
  expect(parseTimeline({ events: [] }).extent()).toBeUndefined();
});

describe('immutability', () => {
  test('the timeline, its arrays and its objects are frozen', () => {
    const event = sample.event('blinken-wang-jakarta')!;
    for (const value of [sample, sample.events, sample.actors, sample.sources, event, event.when, event.when.start, event.when.end,
      event.participants, event.participants[0], event.evidence, event.place, event.place?.coordinates, event.classification,
      event.classification?.plover, sample.actor('china')!.aliases, sample.byActor('us'), sample.byKind('talks'), sample.between('2023-07-13', '2023-07-13')]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
    expect(() => { (sample.events as TimelineEvent[]).pop(); }).toThrow(TypeError);
    expect(() => { (event as { title: string }).title = 'x'; }).toThrow(TypeError);
  });

  test('the constructor copies what it is given and never freezes it', () => {
    const events = [...sample.events].map((event) => ({ ...event, participants: [...event.participants] }));
    const timeline = new Timeline({ events });
    expect(Object.isFrozen(events[0])).toBe(false);
    expect(Object.isFrozen(events[0]!.participants)).toBe(false);
    events[0]!.participants.push({ actor: 'x' });
    expect(timeline.events[0]!.participants).toHaveLength(sample.events[0]!.participants.length);
    expect(Object.isFrozen(timeline.events[0]!.participants) && Object.isFrozen(timeline.events[0]!.when.start)).toBe(true);
  });

  test('the constructor rejects duplicate ids', () => {
    expect(() => new Timeline({ events: [sample.events[0]!, sample.events[0]!] })).toThrow(/two events have the id "blinken-beijing"/);
  });
});

describe('toJSON', () => {
  test('is the normalized document: resolved dates, defaults filled in, absent fields omitted, no day numbers', () => {
    const json = sample.toJSON();
    expect(Object.keys(json)).toEqual(['title', 'description', 'sources', 'actors', 'events']);
    expect(json.actors.find((actor) => actor.id === 'china')).toEqual({ id: 'china', name: 'China', kind: 'state', country: 'CN', aliases: ['Beijing'] });
    expect(json.actors.find((actor) => actor.id === 'us')).toEqual({ id: 'us', name: 'United States', kind: 'state', country: 'US' });
    const jakarta = json.events.find((event) => event.id === 'blinken-wang-jakarta');
    const day = { earliest: '2023-07-13', latest: '2023-07-13', precision: 'day', approximate: false, uncertain: false, open: false, unknown: false };
    expect(jakarta).toEqual({
      id: 'blinken-wang-jakarta',
      title: 'Blinken and Wang Yi hold talks in Jakarta',
      summary: 'Described by the State Department as candid and constructive.',
      kind: 'talks',
      status: 'occurred',
      participants: [{ actor: 'blinken', role: 'visitor' }, { actor: 'wang-yi' }],
      when: {
        text: 'on Thursday', anchor: 'report', anchorDay: '2023-07-14', relative: true, edtf: '2023-07-13',
        earliest: '2023-07-13', latest: '2023-07-13', precision: 'day', approximate: false, uncertain: false, interval: false,
        start: day, end: day,
      },
      place: { name: 'Jakarta', country: 'ID', coordinates: { lat: -6.2, lon: 106.85 } },
      evidence: [{ source: 'report', quote: 'candid and constructive' }],
      related: [],
      classification: { plover: { event: 'CONSULT', mode: 'visit' }, cameo: '042' },
    });
    const lavrov = json.events.find((event) => event.id === 'lavrov-wang-jakarta')!;
    expect(lavrov.status).toBe('unknown');
    expect(lavrov.when.relative).toBe(false);
    expect('anchor' in lavrov.when || 'summary' in lavrov || 'classification' in lavrov).toBe(false);
    expect(JSON.stringify(json)).not.toMatch(/"(earliestDay|latestDay)"/);
  });

  test('JSON.stringify uses it', () => {
    expect(JSON.parse(JSON.stringify(sample))).toEqual(sample.toJSON());
  });
});
