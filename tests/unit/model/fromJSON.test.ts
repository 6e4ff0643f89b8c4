import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { TimelineValidationError } from '../../../src/model/errors.js';
import type { TimelineJSON } from '../../../src/model/normalized.js';
import { parseTimeline } from '../../../src/model/parse.js';
import { Timeline } from '../../../src/model/timeline.js';
import type { TimelineDocument } from '../../../src/model/types.js';
import type { RelativeWhenInput } from '../../../src/time/types.js';

const relative = (phrase: string, anchor: string): RelativeWhenInput => ({ relative: phrase, anchor });
const read = (path: string): TimelineDocument => JSON.parse(readFileSync(path, 'utf8')) as TimelineDocument;

/** Every shape a date takes: relative phrases on a source and on a day, intervals, open and unknown ends, qualifiers. */
const everyShape: TimelineDocument = {
  title: 'Every shape of date',
  description: 'Dates as documents write them.',
  sources: [
    { id: 'article', title: 'An article', publisher: 'A paper', url: 'https://example.org/a', published: '2023-07-14' },
    { id: 'undated', title: 'An undated report' },
  ],
  actors: [
    { id: 'us', name: 'United States', kind: 'state', country: 'US', wikidata: 'Q30' },
    { id: 'cn', name: 'China', kind: 'state', country: 'CN' },
    { id: 'mfa', name: 'Chinese Foreign Ministry', kind: 'organization', affiliation: 'cn' },
    { id: 'wang', name: 'Wang Yi', kind: 'person', affiliation: 'mfa', role: 'Director', aliases: ['Wang'] },
  ],
  events: [
    { id: 'thursday', title: 'Talks on Thursday', kind: 'talks', when: relative('on Thursday', 'article'), status: 'occurred',
      participants: [{ actor: 'us', role: 'visitor' }, { actor: 'wang' }], place: { name: 'Jakarta', country: 'ID', coordinates: { lat: -6.2, lon: 106.8 } },
      evidence: [{ source: 'article', quote: 'candid' }, { source: 'undated' }], summary: 'A summary.' },
    { id: 'next-week', title: 'Visit next week', kind: 'visit', when: relative('next week', 'article'), status: 'scheduled',
      participants: [{ actor: 'us' }, { actor: 'cn' }], related: [{ event: 'thursday', relation: 'follows' }] },
    { id: 'recent', title: 'Contacts in recent weeks', kind: 'call', when: relative('in recent weeks', '2023-07-14') },
    { id: 'last-month', title: 'Last month', kind: 'statement', when: relative('last month', 'article') },
    { id: 'interval', title: 'Two days', kind: 'summit', when: '2023-07-11/2023-07-12', classification: { plover: { event: 'CONSULT', mode: 'visit', context: ['diplomatic'] }, cameo: '036' } },
    { id: 'open-end', title: 'Ongoing since June', kind: 'military', when: '2023-06/..', status: 'ongoing' },
    { id: 'unknown-start', title: 'Until 12 July', kind: 'sanction', when: '/2023-07-12' },
    { id: 'approximate', title: 'About June', kind: 'policy', when: '2023-06~' },
    { id: 'uncertain', title: 'Perhaps 1962', kind: 'other', when: '1962?' },
    { id: 'both', title: 'Both qualifiers', kind: 'agreement', when: '2023-06%/2023-07~' },
    { id: 'season', title: 'Summer', kind: 'cyber', when: '2023-22' },
    { id: 'digits', title: 'Some day in the 1960s', kind: 'expulsion', when: '196X' },
    { id: 'day', title: 'A day', kind: 'talks', when: '2023-07-13', status: 'did-not-occur' },
  ],
};

const dataSets: [string, TimelineDocument][] = [
  ['the article data set', read('examples/data/us-china-diplomacy-2023-07.json')],
  ['the one-week crisis', read('examples/data/crisis-one-week.json')],
  ['the decade of negotiation', read('examples/data/decade-negotiation.json')],
  ['the test sample', read('tests/fixtures/sample.json')],
  ['every shape of date', everyShape],
  ['an empty timeline', { events: [] }],
];

/** Throws unless `f` throws a TimelineValidationError; returns its issues. */
function issuesOf(f: () => unknown) {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineValidationError);
    return (error as TimelineValidationError).issues;
  }
  throw new Error('expected a TimelineValidationError');
}

describe.each(dataSets)('Timeline.fromJSON(t.toJSON()) for %s', (_, document) => {
  const timeline = parseTimeline(document);
  const json = timeline.toJSON();

  test.each([
    ['as is', (value: TimelineJSON): unknown => value],
    ['through JSON text', (value: TimelineJSON): unknown => JSON.parse(JSON.stringify(value))],
    ['through structuredClone', (value: TimelineJSON): unknown => structuredClone(value)],
  ])('restores an equal timeline (%s)', (__, carry) => {
    const back = Timeline.fromJSON(carry(json));
    expect(back.toJSON()).toEqual(json);
    expect(back.events).toEqual(timeline.events);
    expect(back.actors).toEqual(timeline.actors);
    expect(back.sources).toEqual(timeline.sources);
    expect(back.title).toBe(timeline.title);
    expect(back.description).toBe(timeline.description);
    expect(back.extent()?.toString()).toBe(timeline.extent()?.toString());
    for (const event of timeline.events) expect(back.event(event.id)).toEqual(event);
    for (const actor of timeline.actors) expect(back.byActor(actor.id).map((e) => e.id)).toEqual(timeline.byActor(actor.id).map((e) => e.id));
  });
});

