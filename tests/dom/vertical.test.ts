// The vertical orientation in jsdom: when it is chosen, one row per event,
// the keyboard model, details under the row, and the static SVG's choice.
// jsdom has no layout: the view's width is `options.width` (its container
// measures 0), or what a test makes `clientWidth` say.
import { afterEach, describe, expect, it } from 'vitest';
import { languageOf } from '../../src/i18n/messages.js';
import { parseTimeline } from '../../src/model/parse.js';
import { eventLabel } from '../../src/render/eventText.js';
import { renderToSVG } from '../../src/render/renderToSVG.js';
import type { RenderOptions, TimelineView } from '../../src/render/timeline.js';
import { renderTimeline } from '../../src/render/timeline.js';
import { smallDocument } from './fixtures.js';

let views: TimelineView[] = [];
const restore: (() => void)[] = [];
afterEach(() => {
  for (const view of views) view.destroy();
  views = [];
  for (const undo of restore.splice(0)) undo();
  document.body.replaceChildren();
});

function mount(options: RenderOptions = {}, container = document.createElement('div')) {
  document.body.append(container);
  const view = renderTimeline(container, smallDocument(), { referenceDate: 'article', ...options });
  views.push(view);
  return { container, view, root: container.querySelector<HTMLElement>('.dt-root')! };
}

const items = (container: HTMLElement) => [...container.querySelectorAll<SVGGElement>('g.dt-item')];
const itemOf = (container: HTMLElement, id: string) => container.querySelector<SVGGElement>(`g.dt-item[data-event-id="${id}"]`)!;
const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
const buttons = (container: HTMLElement) => [...container.querySelectorAll<HTMLButtonElement>('.dt-toolbar button')];
/** The events in time order, as the accessible list has them. */
const listOrder = (container: HTMLElement) => [...container.querySelectorAll('table.dt-table tbody tr')].map((row) => row.getAttribute('data-event-id'));

/** A ResizeObserver jsdom lacks, whose callback a test calls; and a container whose width a test sets. */
function resizable(): { container: HTMLDivElement; resize: (width: number) => void } {
  let callback: (() => void) | undefined;
  const owner = window as unknown as { ResizeObserver?: unknown };
  const previous = owner.ResizeObserver;
  owner.ResizeObserver = class {
    constructor(fn: () => void) { callback = fn; }
    observe(): void { /* the test calls back */ }
    disconnect(): void { callback = undefined; }
  };
  restore.push(() => { owner.ResizeObserver = previous; });
  const container = document.createElement('div');
  let width = 0;
  Object.defineProperty(container, 'clientWidth', { get: () => width });
  return {
    container,
    resize: (next) => {
      width = next;
      callback?.();
    },
  };
}

