import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/layout/computeLayout.js';
import { tableRows } from '../../../src/render/accessibleTable.js';
import { actors, day, event, when } from '../layout/factory.js';

const events = Array.from({ length: 40 }, (_, i) => event({
  id: `e${i}`,
  when: i % 5 === 0 ? when(`2023-07-${String(1 + (i % 28)).padStart(2, '0')}`, `2023-07-${String(Math.min(31, 4 + (i % 28))).padStart(2, '0')}`) : when(`2023-07-${String(1 + (i % 28)).padStart(2, '0')}`),
  participants: [{ actor: 'us' }],
}));
const layout = computeLayout({ events, actors }, { scale: { from: day('2023-07-01'), to: day('2023-08-01'), x0: 0, x1: 900 } });

describe('tableRows', () => {
  it('lists every event when they fit the limit', () => {
    const rows = tableRows(layout, { from: 0, to: 1, limit: 40 });
    expect(rows.windowed).toBe(false);
    expect(rows.rows).toHaveLength(40);
  });

  it('windows to the events in view, in time order, and counts all of those in view', () => {
    const from = day('2023-07-10'), to = day('2023-07-15');
    const inView = layout.events.map((_, e) => e).filter((e) => layout.eventStart[e]! < to && layout.eventEnd[e]! > from);
    const rows = tableRows(layout, { from, to, limit: 3 });
    expect(rows.windowed).toBe(true);
    expect(rows.inView).toBe(inView.length);
    expect(rows.rows).toEqual(inView.slice(0, 3));
    expect(tableRows(layout, { from, to, limit: 39 }).rows).toEqual(inView);
  });
});
