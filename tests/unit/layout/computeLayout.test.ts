import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeLayout } from '../../../src/layout/computeLayout.js';
import { eventSpan } from '../../../src/layout/eventSpan.js';
import { itemGeometry } from '../../../src/layout/itemGeometry.js';
import { laneOf, orderLanes } from '../../../src/layout/lanes.js';
import { visibleRange } from '../../../src/layout/visibleRange.js';
import { actors, day, event, when } from './factory.js';

const scale = { from: day('2023-06-01'), to: day('2023-07-31'), x0: 0, x1: 1200 };
const actorMap = new Map(actors.map((a) => [a.id, a]));

const jakarta = event({ id: 'jakarta', title: 'Blinken and Wang Yi hold talks in Jakarta', when: when('2023-07-13'), participants: [{ actor: 'blinken', role: 'visitor' }, { actor: 'wang-yi' }] });
const lavrov = event({ id: 'lavrov', title: 'Lavrov and Wang Yi meet', when: when('2023-07-13'), participants: [{ actor: 'lavrov' }, { actor: 'wang-yi' }] });
const june = event({ id: 'beijing', title: 'Blinken visits Beijing', kind: 'visit', when: when('2023-06-01', '2023-06-30', 'month'), participants: [{ actor: 'blinken' }, { actor: 'cn' }] });
const hack = event({ id: 'hack', title: 'Microsoft reports a hack', kind: 'cyber', when: when('2023-07-12'), participants: [{ actor: 'microsoft' }] });
const strategy = event({ id: 'strategy', title: 'Germany releases a China strategy', kind: 'policy', when: when('2023-07-13'), participants: [] });

describe('lanes', () => {
  it('rolls people up to their affiliation, so Blinken sits in the United States lane', () => {
    expect(laneOf(jakarta, { laneBy: 'actor', actors: actorMap, rollUp: true })).toEqual(['us', 'cn']);
    expect(laneOf(jakarta, { laneBy: 'actor', actors: actorMap, rollUp: false })).toEqual(['blinken', 'wang-yi']);
  });

  it('groups by country code, by kind, in one lane, or by a function', () => {
    expect(laneOf(hack, { laneBy: 'country', actors: actorMap, rollUp: true })).toEqual(['US']);
    expect(laneOf(hack, { laneBy: 'kind', actors: actorMap, rollUp: true })).toEqual(['cyber']);
    expect(laneOf(hack, { laneBy: 'none', actors: actorMap, rollUp: true })).toEqual(['all']);
    expect(laneOf(hack, { laneBy: (e) => e.title.slice(0, 4), actors: actorMap, rollUp: true })).toEqual(['Micr']);
  });

  it('orders lanes by first appearance in time, after those named in laneOrder, unassigned last', () => {
    expect(orderLanes([['', 'a'], ['b', 'a'], ['c']], [])).toEqual(['a', 'b', 'c', '']);
    expect(orderLanes([['a'], ['b'], ['c']], ['c', 'zzz', 'a'])).toEqual(['c', 'a', 'b']);
  });

  it('names lanes after actors and countries', () => {
    const layout = computeLayout({ events: [jakarta, june, hack, strategy], actors }, { scale });
    expect(layout.lanes.map((lane) => lane.label)).toEqual(['United States', 'China', 'No participant']);
    const byCountry = computeLayout({ events: [jakarta, hack], actors }, { scale, laneBy: 'country' });
    expect(byCountry.lanes.map((lane) => [lane.key, lane.label])).toEqual([['US', 'United States'], ['CN', 'China']]);
  });
});