describe('the vertical orientation', () => {
  it('turns vertical below verticalWidth when orientation is auto (the default), and horizontal at or above it', () => {
    const narrow = mount({ width: 390 });
    expect(narrow.root.getAttribute('data-orientation')).toBe('vertical');
    const wide = mount({ width: 960 });
    expect(wide.root.hasAttribute('data-orientation')).toBe(false);
    const atThreshold = mount({ width: 700, verticalWidth: 700 });
    expect(atThreshold.root.hasAttribute('data-orientation')).toBe(false);
    const below = mount({ width: 699, verticalWidth: 700 });
    expect(below.root.getAttribute('data-orientation')).toBe('vertical');
  });

  it('follows the option when it is not auto, whatever the width', () => {
    expect(mount({ width: 960, orientation: 'vertical' }).root.getAttribute('data-orientation')).toBe('vertical');
    expect(mount({ width: 390, orientation: 'horizontal' }).root.hasAttribute('data-orientation')).toBe(false);
  });

  it('switches when the container is resized across the threshold, keeping the selection', () => {
    const { container, resize } = resizable();
    resize(1000);
    const { root, view } = mount({}, container);
    expect(root.hasAttribute('data-orientation')).toBe(false);
    expect(items(container).filter((node) => node.dataset.eventId === 'jakarta')).toHaveLength(2);
    view.select('jakarta');
    resize(380);
    expect(root.getAttribute('data-orientation')).toBe('vertical');
    expect(items(container).filter((node) => node.dataset.eventId === 'jakarta')).toHaveLength(1);
    expect(itemOf(container, 'jakarta').getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector<HTMLElement>('.dt-details')!.hidden).toBe(false);
    resize(1000);
    expect(root.hasAttribute('data-orientation')).toBe(false);
    expect(container.querySelector('.dt-axis-svg .tick')).not.toBeNull();
  });

  it('draws each event once, as a button with its full spoken label; the texts are hidden from the accessibility tree', () => {
    const { container, view } = mount({ width: 390 });
    const drawn = items(container);
    const events = view.timeline.events;
    expect(drawn).toHaveLength(events.length);
    expect(new Set(drawn.map((node) => node.dataset.eventId)).size).toBe(events.length);
    for (const event of events) {
      const node = itemOf(container, event.id);
      expect(node.getAttribute('role')).toBe('button');
      expect(node.getAttribute('aria-label')).toBe(eventLabel(event, languageOf('en-GB')));
    }
    expect(drawn.filter((node) => node.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(container.querySelector('.dt-labels')!.getAttribute('aria-hidden')).toBe('true');
    // No lanes, no connectors: one row per event.
    expect(container.querySelector('.dt-lane')).toBeNull();
    expect(container.querySelector('.dt-connector')).toBeNull();
    expect(container.querySelector('svg.dt-plot')!.getAttribute('aria-label')).toBe('US–China, July 2023: 6 events in time order');
  });

  it('shows every title in full, with the date at its precision and the participants’ short names', () => {
    const { container, view } = mount({ width: 390 });
    for (const event of view.timeline.events) {
      const label = container.querySelector(`.dt-item-label[data-event-id="${event.id}"]`)!;
      const title = [...label.querySelectorAll('.dt-label-title')].map((node) => node.textContent).join(' ');
      expect(title.replace(/\s+/g, '')).toBe(event.title.replace(/\s+/g, ''));
    }
    const beijing = container.querySelector('.dt-item-label[data-event-id="beijing"]')!;
    expect(beijing.querySelector('.dt-label-date')!.textContent).toBe('June 2023');
    expect(beijing.querySelector('.dt-label-participants')!.textContent).toBe(' · Antony Blinken, China');
    expect(container.querySelector('.dt-item-label[data-event-id="kerry"] .dt-label-date')!.textContent).toBe('Week of 17 July 2023');
  });

  it('hides the zoom buttons, keeps "Show as list", and the legend has no connector entry', () => {
    const { container } = mount({ width: 390 });
    const [zoomIn, zoomOut, reset, list] = buttons(container);
    expect([zoomIn!.hidden, zoomOut!.hidden, reset!.hidden]).toEqual([true, true, true]);
    expect(list!.hidden).toBe(false);
    expect(list!.textContent).toBe('Show as list');
    expect(container.querySelector('[data-legend="connector"]')).toBeNull();
    expect(container.querySelector('[data-legend="day"]')).not.toBeNull();
    const wide = mount({ width: 960 }).container;
    expect(buttons(wide).every((button) => !button.hidden)).toBe(true);
  });

  it('moves through time with ↓/→ and back with ↑/←, Home and End, in the list’s order', () => {
    const { container } = mount({ width: 390 });
    const order = listOrder(container);
    const focused = () => (document.activeElement as SVGGElement | null)?.dataset.eventId;
    const first = items(container).find((node) => node.getAttribute('tabindex') === '0')!;
    expect(first.dataset.eventId).toBe(order[0]);
    first.focus();
    const visited = [focused()];
    for (let i = 1; i < order.length; i += 1) {
      key(document.activeElement!, i % 2 === 0 ? 'ArrowDown' : 'ArrowRight');
      visited.push(focused());
    }
    expect(visited).toEqual(order);
    key(document.activeElement!, 'ArrowDown');
    expect(focused()).toBe(order.at(-1));
    key(document.activeElement!, 'ArrowUp');
    expect(focused()).toBe(order.at(-2));
    key(document.activeElement!, 'ArrowLeft');
    expect(focused()).toBe(order.at(-3));
    key(document.activeElement!, 'Home');
    expect(focused()).toBe(order[0]);
    key(document.activeElement!, 'End');
    expect(focused()).toBe(order.at(-1));
    // One tab stop, on the focused row.
    expect(items(container).filter((node) => node.getAttribute('tabindex') === '0').map((node) => node.dataset.eventId)).toEqual([order.at(-1)]);
    // + and − do nothing here: there is no zoom.
    expect(key(document.activeElement!, '+')).toBe(true);
  });

  it('opens the details under the row with Enter, announces them, and closes them with Escape', () => {
    const { container, view } = mount({ width: 390 });
    const selected: (string | undefined)[] = [];
    view.on('select', ({ event }) => selected.push(event?.id));
    const jakarta = itemOf(container, 'jakarta');
    jakarta.focus();
    key(jakarta, 'Enter');
    const details = container.querySelector<HTMLElement>('.dt-details')!;
    expect(details.hidden).toBe(false);
    expect(details.querySelector('h2')!.textContent).toBe('Blinken and Wang Yi hold talks in Jakarta');
    // The panel scrolls with the rows, in a gap under its row.
    expect(details.parentElement!.classList.contains('dt-scroll')).toBe(true);
    expect(Number.parseFloat(details.style.getPropertyValue('top'))).toBeGreaterThan(0);
    expect(itemOf(container, 'jakarta').getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('[aria-live="polite"]')!.textContent).toMatch(/^Selected: 13 July 2023, talks, occurred: Blinken and Wang Yi hold talks in Jakarta/);
    expect(selected).toEqual(['jakarta']);
    key(document.activeElement!, 'Escape');
    expect(details.hidden).toBe(true);
    expect(itemOf(container, 'jakarta').getAttribute('aria-expanded')).toBe('false');
    expect(selected).toEqual(['jakarta', undefined]);
    // A click selects too.
    itemOf(container, 'kerry').querySelector('.dt-hit')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(details.querySelector('h2')!.textContent).toBe('Kerry expected in China');
  });

  it('leaves room for the open details: the rows below move down', () => {
    const { container, view } = mount({ width: 390 });
    const order = listOrder(container);
    const hitTop = (id: string) => Number(itemOf(container, id).querySelector('.dt-hit')!.getAttribute('y'));
    const below = order[order.indexOf('jakarta') + 1]!;
    const before = hitTop(below);
    const height = Number(container.querySelector('svg.dt-plot')!.getAttribute('height'));
    view.select('jakarta');
    // jsdom measures the panel as 0 px high; its margins still open a gap.
    expect(hitTop(below)).toBeGreaterThan(before);
    expect(Number(container.querySelector('svg.dt-plot')!.getAttribute('height'))).toBeGreaterThan(height);
    view.select(undefined);
    expect(hitTop(below)).toBe(before);
  });

  it('lists every event in the accessible list, and destroy() removes everything', () => {
    const { container, view } = mount({ width: 390 });
    expect(listOrder(container)).toHaveLength(view.timeline.events.length);
    view.destroy();
    expect(container.childNodes).toHaveLength(0);
  });

  it('draws only the rows in sight past the canvas threshold, always with the tab stop', () => {
    const { container, view } = mount({ width: 390, canvasThreshold: 2 });
    // jsdom's window is 768 px high, and every row of six is in it.
    expect(items(container)).toHaveLength(view.timeline.events.length);
    const first = items(container).find((node) => node.getAttribute('tabindex') === '0')!;
    first.focus();
    key(first, 'End');
    expect(items(container).filter((node) => node.getAttribute('tabindex') === '0')).toHaveLength(1);
  });
});

describe('renderToSVG orientation', () => {
  it('follows the width when auto: vertical below verticalWidth, one row per event with a title', () => {
    const timeline = parseTimeline(smallDocument());
    const doc = new DOMParser().parseFromString(renderToSVG(timeline, { width: 360, theme: 'dark', referenceDate: 'article' }), 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const svg = doc.documentElement;
    expect(svg.getAttribute('data-orientation')).toBe('vertical');
    const rows = [...doc.querySelectorAll('g.dt-item')];
    expect(rows.map((row) => row.getAttribute('data-event-id')).sort()).toEqual(timeline.events.map((event) => event.id).sort());
    for (const row of rows) expect(row.querySelector('title')?.textContent).toMatch(/: /);
    expect(doc.querySelector('.dt-reference-label')?.textContent).toBe('Published 14 July 2023');
    expect(doc.querySelector('.dt-axis')).toBeNull();
    const texts = [...doc.querySelectorAll('.dt-labels text')].map((node) => node.textContent).join(' ');
    for (const event of timeline.events) expect(texts.replace(/\s+/g, '')).toContain(event.title.replace(/\s+/g, ''));
    const wide = new DOMParser().parseFromString(renderToSVG(timeline, { width: 900 }), 'image/svg+xml').documentElement;
    expect(wide.hasAttribute('data-orientation')).toBe(false);
    const forced = new DOMParser().parseFromString(renderToSVG(timeline, { width: 900, orientation: 'vertical' }), 'image/svg+xml').documentElement;
    expect(forced.getAttribute('data-orientation')).toBe('vertical');
  });
});
