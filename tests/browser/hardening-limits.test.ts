// The heaviest limit: a document of 1,000,000 events, parsed and laid out in
// Node. It lives in the browser project because that project runs once (the
// unit suite runs under four time zones); the other limits are in
// tests/unit/hardening/limits.test.ts. Nothing here asserts a time: the
// times and heap sizes are printed for the report.
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/layout/computeLayout.js';
import { TimelineValidationError } from '../../src/model/errors.js';
import { parseTimeline } from '../../src/model/parse.js';
import { validateTimeline } from '../../src/model/validate.js';
import { formatDay, toDayNumber } from '../../src/time/calendar.js';

const count = 1_000_000;
const firstDay = toDayNumber(2015, 1, 1);

function millionEvents(): Record<string, unknown> {
  const actors = Array.from({ length: 20 }, (_, i) => ({ id: `a${i}`, name: `State ${i}`, kind: 'state' }));
  const events = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`, title: `Event ${i}`, kind: 'talks', when: i % 10 === 0 ? `${formatDay(firstDay + (i % 3650))}/${formatDay(firstDay + (i % 3650) + 5)}` : formatDay(firstDay + (i % 3650)),
    participants: [{ actor: `a${i % 20}` }, ...(i % 3 === 0 ? [{ actor: `a${(i + 7) % 20}` }] : [])],
  }));
  return { actors, events };
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1e6)} MB`;
}

describe('a document of 1,000,000 events', () => {
  it('is parsed to a Timeline and laid out with every event placed', () => {
    const document = millionEvents();
    const heapBefore = process.memoryUsage().heapUsed;
    const parseStart = performance.now();
    const timeline = parseTimeline(document);
    const parsed = performance.now() - parseStart;
    expect(timeline.events).toHaveLength(count);
    const layoutStart = performance.now();
    const layout = computeLayout(timeline, { scale: { from: firstDay, to: firstDay + 3660, x0: 0, x1: 1600 } });
    const laidOut = performance.now() - layoutStart;
    expect(layout.events).toHaveLength(count);
    let placed = 0;
    for (let e = 0; e < count; e += 1) if (layout.placements.countOfEvent[e]! > 0) placed += 1;
    expect(placed).toBe(count);
    console.log(`1,000,000 events: parseTimeline ${Math.round(parsed)} ms, computeLayout ${Math.round(laidOut)} ms, `
      + `${layout.placements.count} placements, heap +${megabytes(process.memoryUsage().heapUsed - heapBefore)}`);
  }, 600_000);

  it('with every event broken, is rejected with a bounded report', () => {
    const document = millionEvents();
    (document.events as Record<string, unknown>[]).forEach((event, i) => { event.when = i % 2 === 0 ? '2023-02-30' : 'soon'; });
    const start = performance.now();
    const issues = validateTimeline(document);
    const validated = performance.now() - start;
    expect(issues).toHaveLength(1001);
    expect(issues[1000]!.message).toMatch(/999000 more problems were not listed/);
    expect(() => parseTimeline({ events: [{ id: 'x' }] })).toThrow(TimelineValidationError);
    console.log(`1,000,000 broken events: validateTimeline ${Math.round(validated)} ms`);
  }, 600_000);
});
