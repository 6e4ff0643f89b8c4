import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseTimeline } from '../../src/model/parse.js';
import type { TimelineView } from '../../src/render/timeline.js';
import { renderTimeline } from '../../src/render/timeline.js';
import { hostileDocument, hostileTitle, smallDocument } from './fixtures.js';

let views: TimelineView[] = [];
afterEach(() => {
  for (const view of views) view.destroy();
  views = [];
  document.body.replaceChildren();
});

function mount(doc: unknown = smallDocument(), options = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const view = renderTimeline(container, doc, { referenceDate: 'article', ...options });
  views.push(view);
  return { container, view };
}

const items = (container: HTMLElement) => [...container.querySelectorAll<SVGGElement>('g.dt-item')];
// The event's focusable item: where it is labelled, not an echo in another lane.
const itemOf = (container: HTMLElement, id: string) => container.querySelector<SVGGElement>(`g.dt-item[data-event-id="${id}"]:not(.dt-echo)`)!;
const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));

function normalizedPlot(container: HTMLElement): string {
  const plot = container.querySelector('svg.dt-plot')!;
  return new XMLSerializer().serializeToString(plot)
    .replace(/dt\d+-/g, 'dt-')
    .replace(/></g, '>\n<');
}

describe('renderTimeline in jsdom', () => {
  it('draws the initial view like the stored snapshot', async () => {
    const { container } = mount(smallDocument(), { theme: 'light' });
    await expect(normalizedPlot(container)).toMatchFileSnapshot('../snapshots/small-interactive-plot.svg');
  });

  it('gives every mark a full spoken label and keeps one mark in the tab order', () => {
    const { container } = mount();
    const jakarta = itemOf(container, 'jakarta');
    expect(jakarta.getAttribute('role')).toBe('button');
    expect(jakarta.getAttribute('aria-label')).toBe('13 July 2023, talks, occurred: Blinken and Wang Yi hold talks in Jakarta');
    expect(items(container).filter((node) => node.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(container.querySelector('[aria-live="polite"]')).not.toBeNull();
    const plot = container.querySelector('svg.dt-plot')!;
    expect(document.getElementById(plot.getAttribute('aria-describedby')!)?.textContent).toMatch(/Arrow keys/);
  });

  it('lists every event in time order in the accessible table', () => {
    const { container, view } = mount();
    const rows = [...container.querySelectorAll('table.dt-table tbody tr')].map((row) => row.getAttribute('data-event-id'));
    expect(rows).toEqual(view.timeline.events.map((event) => event.id));
    expect(container.querySelector('table.dt-table caption')?.textContent).toContain('events in time order');
    const toggle = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Show as list')!;
    toggle.click();
    expect(container.querySelector('.dt-list')!.classList.contains('dt-visually-hidden')).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('moves focus with the arrow keys in time order and between lanes', () => {
    const { container, view } = mount();
    const order = view.timeline.events.map((event) => event.id);
    const first = items(container).find((node) => node.getAttribute('tabindex') === '0')!;
    expect(first.getAttribute('data-event-id')).toBe(order[0]);
    first.focus();
    const visited = [order[0]];
    for (let i = 1; i < order.length; i += 1) {
      key(document.activeElement!, 'ArrowRight');
      visited.push(document.activeElement!.getAttribute('data-event-id')!);
      expect(document.activeElement!.getAttribute('tabindex')).toBe('0');
    }
    expect(visited).toEqual(order);
    key(document.activeElement!, 'Home');
    expect(document.activeElement!.getAttribute('data-event-id')).toBe(order[0]);
    key(document.activeElement!, 'End');
    expect(document.activeElement!.getAttribute('data-event-id')).toBe(order.at(-1));
    // Jakarta sits in the US and China lanes, labelled in one: its other mark is an echo, hidden from
    // screen readers and out of the tab order, so the event is met once.
    const echo = container.querySelector('g.dt-item.dt-echo[data-event-id="jakarta"]')!;
    expect(echo.getAttribute('aria-hidden')).toBe('true');
    expect(echo.hasAttribute('tabindex')).toBe(false);
    expect(echo.hasAttribute('role')).toBe(false);
  });

  it('moves between lanes with ↑/↓ to each placement when every lane is labelled', () => {
    const { container } = mount(smallDocument(), { labelEvery: true });
    expect(container.querySelector('g.dt-echo')).toBeNull();
    // Jakarta sits in the US and China lanes: ↓ goes to its China placement.
    itemOf(container, 'jakarta').focus();
    const usJakarta = document.activeElement!.getAttribute('data-key');
    key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement!.getAttribute('data-event-id')).toBe('jakarta');
    expect(document.activeElement!.getAttribute('data-key')).not.toBe(usJakarta);
    key(document.activeElement!, 'ArrowUp');
    expect(document.activeElement!.getAttribute('data-key')).toBe(usJakarta);
  });

  it('opens the details with Enter, announces it, and closes them with Escape', () => {
    const { container, view } = mount();
    const selections: (string | undefined)[] = [];
    view.on('select', ({ event }) => selections.push(event?.id));
    const jakarta = itemOf(container, 'jakarta');
    jakarta.focus();
    key(jakarta, 'Enter');
    const details = container.querySelector<HTMLElement>('.dt-details')!;
    expect(details.hidden).toBe(false);
    expect(details.querySelector('h2')?.textContent).toBe('Blinken and Wang Yi hold talks in Jakarta');
    expect(details.textContent).toContain('“on Thursday”');
    expect(details.textContent).toContain('Antony Blinken (visitor, Secretary of State)');
    expect(details.textContent).toContain('Jakarta (ID)');
    expect(details.querySelector('blockquote')?.textContent).toBe('candid and constructive');
    const link = details.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/a');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelector('[aria-live="polite"]')!.textContent).toMatch(/^Selected: 13 July 2023, talks/);
    expect(itemOf(container, 'jakarta').classList.contains('dt-selected')).toBe(true);
    expect(itemOf(container, 'jakarta').getAttribute('aria-expanded')).toBe('true');
    key(document.activeElement!, 'Escape');
    expect(details.hidden).toBe(true);
    expect(selections).toEqual(['jakarta', undefined]);
    expect(document.activeElement!.getAttribute('data-event-id')).toBe('jakarta');
  });

  it('selects on click and through select(id); on() returns an unsubscribe function', () => {
    const { container, view } = mount();
    const seen: (string | undefined)[] = [];
    const stop = view.on('select', ({ event }) => seen.push(event?.id));
    itemOf(container, 'kerry').querySelector('.dt-hit')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    view.select('beijing');
    stop();
    view.select(undefined);
    expect(seen).toEqual(['kerry', 'beijing']);
    expect(() => { view.select('nope'); }).toThrow(/no event with id "nope"/);
  });

  it('shows a tooltip with the full text on hover and reports hover', () => {
    const { container, view } = mount(smallDocument(), { maxLabelWidth: 40 });
    const hovered: (string | undefined)[] = [];
    view.on('hover', ({ event }) => hovered.push(event?.id));
    const jakarta = itemOf(container, 'jakarta');
    // At 40 px a line the title wraps to three lines, the last cut with an ellipsis.
    const lines = [...container.querySelectorAll('.dt-labels [data-event-id="jakarta"] .dt-label-title')].map((node) => node.textContent);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
    // Labels sit outside the focusable mark, whose name is the full spoken label.
    expect(jakarta.querySelector('text')).toBeNull();
    expect(container.querySelector('.dt-labels')!.getAttribute('aria-hidden')).toBe('true');
    jakarta.querySelector('.dt-hit')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    const tooltip = container.querySelector<HTMLElement>('.dt-tooltip')!;
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain('Blinken and Wang Yi hold talks in Jakarta');
    container.querySelector('svg.dt-plot')!.dispatchEvent(new Event('pointerleave'));
    expect(tooltip.hidden).toBe(true);
    expect(hovered).toEqual(['jakarta', undefined]);
  });

  it('zoomTo changes the axis and reports the window', () => {
    const { container, view } = mount();
    const windows: string[] = [];
    view.on('zoom', ({ from, to }) => windows.push(`${from}/${to}`));
    const ticksBefore = [...container.querySelectorAll('.dt-axis .tick text')].map((node) => node.textContent).join();
    view.zoomTo({ from: '2023-07-10', to: '2023-07-16' });
    expect(windows).toEqual(['2023-07-10/2023-07-16']);
    const ticksAfter = [...container.querySelectorAll('.dt-axis .tick text')].map((node) => node.textContent).join();
    expect(ticksAfter).not.toBe(ticksBefore);
    expect(ticksAfter).toContain('13 Jul');
    // Events outside the window are not drawn at all (binary-searched visible range).
    expect(itemOf(container, 'austin-li')).toBeNull();
    expect(() => { view.zoomTo({ from: '2023-07-20', to: '2023-07-10' }); }).toThrow(/range/);
  });

  it('zooms in and out around the focused mark with + and −', () => {
    const { container, view } = mount();
    const windows: { from: string; to: string }[] = [];
    view.on('zoom', (range) => windows.push(range));
    const days = (range: { from: string; to: string }) => (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
    const jakarta = itemOf(container, 'jakarta');
    jakarta.focus();
    key(jakarta, '+');
    expect(windows).toHaveLength(1);
    key(document.activeElement!, '-');
    key(document.activeElement!, '-');
    expect(days(windows[0]!)).toBeLessThan(days(windows[1]!));
    expect(days(windows[1]!)).toBeLessThan(days(windows[2]!));
    // The focused mark stays focused and drawn.
    expect(document.activeElement!.getAttribute('data-event-id')).toBe('jakarta');
  });

  it('update() keeps the DOM keyed: the same node for the same event', () => {
    const { container, view } = mount();
    const before = itemOf(container, 'jakarta');
    // The same placement (event and lane), whether or not it carries the label after the update.
    const same = () => container.querySelector(`g.dt-item[data-key="${before.getAttribute('data-key')!}"]`);
    view.update({ options: { labels: false, theme: 'dark' } });
    expect(same()).toBe(before);
    expect(container.querySelector('.dt-root')!.getAttribute('data-theme')).toBe('dark');
    expect(container.querySelector('.dt-labels .dt-label-title')).toBeNull();
    const next = smallDocument();
    (next.events as object[]).push({ id: 'late', title: 'A later event', kind: 'statement', status: 'occurred', when: '2023-07-15', participants: [{ actor: 'cn' }] });
    view.update({ timeline: parseTimeline(next) });
    expect(same()).toBe(before);
    expect(itemOf(container, 'late')).not.toBeNull();
    expect(() => { view.update({ options: { theme: 'sepia' as 'dark' } }); }).toThrow(/"theme"/);
    expect(() => { view.update({ options: { referenceDate: 'no-such-source' } }); }).toThrow(/"referenceDate"/);
    // A refused update leaves the view as it was.
    expect(same()).toBe(before);
    view.update({ options: { labels: true } });
    expect(container.querySelector('.dt-labels .dt-label-title')).not.toBeNull();
  });

  it('destroy() leaves nothing behind: no nodes, no styles, no window or document listeners', () => {
    const counts = new Map<EventTarget, number>();
    const targets: EventTarget[] = [window, document];
    const restore: (() => void)[] = [];
    for (const target of targets) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      counts.set(target, 0);
      const addSpy = vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
        counts.set(target, counts.get(target)! + 1);
        add(type, listener, options);
      });
      const removeSpy = vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
        counts.set(target, counts.get(target)! - 1);
        remove(type, listener, options);
      });
      restore.push(() => { addSpy.mockRestore(); removeSpy.mockRestore(); });
    }
    const headBefore = document.head.childNodes.length;
    const container = document.createElement('div');
    document.body.append(container);
    const view = renderTimeline(container, smallDocument());
    itemOf(container, 'jakarta').focus();
    key(document.activeElement!, 'ArrowRight');
    key(document.activeElement!, 'Enter');
    view.zoomTo({ from: '2023-07-01', to: '2023-07-31' });
    expect(document.head.childNodes.length).toBeGreaterThan(headBefore);
    view.destroy();
    view.destroy(); // harmless twice
    for (const fn of restore) fn();
    expect(container.childNodes).toHaveLength(0);
    expect(document.head.childNodes.length).toBe(headBefore);
    for (const target of targets) expect(counts.get(target)).toBe(0);
    expect(() => { view.update({}); }).toThrow(/destroyed/);
  });

  it('puts hostile text in as text only', () => {
    const { container } = mount(hostileDocument(), { referenceDate: 's' });
    expect(container.querySelector('script, img, b, i')).toBeNull();
    const item = container.querySelector<SVGGElement>('g.dt-item')!;
    expect(item.getAttribute('aria-label')).toContain(hostileTitle);
    item.focus();
    key(item, 'Enter');
    const details = container.querySelector('.dt-details')!;
    expect(details.querySelector('h2')!.textContent).toBe(hostileTitle);
    // A javascript: URL is never a link.
    expect(details.querySelector('a')).toBeNull();
    expect(container.querySelector('script, img, b, i')).toBeNull();
  });

  it('parses a raw document, and throws the validation error for a bad one', () => {
    const { view } = mount();
    expect(view.timeline.events).toHaveLength(6);
    const container = document.createElement('div');
    expect(() => renderTimeline(container, { events: [{ id: 'x', title: 'X', kind: 'talks', when: 'soon' }] })).toThrow(/events\[0\]\.when/);
    expect(container.childNodes).toHaveLength(0);
  });

  it('draws an overview past the detail limit, and individual marks once zoomed in', () => {
    const { container, view } = mount(smallDocument(), { detailLimit: 3 });
    expect(items(container)).toHaveLength(0);
    expect(container.querySelector('.dt-overview')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+h/);
    const note = container.querySelector<HTMLElement>('.dt-overview-note')!;
    expect(note.hidden).toBe(false);
    expect(note.textContent).toMatch(/zoom in/);
    // Windowed list: the events in view, said so in the caption.
    expect(container.querySelector('table caption')!.textContent).toMatch(/showing 3 of 6 events in view \(6 in all\), from/);
    expect(container.querySelectorAll('table tbody tr')).toHaveLength(3);
    view.zoomTo({ from: '2023-07-12', to: '2023-07-13' });
    expect(items(container).length).toBeGreaterThan(0);
    expect(items(container).length).toBeLessThanOrEqual(3);
    expect(container.querySelector('.dt-overview')).toBeNull();
    expect(note.hidden).toBe(true);
  });

  it('moves lane names into captions on a narrow container', () => {
    const { container } = mount(smallDocument(), { width: 360 });
    expect(container.querySelector('.dt-root')!.hasAttribute('data-compact')).toBe(true);
    const { container: wide } = mount(smallDocument(), { width: 1000 });
    expect(wide.querySelector('.dt-root')!.hasAttribute('data-compact')).toBe(false);
  });
});

describe('renderTimeline on a compressed time scale', () => {
  it('zooms to a window, marks the skipped stretches on the axis, and keeps keyboard zoom', () => {
    const { container, view } = mount(smallDocument(), { scale: 'compressed' });
    const windows: string[] = [];
    view.on('zoom', ({ from, to }) => windows.push(`${from}/${to}`));
    expect(container.querySelectorAll('.dt-axis-break').length).toBeGreaterThan(0);
    expect(container.querySelector('.dt-axis-break title')?.textContent).toMatch(/days? in which no event starts/);
    view.zoomTo({ from: '2023-07-10', to: '2023-07-16' });
    expect(windows).toEqual(['2023-07-10/2023-07-16']);
    const jakarta = itemOf(container, 'jakarta');
    jakarta.focus();
    key(jakarta, '-');
    const [from, to] = windows[windows.length - 1]!.split('/');
    // Zoomed out about the mark: the window grew on both sides.
    expect(from! < '2023-07-10' && to! > '2023-07-16').toBe(true);
  });
});
