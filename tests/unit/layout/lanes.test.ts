// The one lane rule (src/layout/lanes.ts), on nested organizations: people
// and companies roll up to what they are affiliated with; an organization
// keeps its own lane, even inside another organization or a state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignLanes, laneOf, orderLanes, representedActor, unassignedLane } from '../../../src/layout/lanes.js';
import type { LaneBy, LaneContext } from '../../../src/layout/lanes.js';
import type { Actor } from '../../../src/model/types.js';
import { actor, event, when } from './factory.js';

const actors: Actor[] = [
  actor('us', 'United States', 'state', { country: 'US' }),
  actor('cn', 'China', 'state', { country: 'CN' }),
  actor('nato', 'NATO', 'organization'),
  actor('state-department', 'US State Department', 'organization', { affiliation: 'us', country: 'US' }),
  actor('policy-planning', 'Policy Planning Staff', 'organization', { affiliation: 'state-department' }),
  actor('nato-office', 'NATO liaison office', 'organization', { affiliation: 'nato' }),
  actor('miller', 'Matthew Miller', 'person', { affiliation: 'state-department' }),
  actor('planner', 'A planner', 'person', { affiliation: 'policy-planning' }),
  actor('liaison', 'A liaison', 'person', { affiliation: 'nato-office' }),
  actor('blinken', 'Antony Blinken', 'person', { affiliation: 'us' }),
  actor('wang-yi', 'Wang Yi', 'person', { affiliation: 'cn' }),
  actor('contractor', 'A contractor', 'company', { affiliation: 'state-department' }),
  actor('freelancer', 'A freelancer', 'person'),
];
const byId = new Map(actors.map((a) => [a.id, a]));
const context = (laneBy: LaneBy, rollUp = true): LaneContext => ({ laneBy, actors: byId, rollUp });
const withParticipants = (...ids: string[]) => event({ when: when('2023-07-13'), participants: ids.map((id) => ({ actor: id })) });

describe('laneOf with nested organizations', () => {
  it('rolls a person up one step, to the organization they belong to, not past it', () => {
    expect(laneOf(withParticipants('miller'), context('actor'))).toEqual(['state-department']);
    expect(laneOf(withParticipants('planner'), context('actor'))).toEqual(['policy-planning']);
    expect(laneOf(withParticipants('liaison'), context('actor'))).toEqual(['nato-office']);
    expect(laneOf(withParticipants('blinken'), context('actor'))).toEqual(['us']);
  });

  it('keeps an organization in its own lane, even when it is affiliated with a state or another organization', () => {
    expect(laneOf(withParticipants('state-department'), context('actor'))).toEqual(['state-department']);
    expect(laneOf(withParticipants('policy-planning'), context('actor'))).toEqual(['policy-planning']);
    expect(laneOf(withParticipants('nato-office'), context('actor'))).toEqual(['nato-office']);
  });

  it('rolls a company up like a person', () => {
    expect(laneOf(withParticipants('contractor'), context('actor'))).toEqual(['state-department']);
  });

  it('keeps people without an affiliation, and everyone without roll-up, in their own lane', () => {
    expect(laneOf(withParticipants('freelancer'), context('actor'))).toEqual(['freelancer']);
    expect(laneOf(withParticipants('planner', 'contractor'), context('actor', false))).toEqual(['planner', 'contractor']);
  });

  it('gives one lane per represented actor, in participant order, without repeats', () => {
    expect(laneOf(withParticipants('miller', 'blinken', 'state-department', 'wang-yi'), context('actor'))).toEqual(['state-department', 'us', 'cn']);
  });

  it('puts an event without participants in the unassigned lane, and an unknown actor in a lane of its own', () => {
    expect(laneOf(withParticipants(), context('actor'))).toEqual([unassignedLane]);
    expect(laneOf(withParticipants(), context('country'))).toEqual([unassignedLane]);
    expect(laneOf(withParticipants('nobody'), context('actor'))).toEqual(['nobody']);
  });

  it('finds the country up the chain of the lane’s actor, through organizations without one', () => {
    expect(laneOf(withParticipants('planner'), context('country'))).toEqual(['US']);
    expect(laneOf(withParticipants('policy-planning', 'miller', 'blinken'), context('country'))).toEqual(['US']);
    // An organization with no country anywhere up its chain keeps its own lane.
    expect(laneOf(withParticipants('liaison'), context('country'))).toEqual(['nato-office']);
  });

  it('names the represented actor', () => {
    expect(representedActor('planner', context('actor'))).toBe('policy-planning');
    expect(representedActor('policy-planning', context('actor'))).toBe('policy-planning');
    expect(representedActor('planner', context('actor', false))).toBe('planner');
  });
});

describe('assignLanes', () => {
  it('gives every event the lanes laneOf gives it, in lane order', () => {
    const ids = actors.map((a) => a.id).concat('nobody');
    const events = fc.array(fc.array(fc.constantFrom(...ids), { maxLength: 4 }), { maxLength: 20 });
    const grouping = fc.constantFrom<LaneBy>('actor', 'country', 'kind', 'none');
    fc.assert(fc.property(events, grouping, fc.boolean(), (participantLists, laneBy, rollUp) => {
      const list = participantLists.map((participants) => withParticipants(...participants));
      const lanes = assignLanes(list, context(laneBy, rollUp), []);
      const keysInTime = list.map((e) => laneOf(e, context(laneBy, rollUp)));
      expect(lanes.keys).toEqual(orderLanes(keysInTime, []));
      list.forEach((_, e) => {
        const got = Array.from(lanes.lanes.subarray(lanes.first[e], lanes.first[e]! + lanes.count[e]!), (lane) => lanes.keys[lane]);
        expect(new Set(got)).toEqual(new Set(keysInTime[e]));
        expect(got).toHaveLength(keysInTime[e]!.length);
      });
    }), { numRuns: 200 });
  });
});
