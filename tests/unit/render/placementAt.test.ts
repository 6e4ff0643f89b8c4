import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/layout/computeLayout.js';
import { dayToX } from '../../../src/layout/dayScale.js';
import { itemMetrics, sizes } from '../../../src/render/sizes.js';
import { placementAt } from '../../../src/render/placementAt.js';
import { actors, day, event, when } from '../layout/factory.js';

const scale = { from: day('2023-07-01'), to: day('2023-08-01'), x0: 0, x1: 930 };
const events = [
  event({ id: 'talks', when: when('2023-07-05'), participants: [{ actor: 'us' }, { actor: 'cn' }] }),
  event({ id: 'visit', when: when('2023-07-10', '2023-07-20'), participants: [{ actor: 'us' }] }),
  event({ id: 'call', when: when('2023-07-25'), participants: [{ actor: 'cn' }] }),
];
const layout = computeLayout({ events, actors }, { scale, rowHeight: sizes.rowHeight, metrics: itemMetrics });
const idAt = (x: number, y: number) => {
  const p = placementAt(layout, scale, x, y);
  return p < 0 ? undefined : `${layout.events[layout.placements.event[p]!]!.id}@${layout.lanes[layout.placements.lane[p]!]!.key}`;
};
const rowY = (id: string, lane: string) => {
  for (let p = 0; p < layout.placements.count; p += 1) {
    if (layout.events[layout.placements.event[p]!]!.id === id && layout.lanes[layout.placements.lane[p]!]!.key === lane) return layout.placements.top[p]! + sizes.markY;
  }
  throw new Error('missing');
};

describe('placementAt', () => {
  it('finds a day mark at its centre and within its slack, in the right lane', () => {
    const x = dayToX(scale, day('2023-07-05') + 0.5);
    expect(idAt(x, rowY('talks', 'us'))).toBe('talks@us');
    expect(idAt(x + sizes.markRadius + 3, rowY('talks', 'cn'))).toBe('talks@cn');
    expect(idAt(x + sizes.markRadius + 12, rowY('talks', 'us'))).toBeUndefined();
  });

  it('finds a band anywhere along it, and nothing between sub-rows or lanes', () => {
    const y = rowY('visit', 'us');
    expect(idAt(dayToX(scale, day('2023-07-15')), y)).toBe('visit@us');
    expect(idAt(dayToX(scale, day('2023-07-15')), layout.height + 10)).toBeUndefined();
    expect(idAt(dayToX(scale, day('2023-07-25') + 0.5), rowY('call', 'cn'))).toBe('call@cn');
    expect(idAt(dayToX(scale, day('2023-07-25') + 0.5), y)).toBeUndefined();
  });
});
