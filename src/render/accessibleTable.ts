/**
 * The same events as a table in time order, for screen readers (visually
 * hidden by default) and for anyone who prefers a list ("Show as list").
 * Built from the layout's sorted events; past a row limit it is windowed to
 * the events in view, and says so in its caption.
 */
import type { TimelineLayout } from '../layout/computeLayout.js';
import { lowerBound } from '../layout/visibleRange.js';
import type { Timeline } from '../model/timeline.js';
import { describeResolved, formatDayLong } from './dateText.js';
import { statusText } from './eventText.js';

/** Which rows to list: all events when they fit the limit, else those in the window of days `[from, to)`. */
export interface TableWindow {
  readonly from: number;
  readonly to: number;
  readonly limit: number;
}

/** The indexes (into `layout.events`) of the rows to list, and whether the list is windowed. */
export function tableRows(layout: TimelineLayout, window: TableWindow): { readonly rows: readonly number[]; readonly windowed: boolean } {
  const count = layout.events.length;
  if (count <= window.limit) return { rows: Array.from({ length: count }, (_, i) => i), windowed: false };
  const starts = Float64Array.from(layout.spans, (span) => span.start);
  const rows: number[] = [];
  for (let e = lowerBound(starts, window.from - layout.maxSpanDays); e < count && rows.length < window.limit; e += 1) {
    const span = layout.spans[e]!;
    if (span.start >= window.to) break;
    if (span.end > window.from) rows.push(e);
  }
  return { rows, windowed: true };
}

/** Fills `table` with a caption, a header row and one row per listed event. */
export function fillAccessibleTable(table: HTMLTableElement, layout: TimelineLayout, timeline: Timeline, locale: string, caption: string, window: TableWindow): void {
  const document = table.ownerDocument;
  const names = new Map(timeline.actors.map((actor) => [actor.id, actor.name]));
  const cell = (tag: 'th' | 'td', text: string) => {
    const node = document.createElement(tag);
    node.textContent = text;
    if (tag === 'th') node.scope = 'col';
    return node;
  };
  const { rows, windowed } = tableRows(layout, window);
  const captionNode = document.createElement('caption');
  captionNode.textContent = windowed
    ? `${caption}: the ${rows.length.toLocaleString(locale)} of ${layout.events.length.toLocaleString(locale)} events from ${formatDayLong(Math.floor(window.from), locale)} to ${formatDayLong(Math.ceil(window.to) - 1, locale)}, in time order (zoom or pan to list others)`
    : `${caption}: events in time order`;
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  headRow.append(...['Date', 'Event', 'Kind', 'Status', 'Participants'].map((text) => cell('th', text)));
  head.append(headRow);
  const body = document.createElement('tbody');
  for (const e of rows) {
    const event = layout.events[e]!;
    const tr = document.createElement('tr');
    tr.dataset.eventId = event.id;
    tr.append(
      cell('td', describeResolved(event.when, locale)),
      cell('td', event.title),
      cell('td', event.kind),
      cell('td', statusText(event.status)),
      cell('td', event.participants.map((p) => names.get(p.actor) ?? p.actor).join(', ')));
    body.append(tr);
  }
  table.replaceChildren(captionNode, head, body);
}
