import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../../src/model/parse.js';
import { toJsonLd } from '../../../src/interop/json-ld.js';

const sample = parseTimeline(JSON.parse(readFileSync(new URL('../../fixtures/sample.json', import.meta.url), 'utf8')));

type Node = Record<string, unknown>;

function itemsOf(output: Node): Node[] {
  return (output.itemListElement as Node[]).map((element) => element.item as Node);
}

describe('toJsonLd', () => {
  it('writes an ItemList of Events with dates as precise as known', () => {
    const timeline = parseTimeline({
      events: [
        { id: 'm', title: 'M', kind: 'talks', when: '2023-06', status: 'postponed' },
        { id: 'y', title: 'Y', kind: 'talks', when: '2023', status: 'unknown' },
        { id: 'w', title: 'W', kind: 'talks', when: { relative: 'next week', anchor: '2023-07-14' }, status: 'did-not-occur' },
        { id: 'i', title: 'I', kind: 'talks', when: '2023-06/2023-07-15', status: 'occurred' },
        { id: 'r', title: 'R', kind: 'talks', when: '2023-08-01', status: 'scheduled', related: [{ event: 'm', relation: 'reschedules' }] },
      ],
    });
    const { output } = toJsonLd(timeline);
    expect(output).toMatchObject({ '@context': 'https://schema.org', '@type': 'ItemList', numberOfItems: 5 });
    const byId = new Map(itemsOf(output).map((item) => [item.identifier, item]));
    expect(byId.get('m')).toMatchObject({ '@type': 'Event', startDate: '2023-06', eventStatus: 'https://schema.org/EventPostponed' });
    expect(byId.get('m')).not.toHaveProperty('endDate');
    expect(byId.get('y')).toMatchObject({ startDate: '2023' });
    expect(byId.get('y')).not.toHaveProperty('eventStatus');
    expect(byId.get('w')).toMatchObject({ startDate: '2023-07-17', endDate: '2023-07-23', eventStatus: 'https://schema.org/EventCancelled' });
    expect(byId.get('i')).toMatchObject({ startDate: '2023-06', endDate: '2023-07-15', eventStatus: 'https://schema.org/EventScheduled' });
    expect(byId.get('r')).toMatchObject({ eventStatus: 'https://schema.org/EventRescheduled' });
  });

  it('types participants and places, and survives JSON serialization', () => {
    const { output, warnings } = toJsonLd(sample);
    const talks = itemsOf(JSON.parse(JSON.stringify(output)) as Node).find((item) => item.identifier === 'blinken-wang-jakarta')!;
    expect(talks.location).toEqual({ '@type': 'Place', name: 'Jakarta', address: { '@type': 'PostalAddress', addressCountry: 'ID' }, geo: { '@type': 'GeoCoordinates', latitude: -6.2, longitude: 106.85 } });
    expect(talks.attendee).toEqual([
      { '@type': 'Person', name: 'Antony Blinken', identifier: 'blinken', sameAs: 'https://www.wikidata.org/wiki/Q310176', jobTitle: 'Secretary of State' },
      { '@type': 'Person', name: 'Wang Yi', identifier: 'wang-yi', jobTitle: 'top diplomat' },
    ]);
    expect(talks.subjectOf).toEqual([{ '@type': 'CreativeWork', name: 'Blinken holds talks with Wang Yi in Jakarta', url: 'https://example.org/2023/07/14/blinken-wang', publisher: { '@type': 'Organization', name: 'Example News' }, datePublished: '2023-07-14' }]);
    expect(warnings.filter((w) => w.eventId === 'blinken-wang-jakarta').map((w) => w.field)).toEqual(['when.text', 'participants', 'evidence', 'classification', 'status']);
  });
});
