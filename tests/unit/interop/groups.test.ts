// The group of an item in a vis-timeline or TimelineJS export is the lane
// the renderer draws the event in: computeLayout's lanes, with the default
// grouping (by actor, people and companies rolled up to their affiliation).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/layout/computeLayout.js';
import { parseTimeline } from '../../../src/model/parse.js';
import { Timeline } from '../../../src/model/timeline.js';
import type { TimelineEvent } from '../../../src/model/types.js';
import { toTimelineJs } from '../../../src/interop/timelinejs.js';
import { toVisTimeline } from '../../../src/interop/vis-timeline.js';
import { richDocument } from './support/documents.js';

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

/** Nested organizations: an office inside a department inside a state, and people in each. */
const nested = parseTimeline({
  actors: [
    { id: 'us', name: 'United States', kind: 'state', country: 'US' },
    { id: 'cn', name: 'China', kind: 'state', country: 'CN' },
    { id: 'nato', name: 'NATO', kind: 'organization' },
    { id: 'state-department', name: 'US State Department', kind: 'organization', country: 'US', affiliation: 'us' },
    { id: 'policy-planning', name: 'Policy Planning Staff', kind: 'organization', affiliation: 'state-department' },
    { id: 'miller', name: 'Matthew Miller', kind: 'person', affiliation: 'state-department' },
    { id: 'planner', name: 'A planner', kind: 'person', affiliation: 'policy-planning' },
    { id: 'blinken', name: 'Antony Blinken', kind: 'person', affiliation: 'us' },
    { id: 'wang-yi', name: 'Wang Yi', kind: 'person', affiliation: 'cn' },
    { id: 'contractor', name: 'A contractor', kind: 'company', affiliation: 'state-department' },
  ],
  events: [
    { id: 'person-in-nested-org', title: 'Miller briefs', kind: 'statement', when: '2023-07-13', participants: [{ actor: 'miller' }] },
    { id: 'org-in-state', title: 'The department reports', kind: 'statement', when: '2023-07-14', participants: [{ actor: 'state-department' }] },
    { id: 'org-in-org', title: 'Planning staff paper', kind: 'policy', when: '2023-07-15', participants: [{ actor: 'policy-planning' }] },
    { id: 'person-in-org-in-org', title: 'A planner speaks', kind: 'statement', when: '2023-07-16', participants: [{ actor: 'planner' }] },
    { id: 'company-in-org', title: 'Contract signed', kind: 'agreement', when: '2023-07-17', participants: [{ actor: 'contractor' }] },
    { id: 'person-in-state', title: 'Blinken meets Wang', kind: 'talks', when: '2023-07-18', participants: [{ actor: 'blinken' }, { actor: 'wang-yi' }] },
    { id: 'org-first', title: 'NATO summit', kind: 'summit', when: '2023-07-19', participants: [{ actor: 'nato' }, { actor: 'blinken' }] },
    { id: 'no-participants', title: 'A strategy', kind: 'policy', when: '2023-07-20' },
  ],
});

/** The lane key and label computeLayout gives an event whose only participant is its first one. */
function rendererLaneOfFirst(timeline: Timeline, event: TimelineEvent): { key: string; label: string } {
  const layout = computeLayout({ events: [{ ...event, participants: event.participants.slice(0, 1) }], actors: timeline.actors });
  expect(layout.lanes).toHaveLength(1);
  return layout.lanes[0]!;
}

/** Checks both exporters against computeLayout on one timeline. */
function expectGroupsAreRendererLanes(timeline: Timeline): void {
  const layout = computeLayout(timeline);
  const lanesOfEvent = new Map<string, Set<string>>();
  const { placements } = layout;
  for (let p = 0; p < placements.count; p += 1) {
    const id = layout.events[placements.event[p]!]!.id;
    const lanes = lanesOfEvent.get(id) ?? new Set<string>();
    lanes.add(layout.lanes[placements.lane[p]!]!.key);
    lanesOfEvent.set(id, lanes);
  }
  const labelOf = new Map(layout.lanes.map((lane) => [lane.key, lane.label]));
  const vis = toVisTimeline(timeline).output;
  const visGroups = new Map(vis.groups.map((group) => [group.id, group]));
  const slides = new Map(toTimelineJs(timeline).output.events.map((slide) => [slide.unique_id, slide]));
  for (const item of vis.items) {
    const event = timeline.event(item.id)!;
    const slide = slides.get(item.id)!;
    if (event.participants.length === 0) {
      // The renderer's "No participant" lane: exported as a lane per kind, which the importers read back as the kind.
      expect(lanesOfEvent.get(item.id)).toEqual(new Set(['']));
      expect(item.group).toBe(`kind:${event.kind}`);
      expect(slide.group).toBe(event.kind);
      continue;
    }
    expect(lanesOfEvent.get(item.id)).toContain(item.group);
    const lane = rendererLaneOfFirst(timeline, event);
    expect(item.group).toBe(lane.key);
    expect(labelOf.get(item.group)).toBe(lane.label);
    expect(visGroups.get(item.group)!.content).toBe(lane.label.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;'));
    expect(slide.group).toBe(lane.label);
  }
}

describe('export groups are the renderer’s lanes', () => {
  it('keeps organizations in their own lane and rolls people and companies up one step, as the renderer does', () => {
    const vis = toVisTimeline(nested).output;
    expect(Object.fromEntries(vis.items.map((item) => [item.id, item.group]))).toEqual({
      'person-in-nested-org': 'state-department',
      'org-in-state': 'state-department',
      'org-in-org': 'policy-planning',
      'person-in-org-in-org': 'policy-planning',
      'company-in-org': 'state-department',
      'person-in-state': 'us',
      'org-first': 'nato',
      'no-participants': 'kind:policy',
    });
    expect(vis.groups.find((group) => group.id === 'policy-planning')).toEqual({ id: 'policy-planning', content: 'Policy Planning Staff', className: 'dt-lane-actor dt-actor-organization' });
    const timelineJs = toTimelineJs(nested).output;
    expect(timelineJs.events.map((slide) => slide.group)).toEqual([
      'US State Department', 'US State Department', 'Policy Planning Staff', 'Policy Planning Staff', 'US State Department', 'United States', 'NATO', 'policy',
    ]);
    expectGroupsAreRendererLanes(nested);
  });

  it('puts an actor the timeline does not know in a lane of its own, as the renderer does', () => {
    // The Timeline constructor does not check references; parseTimeline would refuse this document.
    const base = nested.event('person-in-state')!;
    const unchecked = new Timeline({ actors: nested.actors, events: [{ ...base, participants: [{ actor: 'ghost' }, ...base.participants] }] });
    expect(toVisTimeline(unchecked).output.groups).toEqual([{ id: 'ghost', content: 'ghost', className: 'dt-lane-actor' }]);
    expect(toTimelineJs(unchecked).output.events[0]!.group).toBe('ghost');
    expectGroupsAreRendererLanes(unchecked);
  });

  it('match computeLayout on the sample and example documents', () => {
    expectGroupsAreRendererLanes(parseTimeline(readJson('../../fixtures/sample.json')));
    expectGroupsAreRendererLanes(parseTimeline(readJson('../../../examples/data/us-china-diplomacy-2023-07.json')));
  });

  it('match computeLayout on generated documents', () => {
    fc.assert(fc.property(richDocument, (input) => {
      expectGroupsAreRendererLanes(parseTimeline(input));
    }), { numRuns: 60 });
  });
});
