// update() as a front-end framework drives it: called on every render with
// data and options that may or may not have changed. Equal content changes
// nothing; new data keeps a window the user chose; options merge, and an
// option set to undefined returns to its default; a refused update leaves
// everything as it was.
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parse.js';
import type { TimelineView } from '../../src/render/timeline.js';
import { smallDocument, useSmallViews } from './fixtures.js';

const mountSmall = useSmallViews();

function mount(options = {}) {
  const { container, view } = mountSmall(options);
  const reported: string[] = [];
  view.on('zoom', ({ from, to }) => reported.push(`zoom ${from}/${to}`));
  view.on('select', ({ event }) => reported.push(`select ${event?.id ?? 'none'}`));
  const root = container.querySelector<HTMLElement>('.dt-root')!;
  return { container, view, root, reported };
}

const itemOf = (container: HTMLElement, id: string) => container.querySelector<SVGGElement>(`g.dt-item[data-event-id="${id}"]:not(.dt-echo)`);
const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
const ticks = (container: HTMLElement) => [...container.querySelectorAll('.dt-axis .tick text')].map((node) => node.textContent).join('|');

/** The small document with one more event, on `when`. */
function withEvent(when: string): Record<string, unknown> {
  const next = smallDocument();
  (next.events as object[]).push({ id: 'late', title: 'A later event', kind: 'statement', status: 'occurred', when, participants: [{ actor: 'cn' }] });
  return next;
}

describe('update() with equal content', () => {
  it('keeps the window, selection and focus exactly: nothing is redrawn', () => {
    const { container, view, root, reported } = mount();
    view.zoomTo({ from: '2023-07-10', to: '2023-07-16' });
    view.select('jakarta');
    const jakarta = itemOf(container, 'jakarta')!;
    jakarta.focus();
    key(jakarta, 'ArrowRight');
    const focused = document.activeElement;
    const timeline = view.timeline;
    const nodes = [...container.querySelectorAll('*')];
    const before = root.outerHTML;
    reported.length = 0;

    view.update({ timeline: smallDocument() });
    view.update({ timeline: parseTimeline(smallDocument()) });
    // The same content written in another key order.
    view.update({ timeline: Object.fromEntries(Object.entries(smallDocument()).reverse()) });
    view.update({ timeline: smallDocument(), options: { referenceDate: 'article', laneOrder: [] } });
    view.update({});

    expect(root.outerHTML).toBe(before);
    // The very same nodes, not equal copies.
    expect([...container.querySelectorAll('*')].every((node, i) => node === nodes[i])).toBe(true);
    expect(document.activeElement).toBe(focused);
    expect(view.timeline).toBe(timeline);
    expect(reported).toEqual([]);
  });

  it('redraws when one field differs', () => {
    const { container, view } = mount();
    const next = smallDocument();
    (next.events as { title: string }[])[0]!.title = 'Talks in Jakarta';
    view.update({ timeline: next });
    expect(itemOf(container, 'jakarta')!.getAttribute('aria-label')).toContain('Talks in Jakarta');
  });

  it('sees a raw document changed in place and passed again', () => {
    const { container, view } = mount();
    const raw = smallDocument();
    view.update({ timeline: raw });
    (raw.events as { title: string }[])[0]!.title = 'Changed in place';
    view.update({ timeline: raw });
    expect(itemOf(container, 'jakarta')!.getAttribute('aria-label')).toContain('Changed in place');
  });
});

