import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/layout/computeLayout.js';
import { buildLaneIndex, isNavigationKey, nextPlacement } from '../../../src/render/keyboardNavigation.js';
import { actors, day, event, when } from '../layout/factory.js';

const scale = { from: day('2023-07-01'), to: day('2023-07-31'), x0: 0, x1: 1000 };
const events = [
  event({ id: 'a', when: when('2023-07-02'), participants: [{ actor: 'us' }] }),
  event({ id: 'b', when: when('2023-07-05'), participants: [{ actor: 'cn' }] }),
  event({ id: 'c', when: when('2023-07-10'), participants: [{ actor: 'us' }, { actor: 'cn' }] }),
  event({ id: 'd', when: when('2023-07-20'), participants: [{ actor: 'cn' }] }),
];
const layout = computeLayout({ events, actors }, { scale });
const index = buildLaneIndex(layout);
const idOf = (p: number) => layout.events[layout.placements.event[p]!]!.id;
const laneOf = (p: number) => layout.lanes[layout.placements.lane[p]!]!.key;
const find = (id: string, lane: string) => {
  for (let p = 0; p < layout.placements.count; p += 1) if (idOf(p) === id && laneOf(p) === lane) return p;
  throw new Error('missing');
};

describe('keyboard navigation', () => {
  it('moves through events in time with ←/→, staying in the lane when it can', () => {
    let p = find('a', 'us');
    const seen = [];
    for (let i = 0; i < 4; i += 1) {
      seen.push(`${idOf(p)}@${laneOf(p)}`);
      p = nextPlacement(layout, index, p, 'ArrowRight');
    }
    expect(seen).toEqual(['a@us', 'b@cn', 'c@cn', 'd@cn']);
    expect(nextPlacement(layout, index, p, 'ArrowRight')).toBe(p);
    expect(idOf(nextPlacement(layout, index, find('c', 'us'), 'ArrowLeft'))).toBe('b');
  });

  it('moves between lanes with ↑/↓ to the event nearest in time', () => {
    expect(idOf(nextPlacement(layout, index, find('a', 'us'), 'ArrowDown'))).toBe('b');
    expect(idOf(nextPlacement(layout, index, find('d', 'cn'), 'ArrowUp'))).toBe('c');
    expect(nextPlacement(layout, index, find('a', 'us'), 'ArrowUp')).toBe(find('a', 'us'));
  });

  it('jumps to the first and last events with Home/End', () => {
    expect(idOf(nextPlacement(layout, index, find('c', 'cn'), 'Home'))).toBe('a');
    expect(idOf(nextPlacement(layout, index, find('a', 'us'), 'End'))).toBe('d');
    expect(isNavigationKey('ArrowUp')).toBe(true);
    expect(isNavigationKey('Enter')).toBe(false);
  });
});
