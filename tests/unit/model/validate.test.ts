import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { maxIssues } from '../../../src/model/check.js';
import { validateTimeline } from '../../../src/model/validate.js';

const sample = (): unknown => JSON.parse(readFileSync('tests/fixtures/sample.json', 'utf8')) as unknown;

/** A minimal valid document with one event, merged with overrides. */
function withEvent(event: Record<string, unknown>, rest: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...rest, events: [{ id: 'e', title: 'Talks', kind: 'talks', when: '2023-07-13', ...event }] };
}

function messagesAt(input: unknown, path: string): string[] {
  return validateTimeline(input).filter((issue) => issue.path === path).map((issue) => issue.message);
}

test('the sample document is valid', () => {
  expect(validateTimeline(sample())).toEqual([]);
});

test('a broken document yields every problem at once, each with its path, in document order', () => {
  const broken = {
    title: 'Broken',
    sorces: [],
    sources: [
      { id: 'report', title: 'Report', published: '2023-07-14' },
      { id: 'undated', title: 'Undated' },
      { id: 'report', title: '  ', url: 'not a url', published: '2023-02-30' },
    ],
    actors: [
      { id: 'us', name: 'United States', kind: 'state', country: 'us' },
      { id: 'blinken', name: 'Antony Blinken', kind: 'persn', affiliation: 'uss' },
      { id: 'microsoft', name: 'Microsoft', kind: 'company', country: 'XX' },
      { id: 'wang', name: '', kind: 'person', affiliation: 'microsoft', wikidata: 'q5' },
    ],
    events: [
      { id: 'a', title: 'Talks', kind: 'talks', when: '2023-02-30', participants: [{ actor: 'blinkn' }, { actor: 'wang' }, { actor: 'wang', role: 3 }] },
      { id: 'b', titel: 'Visit', kind: 'visit', when: { relative: 'on Thursday', anchor: 'undated' } },
      { id: 'a', title: 'Dup', kind: 'meeting', status: 'done', when: { relative: 'recently', anchor: 'report' } },
      {
        id: 'c', title: 'Self', kind: 'other', when: '2023',
        related: [{ event: 'c', relation: 'follows' }, { event: 'zzz', relation: 'causes' }],
        place: { name: 'Nowhere', coordinates: { lat: 95, lon: '0' } },
        evidence: [{ source: 'nope' }],
        classification: { cameo: '99' },
      },
      'not an object',
      { id: 'd', title: 'Call', kind: 'call', when: { relative: 'yesterday', anchor: 'rep0rt' } },
      { title: 'No id', kind: 'call', when: 5 },
    ],
  };
  const issues = validateTimeline(broken).map((issue) => [issue.path, issue.message]);
  expect(issues).toEqual([
    ['sorces', 'unknown field; did you mean "sources"?'],
    ['sources[2].id', 'duplicate id "report"; first used at sources[0]'],
    ['sources[2].title', '"  " is blank; it must not be empty'],
    ['sources[2].url', '"not a url" is not a URL'],
    ['sources[2].published', '"2023-02-30" is not a calendar date'],
    ['actors[0].country', '"us" is not a country code: expected two upper-case letters (ISO 3166-1 alpha-2) (did you mean "US"?)'],
    ['actors[1].kind', '"persn" is not a known actor kind (did you mean "person"?); expected state, organization, person or company'],
    ['actors[1].affiliation', 'unknown actor "uss"; did you mean "us"?'],
    ['actors[2].country', '"XX" is not an ISO 3166-1 alpha-2 country code'],
    ['actors[3].name', 'must not be empty'],
    ['actors[3].affiliation', '"microsoft" is a company; an affiliation must be a state or organization'],
    ['actors[3].wikidata', '"q5" is not a Wikidata item id (Q followed by digits, e.g. "Q30")'],
    ['events[0].when', '"2023-02-30" is not a calendar date'],
    ['events[0].participants[0].actor', 'unknown actor "blinkn"; did you mean "blinken"?'],
    ['events[0].participants[2].role', 'expected a string, got 3'],
    ['events[0].participants[2].actor', '"wang" is already a participant (participants[1])'],
    ['events[1].titel', 'unknown field; did you mean "title"?'],
    ['events[1].title', 'required field is missing'],
    ['events[1].when.anchor', 'source "undated" has no "published" day to anchor the phrase "on Thursday"'],
    ['events[2].id', 'duplicate id "a"; first used at events[0]'],
    ['events[2].kind', '"meeting" is not a known event kind; expected talks, visit, summit, call, statement, agreement, sanction, expulsion, military, cyber, policy or other'],
    ['events[2].when.relative', expect.stringContaining('"recently"')],
    ['events[2].status', '"done" is not a known status; expected occurred, ongoing, scheduled, expected, proposed, postponed, cancelled, did-not-occur or unknown'],
    ['events[3].place.coordinates.lat', '95 is out of range: latitude must be between -90 and 90'],
    ['events[3].place.coordinates.lon', 'expected a number, got "0"'],
    ['events[3].evidence[0].source', 'unknown source "nope"'],
    ['events[3].related[0].event', 'an event cannot relate to itself'],
    ['events[3].related[1].event', 'unknown event "zzz"'],
    ['events[3].related[1].relation', '"causes" is not a known relation; expected part-of, responds-to, follows or reschedules'],
    ['events[3].classification.cameo', '"99" is not a CAMEO event code (two to four digits starting 01–20, e.g. "036")'],
    ['events[4]', 'expected an event object, got "not an object"'],
    ['events[5].when.anchor', '"rep0rt" is neither a YYYY-MM-DD day nor a known source id; did you mean "report"?'],
    ['events[6].id', 'required field is missing'],
    ['events[6].when', 'expected an EDTF string or a { "relative", "anchor" } object, got 5'],
  ]);
});

