/**
 * The same events as a table in time order, for screen readers (visually
 * hidden by default) and for anyone who prefers a list ("Show as list").
 * Built from the layout's sorted events so it can be windowed later.
 */
import type { TimelineLayout } from '../layout/computeLayout.js';
import type { Timeline } from '../model/timeline.js';
import { describeResolved } from './dateText.js';
import { statusText } from './eventText.js';

/** Fills `table` with a caption, a header row and one row per event. */
export function fillAccessibleTable(table: HTMLTableElement, layout: TimelineLayout, timeline: Timeline, locale: string, caption: string): void {
  const document = table.ownerDocument;
  const names = new Map(timeline.actors.map((actor) => [actor.id, actor.name]));
  const cell = (tag: 'th' | 'td', text: string) => {
    const node = document.createElement(tag);
    node.textContent = text;
    if (tag === 'th') node.scope = 'col';
    return node;
  };
  const captionNode = document.createElement('caption');
  captionNode.textContent = caption;
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  headRow.append(...['Date', 'Event', 'Kind', 'Status', 'Participants'].map((text) => cell('th', text)));
  head.append(headRow);
  const body = document.createElement('tbody');
  for (const event of layout.events) {
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
