/**
 * The article data set (examples/data/us-china-diplomacy-2023-07.json)
 * against the article itself (a copy kept next to it, so the test does not
 * depend on anything outside the repository).
 *
 * The expected dates below were written from reading the article, published
 * on Friday 2023-07-14, not from running the resolver: they are what a
 * careful reader would say each event's date is, and no more precise than
 * the article.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parse.js';
import type { EventStatus, Precision, TimelineDocument, TimelineEvent } from '../../src/model/types.js';

// A file path, not a URL object: a jsdom environment replaces the global URL.
const dataDirectory = join(dirname(fileURLToPath(import.meta.url)), '../../examples/data');
const documentText = readFileSync(join(dataDirectory, 'us-china-diplomacy-2023-07.json'), 'utf8');
const articleText = readFileSync(join(dataDirectory, 'article-2023-07-14.txt'), 'utf8');
const timelineDocument = JSON.parse(documentText) as TimelineDocument;

const sourceId = 'abs-cbn-2023-07-14';
const publicationDay = '2023-07-14';

/**
 * A reader's date for an event. `unknownStart`: the article gives only an
 * upper bound (an EDTF interval with an empty start), so `earliest` repeats
 * `latest` and the start is flagged unknown rather than invented.
 */
interface ExpectedWhen {
  readonly earliest: string;
  readonly latest: string;
  readonly precision: Precision;
  readonly approximate?: boolean;
  readonly unknownStart?: boolean;
}

/** Anchor Friday 2023-07-14: this week is 07-10…07-16, last week 07-03…07-09, next week 07-17…07-23. */
const thisWeek: ExpectedWhen = { earliest: '2023-07-10', latest: '2023-07-16', precision: 'week' };
const thursday: ExpectedWhen = { earliest: '2023-07-13', latest: '2023-07-13', precision: 'day' };
const wednesday: ExpectedWhen = { earliest: '2023-07-12', latest: '2023-07-12', precision: 'day' };
const june: ExpectedWhen = { earliest: '2023-06-01', latest: '2023-06-30', precision: 'month' };
const byPublication: ExpectedWhen = { earliest: publicationDay, latest: publicationDay, precision: 'day', unknownStart: true };
const bySummitClose: ExpectedWhen = { earliest: '2023-07-12', latest: '2023-07-12', precision: 'day', unknownStart: true };

const expectedWhen: Readonly<Record<string, ExpectedWhen>> = {
  // "Blinken is visiting Jakarta amid a meeting …", "Wang Yi is attending": under way at publication.
  'asean-foreign-ministers-meeting': thisWeek,
  'blinken-jakarta-visit': thisWeek,
  'qin-gang-absence': thisWeek,
  // "… after Beijing said …": no date, before publication.
  'beijing-qin-health-statement': byPublication,
  // "… in Jakarta on Thursday".
  'blinken-wang-jakarta': thursday,
  // Describes Thursday's talks, reported on Friday.
  'miller-statement': { earliest: '2023-07-13', latest: '2023-07-14', precision: 'day' },
  'lavrov-wang-jakarta': thursday,
  'wang-statement-china-russia-ties': thursday,
  'russia-war-in-ukraine': byPublication,
  'china-neutrality-claim': byPublication,
  // "… in Beijing last month".
  'blinken-beijing-visit': june,
  // "… also visited last week".
  'yellen-visit': { earliest: '2023-07-03', latest: '2023-07-09', precision: 'week' },
  // "… is expected there next week".
  'kerry-visit': { earliest: '2023-07-17', latest: '2023-07-23', precision: 'week' },
  // "… at last month's Shangri-La Dialogue".
  'shangri-la-dialogue': june,
  'austin-li-talks': june,
  // "… currently faces US sanctions".
  'us-sanctions-li': { earliest: publicationDay, latest: publicationDay, precision: 'day' },
  // "… which Beijing has repeatedly criticized".
  'beijing-criticizes-li-sanctions': byPublication,
  // "This followed China complaining …": before the Pentagon visit of Wednesday.
  'china-complaint-military-communications': bySummitClose,
  // "… after his talks with Li did not take place" (last month), before publication.
  'austin-comments-military-communications': { earliest: '2023-06-01', latest: publicationDay, precision: 'month' },
  // "Also on Wednesday, China's ambassador made a rare visit to the Pentagon".
  'chinese-ambassador-pentagon': wednesday,
  'biden-europe-trip': thisWeek,
  // "… which wrapped up in Vilnius, Lithuania, on Wednesday".
  'nato-summit-vilnius': wednesday,
  'nato-communique': bySummitClose,
  'china-response-communique': byPublication,
  'japan-south-korea-at-nato-summit': bySummitClose,
  // "… during the summit".
  'chinese-military-activity-off-taiwan': bySummitClose,
  // "… said on Wednesday that a Chinese group had hacked …".
  'chinese-group-email-hack': bySummitClose,
  'microsoft-hack-statement': wednesday,
  // "… and continues to Finland on Thursday".
  'biden-finland': thursday,
  // "… released a strategy document … later on Thursday".
  'germany-china-strategy': thursday,
};

