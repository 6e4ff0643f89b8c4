import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../../src/model/parse.js';
import { FormatError } from '../../../src/interop/format-error.js';
import { fromTimelineJs, toTimelineJs } from '../../../src/interop/timelinejs.js';
import { richDocument } from './support/documents.js';

const sample = parseTimeline(JSON.parse(readFileSync(new URL('../../fixtures/sample.json', import.meta.url), 'utf8')));

function issuesOf(input: string | object): readonly { path: string; message: string }[] {
  try {
    fromTimelineJs(input);
  } catch (error) {
    if (error instanceof FormatError) return error.issues;
    throw error;
  }
  throw new Error('expected a FormatError');
}

describe('toTimelineJs', () => {
  it('writes dates with only the parts that are known', () => {
    const timeline = parseTimeline({
      events: [
        { id: 'm', title: 'Month', kind: 'talks', when: '2023-06' },
        { id: 'd', title: 'Day', kind: 'talks', when: '2023-07-13' },
        { id: 'y', title: 'Year', kind: 'talks', when: '2023' },
        { id: 'w', title: 'Week', kind: 'talks', when: { relative: 'next week', anchor: '2023-07-14' } },
        { id: 's', title: 'Summer', kind: 'talks', when: '2023-22~' },
      ],
    });
    const { output } = toTimelineJs(timeline);
    const slide = (id: string) => output.events.find((e) => e.unique_id === id)!;
    expect(slide('m')).toMatchObject({ start_date: { year: 2023, month: 6 } });
    expect(slide('m').start_date).not.toHaveProperty('day');
    expect(slide('m')).not.toHaveProperty('end_date');
    expect(slide('m')).not.toHaveProperty('display_date');
    expect(slide('d').start_date).toEqual({ year: 2023, month: 7, day: 13 });
    expect(slide('y').start_date).toEqual({ year: 2023 });
    expect(slide('w')).toMatchObject({ start_date: { year: 2023, month: 7, day: 17 }, end_date: { year: 2023, month: 7, day: 23 }, display_date: 'next week' });
    expect(slide('s')).toMatchObject({ start_date: { year: 2023, month: 6, day: 1 }, end_date: { year: 2023, month: 8, day: 31 }, display_date: '2023-22~' });
  });

  it('escapes text for HTML, groups by lane, and reports what it drops', () => {
    const { output, warnings } = toTimelineJs(sample);
    const talks = output.events.find((e) => e.unique_id === 'blinken-wang-jakarta')!;
    expect(talks.group).toBe('United States');
    expect(talks.display_date).toBe('on Thursday');
    expect(output.title?.text.headline).toBe('Sample: US–China–Russia contacts, July 2023');
    const fields = warnings.filter((w) => w.eventId === 'blinken-wang-jakarta').map((w) => w.field);
    expect(fields).toEqual(expect.arrayContaining(['when.anchor', 'kind', 'status', 'participants', 'place', 'evidence', 'classification']));
    const hostile = parseTimeline({ events: [{ id: 'x', title: '<img src=x onerror=alert(1)>', summary: 'a & b', kind: 'talks', when: '2023' }] });
    const slide = toTimelineJs(hostile).output.events[0]!;
    expect(slide.text).toEqual({ headline: '&lt;img src=x onerror=alert(1)&gt;', text: 'a &amp; b' });
    expect(slide.group).toBe('talks');
  });
});

describe('fromTimelineJs', () => {
  it('round-trips generated documents: ids, titles, summaries, days, and EDTF dates as written', () => {
    fc.assert(fc.property(richDocument, (input) => {
      const timeline = parseTimeline(input);
      const back = parseTimeline(fromTimelineJs(JSON.stringify(toTimelineJs(timeline).output)).document);
      expect(back.events.map((e) => e.id).sort()).toEqual(timeline.events.map((e) => e.id).sort());
      for (const event of timeline.events) {
        const copy = back.event(event.id)!;
        expect([copy.title, copy.summary, copy.when.earliest, copy.when.latest]).toEqual([event.title, event.summary, event.when.earliest, event.when.latest]);
        if (!event.when.relative) expect(copy.when.text).toBe(event.when.text);
        if (event.participants.length === 0) expect(copy.kind).toBe(event.kind);
      }
    }), { numRuns: 40 });
  });

  it('reduces HTML to text and says so', () => {
    const { document, warnings } = fromTimelineJs({
      title: { text: { headline: 'Talks <i>timeline</i>', text: '<p>One</p><p>Two</p>' } },
      events: [{ unique_id: 'a', start_date: { year: '2023', month: '7', day: '13', hour: '9' }, text: { headline: '<b>Blinken</b> &amp; Wang&#39;s &#x1F600; talks<script>alert(1)</script>', text: 'x &lt;b&gt; &bogus; &#0;' }, media: { url: 'x' } }],
    });
    expect(document.title).toBe('Talks timeline');
    expect(document.description).toBe('One\nTwo');
    const [event] = document.events;
    expect(event).toMatchObject({ id: 'a', title: "Blinken & Wang's 😀 talks", summary: 'x <b> &bogus; \ufffd', when: '2023-07-13', kind: 'other' });
    expect(warnings.map((w) => w.field)).toEqual(expect.arrayContaining(['title', 'events[0].start_date.hour', 'events[0].media']));
  });

  it('keeps the numeric date and warns when display_date is not an EDTF date for the same days', () => {
    const { document, warnings } = fromTimelineJs({ events: [{ unique_id: 'a', start_date: { year: 2023, month: 7, day: 17 }, end_date: { year: 2023, month: 7, day: 23 }, display_date: 'next week', text: { headline: 'A' } }] });
    expect(document.events[0]!.when).toBe('2023-07-17/2023-07-23');
    expect(warnings).toContainEqual(expect.objectContaining({ eventId: 'a', field: 'events[0].display_date' }));
  });

  it('rejects malformed documents with paths', () => {
    expect(issuesOf('{"events": [')[0]!.message).toMatch(/^not valid JSON/);
    expect(issuesOf('[]')).toEqual([{ path: '', message: 'expected a TimelineJS document (an object with "events"), found an array' }]);
    expect(issuesOf({ events: {} })).toEqual([{ path: 'events', message: 'expected an array of slides, found an object' }]);
    expect(issuesOf({ events: [
      { start_date: { year: 2023, month: 13 } },
      { start_date: { year: 2023, month: 2, day: 30 } },
      { start_date: 'x' },
      { start_date: { year: 2023 }, end_date: { year: 2022 } },
      7,
      { start_date: { year: -44 }, text: 'x' },
    ] })).toEqual([
      { path: 'events[0].start_date.month', message: '13 is not a month (1–12)' },
      { path: 'events[1].start_date.day', message: '30 is not a day of 2023-02' },
      { path: 'events[2].start_date', message: 'expected a date object like {"year": 2023, "month": 7}, found "x"' },
      { path: 'events[3].end_date', message: 'ends before start_date' },
      { path: 'events[4]', message: 'expected a slide object, found 7' },
      { path: 'events[5].start_date.year', message: '-44 is outside the years 0000–9999 this package supports' },
      { path: 'events[5].text', message: 'expected an object with "headline" and "text", found "x"' },
    ]);
  });
});
