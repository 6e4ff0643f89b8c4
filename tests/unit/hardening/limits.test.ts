// Hostile sizes: a 10 MB title, junk nested far deeper than any document,
// 100,000 actors, hundreds of thousands of problems. Each is either handled
// or rejected with a clear, bounded error; never a stack overflow, never a
// message as large as the input. The million-event document is in
// tests/browser/hardening-limits.test.ts (that project runs once, this one
// four times). Times are measured by tests/hardening/measure-limits.ts, not
// asserted here.
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/layout/computeLayout.js';
import { TimelineValidationError } from '../../../src/model/errors.js';
import { parseTimeline } from '../../../src/model/parse.js';
import { validateTimeline } from '../../../src/model/validate.js';
import { formatDay, toDayNumber } from '../../../src/time/calendar.js';

const tenMegabytes = 10 * 1024 * 1024;
const july = toDayNumber(2023, 7, 1);

function rejection(input: unknown): TimelineValidationError {
  try {
    parseTimeline(input);
  } catch (error) {
    if (error instanceof TimelineValidationError) return error;
    throw new Error(`parseTimeline threw something other than a TimelineValidationError: ${String(error)}`, { cause: error });
  }
  throw new Error('parseTimeline accepted the document');
}

/** Every issue is short enough to read, whatever the size of the value it is about. */
function expectBoundedIssues(error: TimelineValidationError): void {
  for (const issue of error.issues) expect(issue.message.length, `${issue.path}: ${issue.message.slice(0, 200)}…`).toBeLessThan(1000);
  expect(error.message.length).toBeLessThan(10_000);
}

/** `depth` nested arrays around `core`, built iteratively. */
function nestedArrays(depth: number, core: unknown = 'junk'): unknown {
  let value: unknown = core;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** `depth` nested objects `{ a: { a: … } }`, built iteratively. */
function nestedObjects(depth: number): unknown {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

describe('a 10 MB title', () => {
  const title = 'Talks '.repeat(Math.ceil(tenMegabytes / 6)).slice(0, tenMegabytes);

  it('is kept whole and laid out (a label width is estimated, not measured per character forever)', () => {
    const timeline = parseTimeline({ events: [{ id: 'e', title, kind: 'talks', when: '2023-07-13' }] });
    expect(timeline.events[0]!.title.length).toBe(tenMegabytes);
    const layout = computeLayout(timeline, { scale: { from: july, to: july + 31, x0: 0, x1: 800 } });
    expect(layout.placements.count).toBe(1);
  });

  it('in a field that must be a date is rejected with a short message', () => {
    const error = rejection({ events: [{ id: 'e', title: 'T', kind: 'talks', when: title }] });
    expect(error.issues.map((issue) => issue.path)).toEqual(['events[0].when']);
    expectBoundedIssues(error);
  });

  it('as a relative phrase is rejected with a short message', () => {
    const error = rejection({ events: [{ id: 'e', title: 'T', kind: 'talks', when: { relative: title, anchor: '2023-07-14' } }] });
    expect(error.issues.map((issue) => issue.path)).toEqual(['events[0].when.relative']);
    expectBoundedIssues(error);
  });

  it('as an id, kind, country or reference is rejected with short messages', () => {
    const error = rejection({
      actors: [{ id: title, name: 'A', kind: title, country: title }],
      events: [{ id: 'e', title: 'T', kind: title, when: '2023', status: title, participants: [{ actor: title.slice(1) }] }],
    });
    expect(error.issues.length).toBeGreaterThanOrEqual(4);
    expectBoundedIssues(error);
  });
});

describe('deeply nested junk', () => {
  const depth = 200_000;

  it('as the whole document is rejected without a stack overflow', () => {
    const error = rejection(nestedArrays(depth));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toBe('$');
  });

  it('in a field, an unknown field or a list is rejected at its path', () => {
    const input = {
      title: nestedObjects(depth),
      junk: nestedArrays(depth),
      events: [{ id: 'e', title: 'T', kind: 'talks', when: nestedArrays(depth), place: nestedObjects(depth), participants: nestedArrays(depth) }],
    };
    const error = rejection(input);
    const paths = error.issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'junk', 'events[0].when', 'events[0].participants[0]']));
    expectBoundedIssues(error);
  });

  it('parsed from JSON text is rejected the same way', () => {
    const text = `{"events":[{"id":"e","title":"T","kind":"talks","when":"2023","place":${'['.repeat(depth)}${']'.repeat(depth)}}]}`;
    const error = rejection(JSON.parse(text));
    expect(error.issues.map((issue) => issue.path)).toEqual(['events[0].place']);
  });

  it('in classification codes and aliases (arrays the document does allow) is rejected', () => {
    const error = rejection({
      actors: [{ id: 'a', name: 'A', kind: 'state', aliases: [nestedArrays(depth)] }],
      events: [{ id: 'e', title: 'T', kind: 'talks', when: '2023', classification: { plover: { event: 'CONSULT', context: [nestedObjects(depth)] } } }],
    });
    expect(error.issues.length).toBeGreaterThanOrEqual(2);
    expectBoundedIssues(error);
  });
});

describe('100,000 actors', () => {
  const count = 100_000;
  const actors = Array.from({ length: count }, (_, i) => ({ id: `actor-${i}`, name: `Actor ${i}`, kind: 'organization' }));

  it('are accepted and each event sits in its participants\' lanes', () => {
    const events = Array.from({ length: 2_000 }, (_, i) => ({
      id: `e${i}`, title: `Meeting ${i}`, kind: 'talks', when: formatDay(july + (i % 60)),
      participants: [{ actor: `actor-${(i * 37) % count}` }, { actor: `actor-${(i * 91 + 1) % count}` }],
    }));
    const timeline = parseTimeline({ actors, events });
    expect(timeline.actors).toHaveLength(count);
    expect(timeline.actor(`actor-${count - 1}`)?.name).toBe(`Actor ${count - 1}`);
    const layout = computeLayout(timeline, { scale: { from: july, to: july + 60, x0: 0, x1: 1200 } });
    expect(layout.placements.count).toBe(2 * events.length);
  });

  it('with every reference broken, report at most 1000 issues and count the rest', () => {
    const events = Array.from({ length: 5_000 }, (_, i) => ({
      id: `e${i}`, title: `Meeting ${i}`, kind: 'talks', when: '2023-07-13', participants: [{ actor: `missing-${i}` }],
    }));
    const broken = actors.map((actor, i) => ({ ...actor, kind: 'person', affiliation: `nowhere-${i}` }));
    const issues = validateTimeline({ actors: broken, events });
    expect(issues.length).toBe(1001);
    expect(issues[1000]!.message).toMatch(/\d+ more problems were not listed/);
    const more = Number(/(\d+) more/.exec(issues[1000]!.message)![1]);
    expect(more).toBe(count + events.length - 1000);
  });
});

describe('many problems at once', () => {
  it('a document of 20,000 broken events yields a bounded report', () => {
    const events = Array.from({ length: 20_000 }, (_, i) => ({ id: 'same', titel: `typo ${i}`, kind: 'talk', when: '2023-02-30' }));
    const error = rejection({ events });
    expect(error.issues.length).toBe(1001);
    expectBoundedIssues(error);
  });
});