/** "In recent weeks" is approximate by nature, so its span is checked against bounds, not exact days. */
const recentWeeksEvent = 'us-china-talks-recent-weeks';

/**
 * Events the article reports in the present tense without a date ("is
 * visiting", "is attending", "visits Europe"): the only phrase here that is
 * not the article's own words is "this week", the reader's honest reading.
 */
const presentTenseEvents = ['asean-foreign-ministers-meeting', 'blinken-jakarta-visit', 'qin-gang-absence', 'biden-europe-trip'];

/** Statuses the article states outright: what is expected, what did not happen, what is under way. */
const expectedStatus: Readonly<Record<string, EventStatus>> = {
  'kerry-visit': 'expected',
  'austin-li-talks': 'did-not-occur',
  'qin-gang-absence': 'did-not-occur',
  'us-sanctions-li': 'ongoing',
  'asean-foreign-ministers-meeting': 'ongoing',
  'blinken-wang-jakarta': 'occurred',
  'lavrov-wang-jakarta': 'occurred',
  'chinese-ambassador-pentagon': 'occurred',
  'blinken-beijing-visit': 'occurred',
  'yellen-visit': 'occurred',
  'shangri-la-dialogue': 'occurred',
};

/** Every person the article names, as the article spells them. */
const namedPeople = [
  'Antony Blinken',
  'Wang Yi',
  'Matthew Miller',
  'Qin Gang',
  'Sergey Lavrov',
  'Xi Jinping',
  'Janet Yellen',
  'John Kerry',
  'Lloyd Austin',
  'Li Shangfu',
  'Joe Biden',
];

const timeline = parseTimeline(timelineDocument);
const eventsById = new Map<string, TimelineEvent>(timeline.events.map((event) => [event.id, event]));

function eventNamed(id: string): TimelineEvent {
  const event = eventsById.get(id);
  if (event === undefined) throw new Error(`no event "${id}" in the data set`);
  return event;
}