describe('Timeline.fromJSON', () => {
  const timeline = parseTimeline(everyShape);
  const json = (): TimelineJSON => structuredClone(timeline.toJSON());
  const at = (value: TimelineJSON, id: string) => value.events.findIndex((event) => event.id === id);

  test('keeps the day a relative date was resolved to, with its phrase and anchor', () => {
    const thursday = Timeline.fromJSON(json()).event('thursday')!.when;
    expect(thursday).toMatchObject({ text: 'on Thursday', relative: true, anchor: 'article', anchorDay: '2023-07-14', earliest: '2023-07-13', precision: 'day' });
    expect(Timeline.fromJSON(json()).event('next-week')!.when).toMatchObject({ earliest: '2023-07-17', latest: '2023-07-23', precision: 'week' });
  });

  test('shares nothing with its input, and is frozen', () => {
    const input = json();
    const back = Timeline.fromJSON(input);
    input.events[0]!.title = 'Changed';
    input.events[0]!.when.start.earliest = '1900-01-01';
    expect(back.events[0]).toEqual(timeline.events[0]);
    expect(Object.isFrozen(back.events[0]!.when.start)).toBe(true);
  });

  test('a document is not normalized JSON: its dates are reported', () => {
    const issues = issuesOf(() => Timeline.fromJSON({ events: [{ id: 'a', title: 'A', kind: 'talks', when: '2023-07-13', status: 'occurred', participants: [], evidence: [], related: [] }] }));
    expect(issues).toContainEqual({ path: 'events[0].when', message: 'expected a resolved date object (as Timeline#toJSON writes it), got "2023-07-13"' });
    expect(issues).toContainEqual({ path: 'sources', message: 'required field is missing' });
  });

  test('not an object at all', () => {
    expect(issuesOf(() => Timeline.fromJSON([]))).toEqual([
      { path: '$', message: 'expected a normalized timeline (as Timeline#toJSON writes it) (a JSON object with an "events" array), got an array' },
    ]);
  });

  type EventJSON = TimelineJSON['events'][number];
  test.each<[string, string, (event: EventJSON) => void, string, string]>([
    ['a day that is no calendar date', 'day', (e) => { e.when.start.earliest = '2023-02-30'; },
      'when.start.earliest', '"2023-02-30" is not a calendar date'],
    ['a span its ends do not imply', 'interval', (e) => { e.when.latest = '2023-07-20'; },
      'when.latest', 'expected "2023-07-12", as its start and end imply, got "2023-07-20"'],
    ['a precision its ends do not imply', 'next-week', (e) => { e.when.precision = 'day'; },
      'when.precision', 'expected "week", as its start and end imply, got "day"'],
    ['a single date whose ends differ', 'day', (e) => { e.when.end.approximate = true; },
      'when.end.approximate', 'a single date (with "interval": false) ends where it starts: expected false'],
    ['an end that finishes before it starts', 'interval', (e) => { e.when.start.latest = '2023-07-01'; },
      'when.start.latest', '"2023-07-01" is before the earliest day "2023-07-11"'],
    ['an anchor day its source does not have', 'thursday', (e) => { e.when.anchorDay = '2023-07-15'; },
      'when.anchorDay', 'expected "2023-07-14", the day of the anchor "article", got "2023-07-15"'],
    ['an anchor on a date that is not relative', 'day', (e) => { e.when.anchor = 'article'; },
      'when.anchor', 'only a relative date (with "relative": true) has an anchor'],
    ['a flag that is not a boolean', 'season', (e) => { (e.when.start as unknown as Record<string, unknown>).open = 'no'; },
      'when.start.open', 'expected true or false, got "no"'],
    ['an unknown precision', 'season', (e) => { (e.when.end as unknown as Record<string, unknown>).precision = 'decade'; },
      'when.end.precision', '"decade" is not a known precision; expected day, week, month, season or year'],
    ['a missing status', 'thursday', (e) => { delete (e as unknown as Record<string, unknown>).status; },
      'status', 'required field is missing'],
    ['an unknown participant', 'thursday', (e) => { (e.participants[1] as { actor: string }).actor = 'wangg'; },
      'participants[1].actor', 'unknown actor "wangg"; did you mean "wang"?'],
    ['an unknown field', 'thursday', (e) => { (e.when as unknown as Record<string, unknown>).earliestDay = 19_000; },
      'when.earliestDay', 'unknown field; known fields are text, anchor, anchorDay, relative, edtf, earliest, latest, precision, approximate, uncertain, interval, start and end'],
    ['a misspelt field', 'thursday', (e) => { (e.when as unknown as Record<string, unknown>).precison = 'day'; },
      'when.precison', 'unknown field; did you mean "precision"?'],
  ])('names the path of %s', (_, id, corrupt, path, message) => {
    const value = json();
    const index = at(value, id);
    corrupt(value.events[index]!);
    const issues = issuesOf(() => Timeline.fromJSON(value));
    expect(issues).toContainEqual({ path: `events[${index}].${path}`, message });
  });
});
