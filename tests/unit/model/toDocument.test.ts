import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { toDocument } from '../../../src/model/document.js';
import { parseTimeline } from '../../../src/model/parse.js';
import { Timeline } from '../../../src/model/timeline.js';
import type { TimelineDocument } from '../../../src/model/types.js';
import { validateTimeline } from '../../../src/model/validate.js';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe.each([
  'examples/data/us-china-diplomacy-2023-07.json',
  'examples/data/crisis-one-week.json',
  'examples/data/decade-negotiation.json',
  'tests/fixtures/sample.json',
])('toDocument of %s', (path) => {
  const timeline = parseTimeline(read(path));
  const document = toDocument(timeline);

  test('is a valid document that parses to the same timeline', () => {
    expect(validateTimeline(document)).toEqual([]);
    expect(parseTimeline(JSON.parse(JSON.stringify(document))).toJSON()).toEqual(timeline.toJSON());
  });

  test('writes each date as its document wrote it', () => {
    const original = read(path) as TimelineDocument;
    const written = new Map(original.events.map((event) => [event.id, event.when]));
    for (const event of document.events) expect(event.when).toEqual(written.get(event.id));
  });
});

describe('toDocument', () => {
  test('a relative date whose source no longer gives its anchor day is anchored on the day itself', () => {
    const parsed = parseTimeline({
      sources: [{ id: 'article', title: 'An article', published: '2023-07-14' }],
      events: [{ id: 'a', title: 'Talks', kind: 'talks', when: { relative: 'next week', anchor: 'article' } }],
    });
    // A timeline built by hand, whose source lost its publication day.
    const handmade = new Timeline({ sources: [{ id: 'article', title: 'An article' }], events: parsed.events });
    const document = toDocument(handmade);
    expect(document.events[0]!.when).toEqual({ relative: 'next week', anchor: '2023-07-14' });
    expect(parseTimeline(document).events[0]!.when).toMatchObject({ earliest: '2023-07-17', latest: '2023-07-23', precision: 'week' });
  });

  test('spells out defaults and leaves out empty lists', () => {
    const document = toDocument(parseTimeline({ events: [{ id: 'a', title: 'A', kind: 'talks', when: '2023-06' }] }));
    expect(document).toEqual({ sources: [], actors: [], events: [{ id: 'a', title: 'A', kind: 'talks', when: '2023-06', status: 'unknown' }] });
  });
});