describe('the article data set', () => {
  it('has a date expectation for every event and an event for every expectation', () => {
    expect([...eventsById.keys()].sort()).toEqual([...Object.keys(expectedWhen), recentWeeksEvent].sort());
    expect(eventsById.size).toBeGreaterThan(20);
  });

  it('names the article as its only source, with the publication day', () => {
    expect(timeline.sources).toEqual([expect.objectContaining({ id: sourceId, published: publicationDay })]);
    expect(articleText.startsWith(` date ${publicationDay}`)).toBe(true);
  });

  it.each(Object.entries(expectedWhen))(
    '%s resolves to the date a reader takes from the article',
    (id, expected) => {
      const { when } = eventNamed(id);
      expect({ earliest: when.earliest, latest: when.latest, precision: when.precision }).toEqual({
        earliest: expected.earliest,
        latest: expected.latest,
        precision: expected.precision,
      });
      expect(when.approximate).toBe(expected.approximate ?? false);
      expect(when.uncertain).toBe(false);
      expect(when.start.unknown).toBe(expected.unknownStart ?? false);
      expect(when.end.unknown).toBe(false);
    },
  );

  it('reads "In recent weeks" as an approximate span of weeks ending at publication', () => {
    const { when } = eventNamed(recentWeeksEvent);
    expect(when.approximate).toBe(true);
    expect(when.latest).toBe(publicationDay);
    // "Several weeks": more than one week, and not reaching back a whole season.
    expect(when.earliest <= '2023-07-07').toBe(true);
    expect(when.earliest >= '2023-04-14').toBe(true);
  });

  it('keeps relative phrases as the article wrote them, anchored on the article', () => {
    const relativeEvents = timelineDocument.events.filter((event) => typeof event.when !== 'string');
    expect(relativeEvents.length).toBeGreaterThan(10);
    for (const event of relativeEvents) {
      if (typeof event.when === 'string') continue;
      expect(event.when.anchor).toBe(sourceId);
      if (presentTenseEvents.includes(event.id)) expect(event.when.relative, event.id).toBe('this week');
      else expect(articleText, event.id).toContain(event.when.relative);
      const resolved = eventNamed(event.id).when;
      expect(resolved.relative).toBe(true);
      expect(resolved.text).toBe(event.when.relative);
      expect(resolved.anchorDay).toBe(publicationDay);
    }
  });

  it('gives the statuses the article states', () => {
    for (const [id, status] of Object.entries(expectedStatus)) {
      expect({ id, status: eventNamed(id).status }).toEqual({ id, status });
    }
  });

  it('keeps every status consistent with the publication day', () => {
    // Held: over by publication. Did not occur: was due by publication (Qin Gang's absence
    // lasts as long as the ongoing meeting). Ongoing: under way at publication. Expected: after it.
    const consistent = (event: TimelineEvent): boolean => {
      const { earliest, latest } = event.when;
      switch (event.status) {
        case 'occurred':
          return latest <= publicationDay;
        case 'did-not-occur':
          return earliest <= publicationDay;
        case 'ongoing':
          return earliest <= publicationDay && publicationDay <= latest;
        case 'expected':
          return earliest > publicationDay;
        default:
          return false;
      }
    };
    for (const event of timeline.events) {
      expect({ id: event.id, status: event.status, consistent: consistent(event) }).toEqual({ id: event.id, status: event.status, consistent: true });
    }
  });

  it('backs every event with a verbatim quote from the article', () => {
    for (const event of timeline.events) {
      expect(event.evidence.length, event.id).toBeGreaterThan(0);
      for (const evidence of event.evidence) {
        expect(evidence.source).toBe(sourceId);
        expect(evidence.quote, event.id).toBeDefined();
        expect(articleText, event.id).toContain(evidence.quote);
      }
    }
  });

  it('has every named person as a person actor', () => {
    for (const name of namedPeople) {
      expect(articleText).toContain(name);
      const actor = timeline.actors.find((candidate) => candidate.name === name);
      expect(actor, name).toBeDefined();
      expect(actor?.kind, name).toBe('person');
      expect(actor?.affiliation, name).toBeDefined();
      expect(actor?.role, name).toBeDefined();
    }
  });

  it('uses every actor, and links only to events that exist', () => {
    // A state the article names only as a place (Indonesia, Lithuania) is used through that place's country.
    const participating = new Set(timeline.events.flatMap((event) => event.participants.map((participant) => participant.actor)));
    const affiliated = new Set(timeline.actors.flatMap((actor) => (actor.affiliation === undefined ? [] : [actor.affiliation])));
    const placeCountries = new Set(timeline.events.flatMap((event) => (event.place?.country === undefined ? [] : [event.place.country])));
    for (const actor of timeline.actors) {
      const used =
        participating.has(actor.id) ||
        affiliated.has(actor.id) ||
        (actor.kind === 'state' && actor.country !== undefined && placeCountries.has(actor.country));
      expect({ actor: actor.id, used }).toEqual({ actor: actor.id, used: true });
    }
    for (const event of timeline.events) {
      for (const link of event.related) {
        expect(eventsById.has(link.event), `${event.id} → ${link.event}`).toBe(true);
        expect(link.event).not.toBe(event.id);
      }
    }
  });

  it('draws the links the article draws', () => {
    const linksOf = (id: string): string[] => eventNamed(id).related.map((link) => `${link.relation} ${link.event}`);
    expect(linksOf('nato-communique')).toContain('part-of nato-summit-vilnius');
    expect(linksOf('china-response-communique')).toContain('responds-to nato-communique');
    expect(linksOf('chinese-ambassador-pentagon')).toContain('follows china-complaint-military-communications');
    expect(linksOf('miller-statement')).toContain('part-of blinken-wang-jakarta');
    expect(linksOf('japan-south-korea-at-nato-summit')).toContain('part-of nato-summit-vilnius');
    expect(linksOf('biden-finland')).toContain('follows nato-summit-vilnius');
    expect(linksOf('austin-li-talks')).toContain('part-of shangri-la-dialogue');
    expect(linksOf('yellen-visit')).toContain('part-of us-china-talks-recent-weeks');
    expect(linksOf('kerry-visit')).toContain('part-of us-china-talks-recent-weeks');
  });

  it('does not tie "a Chinese group" to the Chinese state', () => {
    const group = timeline.actors.find((actor) => actor.id === 'chinese-hacking-group');
    expect(group?.kind).toBe('organization');
    expect(group?.affiliation).toBeUndefined();
  });
});