describe('the document', () => {
  test.each([
    [null, 'null'], [[], 'an array'], ['events', '"events"'], [42, '42'], [undefined, 'undefined'],
  ])('a root that is not an object (%j) is one issue at $', (input, shown) => {
    expect(validateTimeline(input)).toEqual([
      { path: '$', message: `expected a timeline document (a JSON object with an "events" array), got ${shown}` },
    ]);
  });

  test('events is required and must be an array; sources and actors must be arrays', () => {
    expect(messagesAt({}, 'events')).toEqual(['required field is missing']);
    expect(messagesAt({ events: {} }, 'events')).toEqual(['expected an array, got an object']);
    expect(messagesAt({ events: [], sources: 'x' }, 'sources')).toEqual(['expected an array, got "x"']);
    expect(messagesAt({ events: [], actors: null }, 'actors')).toEqual(['expected an array, got null']);
  });

  test('title and description are strings; $schema is allowed', () => {
    expect(messagesAt({ events: [], title: 1 }, 'title')).toEqual(['expected a string, got 1']);
    expect(messagesAt({ events: [], description: false }, 'description')).toEqual(['expected a string, got false']);
    expect(validateTimeline({ $schema: 'https://example.org/schema.json', events: [] })).toEqual([]);
  });

  test('an unknown field far from any known name lists the known fields', () => {
    expect(messagesAt({ events: [], zzzzzz: 1 }, 'zzzzzz')).toEqual(['unknown field; known fields are title, description, sources, actors and events']);
  });

  test('keys that are not identifiers are quoted in paths, and __proto__ is an ordinary unknown key', () => {
    const input = JSON.parse('{ "events": [], "odd key": 1, "__proto__": { "polluted": true } }');
    expect(validateTimeline(input).map((issue) => issue.path)).toEqual(['$["odd key"]', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('events', () => {
  test('required fields', () => {
    const issues = validateTimeline({ events: [{}] });
    expect(issues).toEqual([
      { path: 'events[0].id', message: 'required field is missing' },
      { path: 'events[0].title', message: 'required field is missing' },
      { path: 'events[0].kind', message: 'required field is missing' },
      { path: 'events[0].when', message: 'required field is missing' },
    ]);
  });

  test('titles must not be blank, and fields have types', () => {
    expect(messagesAt(withEvent({ title: '\t ' }), 'events[0].title')).toEqual(['"\\t " is blank; it must not be empty']);
    expect(messagesAt(withEvent({ summary: [] }), 'events[0].summary')).toEqual(['expected a string, got an array']);
    expect(messagesAt(withEvent({ participants: {} }), 'events[0].participants')).toEqual(['expected an array, got an object']);
    expect(messagesAt(withEvent({ id: '' }), 'events[0].id')).toEqual(['must not be empty']);
  });

  test('kind suggests the nearest known kind', () => {
    expect(messagesAt(withEvent({ kind: 'talk' }), 'events[0].kind')[0]).toMatch(/^"talk" is not a known event kind \(did you mean "talks"\?\); expected talks, /);
  });

  test('EDTF problems come from the date itself', () => {
    expect(messagesAt(withEvent({ when: '2023-13' }), 'events[0].when')).toEqual([expect.stringContaining('"2023-13"')]);
    expect(messagesAt(withEvent({ when: '2023-07-12/2023-07-11' }), 'events[0].when')).toEqual(['"2023-07-12/2023-07-11" starts after it ends']);
  });

  test('relative dates need a phrase and a known anchor', () => {
    expect(messagesAt(withEvent({ when: { relative: 'on Thursday' } }), 'events[0].when.anchor')).toEqual(['required field is missing']);
    expect(messagesAt(withEvent({ when: { relative: ' ', anchor: '2023-07-14' } }), 'events[0].when.relative')).toEqual(['" " is blank; it must not be empty']);
    expect(messagesAt(withEvent({ when: { relative: 'on Thursday', anchor: '2023-02-29' } }), 'events[0].when.anchor')).toEqual(['"2023-02-29" is not a calendar date']);
    expect(messagesAt(withEvent({ when: { relative: 'on Thursday', anchor: '2023-07-14', ancor: 'x' } }), 'events[0].when.ancor'))
      .toEqual(['unknown field; did you mean "anchor"?']);
    expect(validateTimeline(withEvent({ when: { relative: 'on Thursday', anchor: '2023-07-14' } }))).toEqual([]);
  });

  test('an anchor source with a bad published day is reported once, at the source', () => {
    const issues = validateTimeline(withEvent({ when: { relative: 'on Thursday', anchor: 'r' } }, {
      sources: [{ id: 'r', title: 'R', published: '14 July 2023' }],
    }));
    expect(issues).toEqual([{ path: 'sources[0].published', message: '"14 July 2023" is not a YYYY-MM-DD day' }]);
  });

  test('references to a source that failed validation are not reported again', () => {
    const issues = validateTimeline(withEvent({ evidence: [{ source: 'r' }] }, { sources: [{ id: 'r', title: '' }] }));
    expect(issues).toEqual([{ path: 'sources[0].title', message: 'must not be empty' }]);
  });

  test('participants, evidence and related entries must be objects with the right fields', () => {
    expect(messagesAt(withEvent({ participants: ['us'] }, { actors: [{ id: 'us', name: 'US', kind: 'state' }] }), 'events[0].participants[0]'))
      .toEqual(['expected a participant object ({ "actor", "role" }), got "us"']);
    expect(messagesAt(withEvent({ participants: [{}] }), 'events[0].participants[0].actor')).toEqual(['required field is missing']);
    expect(messagesAt(withEvent({ evidence: [{ source: 'r', qoute: 'x' }] }, { sources: [{ id: 'r', title: 'R' }] }), 'events[0].evidence[0].qoute'))
      .toEqual(['unknown field; did you mean "quote"?']);
    expect(messagesAt(withEvent({ related: [{ event: 'e' }] }), 'events[0].related[0].relation')).toEqual(['required field is missing']);
  });

  test('related events may be defined later in the document', () => {
    const input = withEvent({ related: [{ event: 'later', relation: 'follows' }] });
    (input.events as unknown[]).push({ id: 'later', title: 'Later', kind: 'call', when: '2023-07-20' });
    expect(validateTimeline(input)).toEqual([]);
  });

  test('places and coordinates', () => {
    expect(messagesAt(withEvent({ place: 'Jakarta' }), 'events[0].place')).toEqual(['expected a place object, got "Jakarta"']);
    expect(messagesAt(withEvent({ place: { country: 'ID' } }), 'events[0].place.name')).toEqual(['required field is missing']);
    expect(messagesAt(withEvent({ place: { name: 'X', coordinates: { lat: 0, lon: -180.5 } } }), 'events[0].place.coordinates.lon'))
      .toEqual(['-180.5 is out of range: longitude must be between -180 and 180']);
    expect(messagesAt(withEvent({ place: { name: 'X', coordinates: { lat: 0 } } }), 'events[0].place.coordinates.lon')).toEqual(['required field is missing']);
    expect(validateTimeline(withEvent({ place: { name: 'Pole', coordinates: { lat: -90, lon: 180 } } }))).toEqual([]);
  });

  test('classification codes', () => {
    expect(validateTimeline(withEvent({ classification: { plover: { event: 'CONSULT', context: ['diplomatic'] }, cameo: '0141' } }))).toEqual([]);
    expect(messagesAt(withEvent({ classification: { plover: {} } }), 'events[0].classification.plover.event')).toEqual(['required field is missing']);
    expect(messagesAt(withEvent({ classification: { plover: { event: 'X', context: [1] } } }), 'events[0].classification.plover.context[0]'))
      .toEqual(['expected a string, got 1']);
    expect(messagesAt(withEvent({ classification: { cameo: 42 } }), 'events[0].classification.cameo')).toEqual(['expected a string, got 42']);
    expect(messagesAt(withEvent({ classification: { cameo: '21' } }), 'events[0].classification.cameo')).toHaveLength(1);
  });
});

describe('actors', () => {
  const actors = (list: unknown[]) => ({ actors: list, events: [] });

  test('required fields and kinds', () => {
    expect(validateTimeline(actors([{ id: 'x' }]))).toEqual([
      { path: 'actors[0].name', message: 'required field is missing' },
      { path: 'actors[0].kind', message: 'required field is missing' },
    ]);
  });

  test('country codes are checked against ISO 3166-1', () => {
    const codes = (country: unknown) => messagesAt(actors([{ id: 'x', name: 'X', kind: 'state', country }]), 'actors[0].country');
    expect(codes('TW')).toEqual([]);
    expect(codes('XK')).toEqual([]);
    expect(codes('UK')).toEqual(['"UK" is not an ISO 3166-1 alpha-2 country code']);
    expect(codes('USA')).toEqual(['"USA" is not a country code: expected two upper-case letters (ISO 3166-1 alpha-2)']);
    expect(codes(840)).toEqual(['expected a string, got 840']);
  });

  test('affiliations point at a state or organization, not at the actor itself, and not from a state', () => {
    const list = [
      { id: 'us', name: 'US', kind: 'state' },
      { id: 'self', name: 'Self', kind: 'organization', affiliation: 'self' },
      { id: 'p', name: 'P', kind: 'person', affiliation: 'us' },
      { id: 'q', name: 'Q', kind: 'person', affiliation: 'p' },
      { id: 'ru', name: 'RU', kind: 'state', affiliation: 'us' },
    ];
    expect(validateTimeline(actors(list))).toEqual([
      { path: 'actors[1].affiliation', message: 'an actor cannot be affiliated with itself' },
      { path: 'actors[3].affiliation', message: '"p" is a person; an affiliation must be a state or organization' },
      { path: 'actors[4].affiliation', message: expect.stringMatching(/^a state cannot have an affiliation/) },
    ]);
  });

  test('a cycle of affiliations is reported once, at its first actor', () => {
    const list = [
      { id: 'a', name: 'A', kind: 'organization', affiliation: 'b' },
      { id: 'b', name: 'B', kind: 'organization', affiliation: 'c' },
      { id: 'c', name: 'C', kind: 'organization', affiliation: 'a' },
      { id: 'd', name: 'D', kind: 'person', affiliation: 'c' },
    ];
    expect(validateTimeline(actors(list))).toEqual([
      { path: 'actors[0].affiliation', message: 'affiliations form a cycle: "a" → "b" → "c" → "a"' },
    ]);
  });

  test('aliases are strings; wikidata ids look like Q123', () => {
    expect(messagesAt(actors([{ id: 'x', name: 'X', kind: 'state', aliases: 'X' }]), 'actors[0].aliases')).toEqual(['expected an array, got "X"']);
    expect(messagesAt(actors([{ id: 'x', name: 'X', kind: 'state', aliases: ['ok', null] }]), 'actors[0].aliases[1]')).toEqual(['expected a string, got null']);
    expect(validateTimeline(actors([{ id: 'x', name: 'X', kind: 'state', wikidata: 'Q30' }]))).toEqual([]);
  });

  test('duplicate ids name the first use', () => {
    const list = [{ id: 'x', name: 'X', kind: 'state' }, { id: 'y', name: 'Y', kind: 'state' }, { id: 'x', name: 'X2', kind: 'state' }];
    expect(validateTimeline(actors(list))).toEqual([{ path: 'actors[2].id', message: 'duplicate id "x"; first used at actors[0]' }]);
  });
});

describe('sources', () => {
  test('urls of any scheme are accepted; non-URLs are not', () => {
    const source = (url: string) => ({ events: [], sources: [{ id: 's', title: 'S', url }] });
    expect(validateTimeline(source('https://example.org/a'))).toEqual([]);
    expect(validateTimeline(source('mailto:desk@example.org'))).toEqual([]);
    expect(messagesAt(source('example.org/a'), 'sources[0].url')).toEqual(['"example.org/a" is not a URL']);
  });
});

describe('robustness', () => {
  test('values that are not JSON data are reported as wrong types, never thrown', () => {
    const getter = Object.defineProperty({ id: 'e', kind: 'talks', when: '2023' }, 'title', { get: () => { throw new Error('boom'); }, enumerable: true });
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    expect(messagesAt({ events: [getter] }, 'events[0].title')).toEqual(['expected a string, got an accessor property']);
    expect(validateTimeline(hostile)).toEqual([{ path: '$', message: 'expected a timeline document (a JSON object with an "events" array), got an unreadable value' }]);
    expect(messagesAt(withEvent({ title: () => 'x' }), 'events[0].title')).toEqual(['expected a string, got a function']);
    expect(messagesAt(withEvent({ when: new Date(0) }), 'events[0].when')).toEqual(['expected an EDTF string or a { "relative", "anchor" } object, got a Date object']);
    expect(messagesAt(withEvent({ place: new (class Place { name = 'X'; })() }), 'events[0].place')).toEqual(['expected a place object, got a class instance']);
    expect(messagesAt(withEvent({ place: { name: 'X', coordinates: { lat: Number.NaN, lon: 0 } } }), 'events[0].place.coordinates.lat'))
      .toEqual(['expected a number, got NaN']);
    expect(messagesAt(withEvent({ summary: 1n }), 'events[0].summary')).toEqual(['expected a string, got a bigint']);
  });

  test('properties set to undefined count as absent', () => {
    expect(validateTimeline(withEvent({ summary: undefined, place: undefined }))).toEqual([]);
  });

  test('very deep nesting is cut off without recursion', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(messagesAt(withEvent({ extra: deep }), 'events[0].extra')).toEqual(['unknown field; known fields are id, title, summary, kind, when, status, participants, place, evidence, related and classification']);
    expect(messagesAt(withEvent({ place: { name: deep } }), 'events[0].place.name')).toEqual(['expected a string, got an array']);
  });

  test(`after ${maxIssues} problems the list says how many more there were`, () => {
    const events = Array.from({ length: maxIssues + 10 }, (_, index) => ({ id: `e${index}`, title: 'T', kind: 'talks', when: 'soon' }));
    const issues = validateTimeline({ events });
    expect(issues).toHaveLength(maxIssues + 1);
    expect(issues.at(-1)).toEqual({ path: '$', message: '10 more problems were not listed' });
  });

  test('dates that cannot be read are quoted short, in EDTF and in relative phrases', () => {
    const long = `2023-07-13 ${'and then '.repeat(10_000)}`;
    const [edtf] = messagesAt(withEvent({ when: long }), 'events[0].when');
    const [phrase] = messagesAt(withEvent({ when: { relative: long, anchor: '2023-07-14' } }), 'events[0].when.relative');
    for (const message of [edtf!, phrase!]) {
      expect(message).toContain('"2023-07-13 and then');
      expect(message.length).toBeLessThanOrEqual(500);
    }
  });

  test('long values are shortened in messages', () => {
    const [message] = messagesAt(withEvent({ kind: 'x'.repeat(500) }), 'events[0].kind');
    expect(message).toContain(`"${'x'.repeat(59)}…"`);
    expect(message).not.toContain('x'.repeat(61));
  });
});