describe('update() with new data', () => {
  it('keeps a window set with zoomTo', () => {
    const { container, view, reported } = mount();
    view.zoomTo({ from: '2023-07-10', to: '2023-07-16' });
    const window = ticks(container);
    reported.length = 0;
    view.update({ timeline: withEvent('2023-07-15') });
    expect(ticks(container)).toBe(window);
    expect(reported).toEqual([]);
    expect(itemOf(container, 'late')).not.toBeNull();
  });

  it('keeps a window the user zoomed with the keyboard', () => {
    const { container, view, reported } = mount();
    const jakarta = itemOf(container, 'jakarta')!;
    jakarta.focus();
    key(jakarta, '+');
    const zoomed = [...reported];
    expect(zoomed).toHaveLength(1);
    // The new event brings a gap that the automatic scale compresses, so the ticks move, but the days in view stay.
    view.update({ timeline: withEvent('2023-09-01') });
    expect(container.querySelector('.dt-axis-break')).not.toBeNull();
    expect(reported).toEqual(zoomed);
    // Focus stays on the same event.
    expect(document.activeElement?.getAttribute('data-event-id')).toBe('jakarta');
  });

  it('shows the new default window, fitting the new data, while the view is at its default', () => {
    const { container, view, reported } = mount();
    const first = ticks(container);
    view.update({ timeline: withEvent('2023-09-01') });
    expect(ticks(container)).not.toBe(first);
    const [, to] = reported.at(-1)!.replace('zoom ', '').split('/');
    expect(to! >= '2023-09-01').toBe(true);
    expect(itemOf(container, 'late')).not.toBeNull();
  });

  it('follows the data again after Reset', () => {
    const { container, view, reported } = mount();
    view.zoomTo({ from: '2023-07-10', to: '2023-07-16' });
    [...container.querySelectorAll('button')].find((button) => button.textContent === 'Reset')!.click();
    view.update({ timeline: withEvent('2023-09-01') });
    expect(reported.at(-1)!.split('/')[1]! >= '2023-09-01').toBe(true);
  });

  it('sets the window to an explicit range, and keeps that range for later data', () => {
    const { view, reported } = mount();
    view.zoomTo({ from: '2023-07-10', to: '2023-07-16' });
    view.update({ options: { range: { from: '2023-06-01', to: '2023-06-30' } } });
    expect(reported.at(-1)).toBe('zoom 2023-06-01/2023-06-30');
    // The same range again still sets the window.
    view.zoomTo({ from: '2023-07-10', to: '2023-07-16' });
    view.update({ options: { range: { from: '2023-06-01', to: '2023-06-30' } } });
    expect(reported.at(-1)).toBe('zoom 2023-06-01/2023-06-30');
    view.update({ timeline: withEvent('2023-09-01') });
    expect(reported.at(-1)).toBe('zoom 2023-06-01/2023-06-30');
  });

  it('keeps the selection by id, and reports it gone when its event is', () => {
    const { container, view, reported } = mount();
    view.select('kerry');
    view.update({ timeline: withEvent('2023-07-15') });
    expect(container.querySelector('.dt-details h2')?.textContent).toBe('Kerry expected in China');
    reported.length = 0;
    const without = smallDocument();
    without.events = (without.events as { id: string }[]).filter((event) => event.id !== 'kerry');
    view.update({ timeline: without });
    expect(reported.filter((report) => report.startsWith('select'))).toEqual(['select none']);
    expect(container.querySelector<HTMLElement>('.dt-details')!.hidden).toBe(true);
  });
});

describe('update() options', () => {
  it('merges options: absent names keep their value, undefined returns to the default', () => {
    const { container, view } = mount({ labels: false, theme: 'dark' });
    expect(container.querySelector('.dt-reference-line')).not.toBeNull();
    view.update({ options: { referenceDate: undefined } });
    expect(container.querySelector('.dt-reference-line')).toBeNull();
    // labels and theme were absent: kept.
    expect(container.querySelector('.dt-labels .dt-label-title')).toBeNull();
    expect(container.querySelector('.dt-root')!.getAttribute('data-theme')).toBe('dark');
    view.update({ options: { theme: undefined, labels: undefined } });
    expect(container.querySelector('.dt-root')!.getAttribute('data-theme')).toBe('auto');
    expect(container.querySelector('.dt-labels .dt-label-title')).not.toBeNull();
  });
});

describe('a refused update', () => {
  const refusals: [string, (view: TimelineView) => void, RegExp][] = [
    ['an invalid document', (view) => { view.update({ timeline: withEvent('2023-13-45') }); }, /events\[6\]\.when/],
    ['a bad option', (view) => { view.update({ timeline: withEvent('2023-09-01'), options: { theme: 'sepia' as 'dark' } }); }, /"theme"/],
    ['an unknown reference', (view) => { view.update({ timeline: withEvent('2023-09-01'), options: { referenceDate: 'nowhere' } }); }, /"referenceDate"/],
    ['an unknown option', (view) => { view.update({ options: { colour: 'red' } as object }); }, /Unknown option "colour"/],
    ['a throwing laneBy', (view) => { view.update({ options: { laneBy: () => { throw new Error('lane failed'); } } }); }, /lane failed/],
  ];

  it.each(refusals)('(%s) leaves the picture, options, timeline, window and selection in place', (_, update, message) => {
    const { container, view, root, reported } = mount({ labels: false });
    view.zoomTo({ from: '2023-07-10', to: '2023-07-16' });
    view.select('jakarta');
    const timeline = view.timeline;
    const before = root.outerHTML;
    reported.length = 0;
    expect(() => { update(view); }).toThrow(message);
    expect(root.outerHTML).toBe(before);
    expect(view.timeline).toBe(timeline);
    expect(reported).toEqual([]);
    // The options in use are the old ones: an update that changes nothing still changes nothing.
    view.update({ options: { labels: false } });
    expect(root.outerHTML).toBe(before);
    // The window and selection are the old ones too: new data keeps them.
    view.update({ timeline: withEvent('2023-07-15') });
    expect(reported).toEqual([]);
    expect(container.querySelector('.dt-details h2')?.textContent).toBe('Blinken and Wang Yi hold talks in Jakarta');
  });
});
