/**
 * The same events as a table in time order, for screen readers (visually
 * hidden by default) and for anyone who prefers a list ("Show as list").
 * Built from the layout's sorted events; past a row limit it is windowed to
 * the events in view, and says so in its caption.
 */
import type { Language } from '../i18n/messages.js';
import type { TimelineLayout } from '../layout/computeLayout.js';
import { lowerBound } from '../layout/visibleRange.js';
import type { Timeline } from '../model/timeline.js';
import { describeResolved, formatDayLong } from './dateText.js';
import { kindText, statusText } from './eventText.js';

/** Which rows to list: all events when they fit the limit, else those in the window of days `[from, to)`. */
export interface TableWindow {
  readonly from: number;
  readonly to: number;
  readonly limit: number;
}

/** The rows to list (indexes into `layout.events`), whether the list is windowed, and how many events are in the window. */
export interface TableRows {
  readonly rows: readonly number[];
  readonly windowed: boolean;
  /** Events in the window of days (all events when not windowed). */
  readonly inView: number;
}

/**
 * The rows of the list: all events when they fit the limit; else the
 * first `limit` events in the window of days, in time order. Found by
 * binary search over the sorted starts: O(log n) plus the events that
 * start up to the longest span before the window.
 */
export function tableRows(layout: TimelineLayout, window: TableWindow): TableRows {
  const count = layout.events.length;
  if (count <= window.limit) return { rows: Array.from({ length: count }, (_, i) => i), windowed: false, inView: count };
  const { eventStart, eventEnd } = layout;
  const lo = lowerBound(eventStart, window.from - layout.maxSpanDays);
  const hi = lowerBound(eventStart, window.to);
  const rows: number[] = [];
  let inView = hi - lo;
  // Events that start before the window may end before it: scan only those.
  const firstInside = lowerBound(eventStart, window.from);
  for (let e = lo; e < hi; e += 1) {
    if (eventEnd[e]! <= window.from) {
      inView -= 1;
      continue;
    }
    if (rows.length < window.limit) rows.push(e);
    else if (e >= firstInside) break;
  }
  return { rows, windowed: true, inView };
}

/** Fills `table` with a caption, a header row and one row per listed event. */
export function fillAccessibleTable(table: HTMLTableElement, layout: TimelineLayout, timeline: Timeline, language: Language, caption: string, window: TableWindow): void {
  const document = table.ownerDocument;
  const names = new Map(timeline.actors.map((actor) => [actor.id, actor.name]));
  const cell = (tag: 'th' | 'td', text: string) => {
    const node = document.createElement(tag);
    node.textContent = text;
    if (tag === 'th') node.scope = 'col';
    return node;
  };
  const { rows, windowed, inView } = tableRows(layout, window);
  const captionNode = document.createElement('caption');
  const { locale } = language;
  captionNode.textContent = windowed
    ? language.text('list.captionWindowed', {
      name: caption, shown: rows.length, inView, all: layout.events.length,
      from: formatDayLong(Math.floor(window.from), locale), to: formatDayLong(Math.ceil(window.to) - 1, locale),
    })
    : language.text('list.caption', { name: caption });
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  const columns = (['details.date', 'list.event', 'details.kind', 'details.status', 'details.participants'] as const).map((key) => language.text(key));
  headRow.append(...columns.map((text) => cell('th', text)));
  head.append(headRow);
  const body = document.createElement('tbody');
  for (const e of rows) {
    const event = layout.events[e]!;
    const tr = document.createElement('tr');
    tr.dataset.eventId = event.id;
    tr.append(
      cell('td', describeResolved(event.when, language)),
      cell('td', event.title),
      cell('td', kindText(event.kind, language)),
      cell('td', statusText(event.status, language)),
      cell('td', event.participants.map((p) => names.get(p.actor) ?? p.actor).join(', ')));
    body.append(tr);
  }
  table.replaceChildren(captionNode, head, body);
}
