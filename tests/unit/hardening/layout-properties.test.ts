// Layout on generated documents, through parseTimeline: every lane grouping,
// any width, dates of every EDTF form and relative phrase. Every event is
// placed once in each of its lanes; drawings in one sub-row never overlap;
// lanes stack without gaps or overlap; the result is the same every time.
// (tests/unit/layout checks footprint packing on hand-built events.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/layout/computeLayout.js';
import type { TimelineLayout } from '../../../src/layout/computeLayout.js';
import { itemGeometry } from '../../../src/layout/itemGeometry.js';
import { laneOf } from '../../../src/layout/lanes.js';
import type { LaneBy } from '../../../src/layout/lanes.js';
import { parseTimeline } from '../../../src/model/parse.js';
import type { Timeline } from '../../../src/model/timeline.js';
import { timelineDocument } from '../../hardening/arbitraries.js';

const laneBy = fc.constantFrom<LaneBy>('actor', 'country', 'kind', 'none', (event) => event.status);
const metrics = { markRadius: 6, openEndLength: 18, gap: 12 };

/** A scale over the timeline's extent (or a default month), at a generated width. */
function scaleFor(timeline: Timeline, width: number): { from: number; to: number; x0: number; x1: number } {
  const extent = timeline.extent();
  const from = extent ? extent.earliestDay : 19_500;
  const to = extent ? extent.latestDay + 1 : 19_531;
  return { from, to, x0: 0, x1: width };
}

function expectSound(timeline: Timeline, layout: TimelineLayout, grouping: LaneBy, scale: ReturnType<typeof scaleFor>): void {
  const { placements, lanes, events } = layout;
  // Every event, once.
  expect(events.map((e) => e.id).sort()).toEqual(timeline.events.map((e) => e.id).sort());

  // Each event once in each of its lanes, and nowhere else.
  const actors = new Map(timeline.actors.map((a) => [a.id, a]));
  for (let e = 0; e < events.length; e += 1) {
    const expected = new Set(laneOf(events[e]!, { laneBy: grouping, actors, rollUp: true }));
    const got: string[] = [];
    for (let i = 0; i < placements.countOfEvent[e]!; i += 1) {
      const p = placements.firstOfEvent[e]! + i;
      expect(placements.event[p]).toBe(e);
      got.push(lanes[placements.lane[p]!]!.key);
    }
    expect(new Set(got)).toEqual(expected);
    expect(got.length).toBe(expected.size);
  }

  // Lanes stack from 0 with no gap and no overlap; every row is inside its lane.
  let top = 0;
  for (const [index, lane] of lanes.entries()) {
    expect(lane.index).toBe(index);
    expect(lane.top).toBeCloseTo(top, 6);
    expect(lane.height).toBeGreaterThan(0);
    top += lane.height;
  }
  expect(layout.height).toBeCloseTo(top, 6);
  for (let p = 0; p < placements.count; p += 1) {
    const lane = lanes[placements.lane[p]!]!;
    expect(placements.row[p]).toBeGreaterThanOrEqual(0);
    expect(placements.row[p]).toBeLessThan(lane.rowCount);
    expect(placements.top[p]).toBeGreaterThanOrEqual(lane.top);
    expect(placements.top[p]).toBeLessThan(lane.top + lane.height);
  }

  // Drawings (marks, bands, open-end arrows) in one sub-row never overlap.
  const rows = new Map<string, [number, number, number][]>();
  for (let p = 0; p < placements.count; p += 1) {
    const g = itemGeometry(layout.spans[placements.event[p]!]!, scale, metrics);
    const key = `${placements.lane[p]}:${placements.row[p]}`;
    const list = rows.get(key) ?? [];
    list.push([g.bandX0, Math.max(g.drawnX1, g.bandX1), p]);
    rows.set(key, list);
  }
  for (const drawn of rows.values()) {
    drawn.sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < drawn.length; k += 1) {
      const [previous, current] = [drawn[k - 1]!, drawn[k]!];
      expect(current[0], `placements ${previous[2]} and ${current[2]} overlap`).toBeGreaterThanOrEqual(previous[1] - 1e-6);
    }
  }

  // A connector joins the first and last placement of one event with several lanes.
  for (const connector of layout.connectors) {
    expect(placements.event[connector.from]).toBe(connector.event);
    expect(placements.event[connector.to]).toBe(connector.event);
    expect(placements.countOfEvent[connector.event]).toBeGreaterThan(1);
  }
  const multi = Array.from(placements.countOfEvent).filter((n) => n > 1).length;
  expect(layout.connectors.length).toBe(multi);
}

describe('layout of generated timelines', () => {
  it('places every event in each of its lanes, with no overlap in a sub-row', () => {
    fc.assert(fc.property(timelineDocument(), laneBy, fc.integer({ min: 120, max: 3000 }), (document, grouping, width) => {
      const timeline = parseTimeline(document);
      const scale = scaleFor(timeline, width);
      const layout = computeLayout(timeline, { laneBy: grouping, scale, metrics });
      expectSound(timeline, layout, grouping, scale);
    }), { numRuns: 120 });
  });

  it('is deterministic: the same document gives the same layout, parsed again or not', () => {
    fc.assert(fc.property(timelineDocument(), laneBy, fc.integer({ min: 120, max: 3000 }), (document, grouping, width) => {
      const first = parseTimeline(document);
      const scale = scaleFor(first, width);
      const a = computeLayout(first, { laneBy: grouping, scale, metrics });
      const b = computeLayout(parseTimeline(structuredClone(document)), { laneBy: grouping, scale, metrics });
      const c = computeLayout(first, { laneBy: grouping, scale, metrics });
      expect(b).toEqual(a);
      expect(c).toEqual(a);
    }), { numRuns: 60 });
  });

  it('does not depend on the order of actors in the document', () => {
    fc.assert(fc.property(timelineDocument(), fc.integer({ min: 300, max: 2000 }), (document, width) => {
      const reversed = { ...document, actors: [...(document.actors as unknown[])].reverse() };
      const a = parseTimeline(document);
      const scale = scaleFor(a, width);
      expect(computeLayout(parseTimeline(reversed), { scale, metrics })).toEqual(computeLayout(a, { scale, metrics }));
    }), { numRuns: 60 });
  });
});
