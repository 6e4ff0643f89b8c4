/**
 * Which rows a long vertical picture draws: those in sight with a margin,
 * the spans that run into them from above, and the rows that must always
 * be there (the tab stop and the selection), so the page stays small at any
 * length.
 */
import type { TimelineLayout } from '../layout/computeLayout.js';
import type { VerticalLayout } from '../layout/verticalLayout.js';
import { rowsBetween } from '../layout/verticalLayout.js';
import { lowerBound } from '../layout/visibleRange.js';

/**
 * The rows, in order, that meet plot y `[top, bottom)`, with the rows whose
 * spans reach into them and the `focusRow` and `selected` rows (-1: none).
 */
export function rowsInSight(layout: TimelineLayout, vertical: VerticalLayout, top: number, bottom: number, focusRow: number, selected: number): number[] {
  const [lo, hi] = rowsBetween(vertical, top, bottom);
  const rows = new Set<number>();
  if (lo < vertical.count) {
    for (let e = lowerBound(layout.eventStart, layout.eventStart[lo]! - layout.maxSpanDays); e < lo; e += 1) if (vertical.lastRow[e]! >= lo) rows.add(e);
  }
  for (let e = lo; e < hi; e += 1) rows.add(e);
  if (focusRow >= 0) rows.add(focusRow);
  if (selected >= 0) rows.add(selected);
  return [...rows].sort((a, b) => a - b);
}
