/**
 * Where the arrow keys, Home and End move focus: pure functions over the
 * layout's placements, so they are tested without a DOM.
 */
import type { TimelineLayout } from '../layout/computeLayout.js';
import { primaryPlacement } from '../layout/computeLayout.js';
import { lowerBound } from '../layout/visibleRange.js';

/** The keys that move focus between events. */
export const navigationKeys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
export type NavigationKey = (typeof navigationKeys)[number];

/** Whether a `KeyboardEvent.key` moves focus. */
export function isNavigationKey(key: string): key is NavigationKey {
  return (navigationKeys as readonly string[]).includes(key);
}

/** Each lane's placements sorted by start, with their starts, for nearest-in-time search. */
export interface LaneIndex {
  readonly placements: readonly Int32Array[];
  readonly starts: readonly Float64Array[];
}

/** Builds the per-lane index once per layout (placements are already in time order): two passes, no per-placement allocation. */
export function buildLaneIndex(layout: TimelineLayout): LaneIndex {
  const { placements } = layout;
  const sizes = new Int32Array(layout.lanes.length);
  for (let p = 0; p < placements.count; p += 1) sizes[placements.lane[p]!]! += 1;
  const lists = Array.from(sizes, (size) => new Int32Array(size));
  const starts = Array.from(sizes, (size) => new Float64Array(size));
  const filled = new Int32Array(layout.lanes.length);
  for (let p = 0; p < placements.count; p += 1) {
    const lane = placements.lane[p]!;
    const at = filled[lane]!++;
    lists[lane]![at] = p;
    starts[lane]![at] = placements.start[p]!;
  }
  return { placements: lists, starts };
}

/** The placement of event `e`, in `lane` if it has one there, else its first. */
function placementOf(layout: TimelineLayout, e: number, lane: number): number {
  const { placements } = layout;
  const first = placements.firstOfEvent[e]!;
  for (let i = 0; i < placements.countOfEvent[e]!; i += 1) {
    if (placements.lane[first + i] === lane) return first + i;
  }
  return first;
}

/**
 * The placement focus moves to from `current` on `key`: ←/→ the previous or
 * next event in time (staying in the same lane when that event is there),
 * ↑/↓ the event in the neighbouring lane nearest in time, Home/End the
 * first and last event. Returns `current` when there is nowhere to go.
 */
export function nextPlacement(layout: TimelineLayout, index: LaneIndex, current: number, key: NavigationKey): number {
  const target = nextInLanes(layout, index, current, key);
  // An echo (a multi-party event's mark in another lane) is met where the event is labelled.
  return target < 0 ? target : primaryPlacement(layout, target);
}

function nextInLanes(layout: TimelineLayout, index: LaneIndex, current: number, key: NavigationKey): number {
  const { placements } = layout;
  const count = layout.events.length;
  if (count === 0 || current < 0 || current >= placements.count) return count === 0 ? -1 : placementOf(layout, 0, 0);
  const e = placements.event[current]!;
  const lane = placements.lane[current]!;
  switch (key) {
    case 'ArrowRight':
      return e + 1 < count ? placementOf(layout, e + 1, lane) : current;
    case 'ArrowLeft':
      return e > 0 ? placementOf(layout, e - 1, lane) : current;
    case 'Home':
      return placementOf(layout, 0, lane);
    case 'End':
      return placementOf(layout, count - 1, lane);
    case 'ArrowUp':
    case 'ArrowDown': {
      const target = lane + (key === 'ArrowUp' ? -1 : 1);
      const list = index.placements[target];
      const starts = index.starts[target];
      if (!list || !starts || list.length === 0) return current;
      const start = placements.start[current]!;
      const at = lowerBound(starts, start);
      // The nearest start on either side; ties go to the earlier one.
      const before = at - 1, after = Math.min(at, list.length - 1);
      if (before < 0) return list[after]!;
      return start - starts[before]! <= starts[after]! - start ? list[before]! : list[after]!;
    }
  }
}