describe('computeLayout', () => {
  it('sorts events in time and places a bilateral event in both lanes, joined by a connector', () => {
    const layout = computeLayout({ events: [jakarta, june, hack], actors }, { scale });
    expect(layout.events.map((e) => e.id)).toEqual(['beijing', 'hack', 'jakarta']);
    const { placements } = layout;
    const e = layout.events.findIndex((x) => x.id === 'jakarta');
    expect(placements.countOfEvent[e]).toBe(2);
    const first = placements.firstOfEvent[e]!;
    expect([placements.lane[first], placements.lane[first + 1]]).toEqual([0, 1]);
    expect(layout.connectors).toContainEqual({ event: e, from: first, to: first + 1 });
    // Placements are sorted by start, for the binary search.
    for (let p = 1; p < placements.count; p += 1) expect(placements.start[p]!).toBeGreaterThanOrEqual(placements.start[p - 1]!);
  });

  it('packs same-day events in one lane into separate sub-rows, and stacks lanes', () => {
    const layout = computeLayout({ events: [jakarta, lavrov], actors }, { scale });
    const china = layout.lanes.find((lane) => lane.key === 'cn')!;
    expect(china.rowCount).toBe(2);
    const us = layout.lanes.find((lane) => lane.key === 'us')!;
    expect(us.rowCount).toBe(1);
    expect(layout.height).toBe(layout.lanes.reduce((sum, lane) => sum + lane.height, 0));
    expect(layout.lanes[1]!.top).toBe(layout.lanes[0]!.height);
  });

  it('counts the label in the footprint: without labels, nearby points share a row', () => {
    const a = event({ when: when('2023-07-10'), participants: [{ actor: 'us' }] });
    const b = event({ when: when('2023-07-12'), participants: [{ actor: 'us' }] });
    expect(computeLayout({ events: [a, b], actors }, { scale }).lanes[0]!.rowCount).toBe(2);
    expect(computeLayout({ events: [a, b], actors }, { scale, labelWidth: () => 0 }).lanes[0]!.rowCount).toBe(1);
  });

  it('draws a coarse date as a band over its whole span', () => {
    const span = eventSpan(june);
    expect(span).toEqual({ start: day('2023-06-01'), end: day('2023-07-01'), point: false, openEnd: false });
    const geometry = itemGeometry(span, scale, { markRadius: 6, openEndLength: 18, gap: 12 });
    expect(geometry.bandX0).toBeCloseTo(0);
    expect(geometry.bandX1).toBeCloseTo(600);
    const ongoing = eventSpan({ ...jakarta, status: 'ongoing' });
    expect(ongoing.openEnd).toBe(true);
  });

  it('finds visible placements by binary search', () => {
    const layout = computeLayout({ events: [jakarta, june, hack], actors }, { scale });
    const [lo, hi] = visibleRange(layout.placements.start, layout.maxSpanDays, day('2023-07-12'), day('2023-07-13'));
    const ids = [];
    for (let p = lo; p < hi; p += 1) if (layout.placements.end[p]! > day('2023-07-12')) ids.push(layout.events[layout.placements.event[p]!]!.id);
    expect(ids).toEqual(['hack']);
  });

  it('property: no two placements in one sub-row have overlapping footprints', () => {
    const laneIds = ['us', 'cn', 'ru', 'nato', 'blinken', 'wang-yi'];
    const arbitraryEvent = fc.record({
      start: fc.integer({ min: 0, max: 59 }),
      length: fc.integer({ min: 1, max: 30 }),
      title: fc.string({ maxLength: 40 }),
      lanes: fc.subarray(laneIds, { minLength: 0, maxLength: 3 }),
    });
    fc.assert(fc.property(fc.array(arbitraryEvent, { maxLength: 40 }), fc.integer({ min: 200, max: 2000 }), (specs, width) => {
      const events = specs.map((spec) => event({
        title: spec.title,
        when: when(dayText(scale.from + spec.start), dayText(scale.from + spec.start + spec.length - 1), spec.length === 1 ? 'day' : 'week'),
        participants: spec.lanes.map((id) => ({ actor: id })),
      }));
      const localScale = { ...scale, x1: width };
      const metrics = { markRadius: 6, openEndLength: 18, gap: 12 };
      const labelWidth = (e: { title: string }) => e.title.length * 7;
      const layout = computeLayout({ events, actors }, { scale: localScale, labelWidth, metrics });
      const { placements } = layout;
      const rows = new Map<string, [number, number][]>();
      for (let p = 0; p < placements.count; p += 1) {
        const e = placements.event[p]!;
        const g = itemGeometry(layout.spans[e]!, localScale, metrics);
        const footprint: [number, number] = [Math.min(g.bandX0, g.labelX), Math.max(g.drawnX1, g.labelX + labelWidth(layout.events[e]!))];
        const key = `${placements.lane[p]}:${placements.row[p]}`;
        rows.set(key, [...(rows.get(key) ?? []), footprint]);
      }
      for (const footprints of rows.values()) {
        footprints.sort((a, b) => a[0] - b[0]);
        for (let k = 1; k < footprints.length; k += 1) expect(footprints[k]![0]).toBeGreaterThanOrEqual(footprints[k - 1]![1]);
      }
      // Every event sits in each of its lanes exactly once.
      for (let e = 0; e < layout.events.length; e += 1) {
        const lanes = new Set<number>();
        for (let i = 0; i < placements.countOfEvent[e]!; i += 1) lanes.add(placements.lane[placements.firstOfEvent[e]! + i]!);
        expect(lanes.size).toBe(placements.countOfEvent[e]);
      }
    }), { numRuns: 60 });
  });
});

function dayText(n: number): string {
  const d = new Date(n * 86_400_000);
  return d.toISOString().slice(0, 10);
}
