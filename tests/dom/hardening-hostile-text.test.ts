// Hostile text through every interactive output path, in jsdom: lane labels,
// item labels, tooltips, the details panel (summary, quotes, participants,
// place, sources and their links), the accessible table, and the custom
// element (its attributes, the data it fetches, its error messages).
// Nothing from the data may become an element, attribute, handler or URL;
// every text must be shown verbatim; only http(s) sources become links.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseTimeline } from '../../src/model/parse.js';
import { renderTimeline } from '../../src/render/timeline.js';
import type { TimelineView } from '../../src/render/timeline.js';
import { createTimelineElementClass } from '../../src/element/index.js';
import type { TimelineElement } from '../../src/element/index.js';
import { findInjectedMarkup, hostileAttributeValues, hostileDocument, hostileTexts, isSafeUrl } from '../support/payloads.js';

const hostile = hostileDocument();
const sinks = ['alert', 'confirm', 'prompt', 'open', 'print'] as const;

let container: HTMLDivElement;
let views: TimelineView[] = [];
let calls: string[] = [];
let startUrl: string;

beforeEach(() => {
  calls = [];
  startUrl = window.location.href;
  for (const name of sinks) vi.spyOn(window, name).mockImplementation(() => { calls.push(name); return null as never; });
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  for (const view of views) view.destroy();
  views = [];
  container.remove();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  // Nothing ran and nothing navigated, whatever the test did.
  expect(calls).toEqual([]);
  expect(window.location.href).toBe(startUrl);
});

function render(document: unknown = hostile.document, options: Parameters<typeof renderTimeline>[2] = {}): TimelineView {
  const view = renderTimeline(container, document, { laneBy: 'actor', referenceDate: 'src-main', ...options });
  views.push(view);
  return view;
}

function expectNoInjection(root: Element | Document = document): void {
  expect(findInjectedMarkup(root)).toEqual([]);
}

/** The element's own attributes are the page's; everything inside it, and the head, must be clean. */
function expectElementClean(element: Element): void {
  expect(findInjectedMarkup(element, { pageOwnsRoot: true })).toEqual([]);
  expect(findInjectedMarkup(document.head)).toEqual([]);
}

/** Every text node under a root, joined, and every attribute value, for "shown verbatim" checks. */
function textOf(root: Element): string {
  return root.textContent;
}

describe('renderTimeline with hostile text in every field', () => {
  it('creates no element, attribute, handler or URL from the data', () => {
    render();
    expectNoInjection();
    // Every payload is a title, so every one of them is drawn, as text.
    expect(container.querySelectorAll('g.dt-item').length).toBeGreaterThanOrEqual(hostileTexts.length);
  });

  it('shows every lane label verbatim (states named with payloads)', () => {
    render();
    const text = textOf(container);
    for (const placed of hostile.placed.filter((p) => p.field === 'actor name' && p.text.startsWith('state '))) {
      expect(text, placed.text).toContain(placed.text);
    }
  });

  it('labels each mark with the full title, verbatim, for screen readers', () => {
    render();
    const labels = [...container.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label') ?? '');
    for (const title of hostileTexts) expect(labels.some((label) => label.includes(title)), title).toBe(true);
  });

  it('draws item labels as the title, wrapped, or a truncated prefix of it', () => {
    render();
    const titles = hostile.placed.filter((p) => p.field === 'event title').map((p) => p.text);
    // A wrapped title is several text lines; joined without the spaces it broke at, it is the title.
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const labels = [...container.querySelectorAll('g.dt-item-label')].map((group) =>
      [...group.querySelectorAll('.dt-label-title')].map((node) => node.textContent).join(' '));
    const dates = [...container.querySelectorAll('g.dt-item-label .dt-label-date')].map((node) => node.textContent);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      const cut = label.endsWith('…');
      const shown = squeeze(cut ? label.slice(0, -1) : label);
      const isTitle = titles.some((title) => (cut ? squeeze(title).startsWith(shown) : squeeze(title) === shown)) || /^(bad|web) link \d+$/.test(label);
      expect(isTitle, label).toBe(true);
    }
    // Date lines are written by the library, not the data.
    for (const date of dates) expect(date).not.toMatch(/[<>]/);
  });

  it('puts every text in the accessible table verbatim', () => {
    render();
    const table = container.querySelector('table');
    expect(table).not.toBeNull();
    const text = textOf(table!);
    for (const title of hostileTexts) expect(text, title).toContain(title);
  });

  it('shows the full title in the tooltip, as text', () => {
    render();
    const items = [...container.querySelectorAll<SVGGElement>('g.dt-item')];
    const tooltip = container.querySelector<HTMLElement>('[role="tooltip"]');
    expect(tooltip).not.toBeNull();
    const seen = new Set<string>();
    for (const item of items) {
      item.dispatchEvent(new window.MouseEvent('pointerover', { bubbles: true }));
      expect(tooltip!.hidden).toBe(false);
      seen.add(tooltip!.querySelector('.dt-tooltip-title')?.textContent ?? '');
      expectNoInjection(tooltip!);
    }
    for (const title of hostileTexts) expect(seen.has(title), title).toBe(true);
  });

  it('shows every field of every event verbatim in the details panel', () => {
    const view = render();
    const byEvent = new Map<string, string[]>();
    for (const placed of hostile.placed) byEvent.set(placed.event, [...(byEvent.get(placed.event) ?? []), placed.text]);
    for (const [id, texts] of byEvent) {
      view.select(id);
      const panel = container.querySelector<HTMLElement>('.dt-details');
      expect(panel, 'details panel').not.toBeNull();
      expect(panel!.hidden).toBe(false);
      const text = textOf(panel!);
      for (const expected of texts) {
        // The person's lane is the state's, so the person's name shows in the participants.
        expect(text, `${id}: ${expected}`).toContain(expected);
      }
      expectNoInjection();
    }
  });

  it('links a source only when its URL is http(s), with rel="noopener noreferrer"', () => {
    const view = render();
    for (const { event, url } of hostile.unsafeUrlEvents) {
      view.select(event);
      const panel = container.querySelector<HTMLElement>('.dt-details')!;
      expect(panel.querySelectorAll('a'), url).toHaveLength(0);
      expect(textOf(panel)).toContain('bad source');
    }
    for (const { event, url } of hostile.linkUrlEvents) {
      view.select(event);
      const links = [...container.querySelectorAll<HTMLAnchorElement>('.dt-details a')];
      expect(links, url).toHaveLength(1);
      const link = links[0]!;
      expect(isSafeUrl(link.getAttribute('href')!)).toBe(true);
      expect(new URL(link.getAttribute('href')!).href).toBe(new URL(url).href);
      expect(link.rel.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      expect(link.textContent).toContain('web source');
    }
    expectNoInjection();
  });

  it('stays clean across update, zoom and every lane grouping', () => {
    const view = render();
    for (const laneBy of ['country', 'kind', 'none', 'actor'] as const) {
      view.update({ options: { laneBy } });
      view.zoomTo({ from: '2023-05-01', to: '2023-05-20' });
      expectNoInjection();
    }
    view.update({ timeline: parseTimeline(hostileDocument(hostileTexts.slice().reverse()).document) });
    expectNoInjection();
  });

  it('keeps hostile option text (title, reference label) as text', () => {
    render(hostile.document, { title: hostileTexts[0]!, referenceLabel: hostileTexts[1]! });
    expectNoInjection();
    expect(textOf(container) + [...container.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')).join(' '))
      .toContain(hostileTexts[1]!);
  });
});

describe('the custom element with hostile input', () => {
  let name: string;
  let count = 0;

  function defineFresh(): string {
    count += 1;
    const tag = `hardening-timeline-${count}`;
    customElements.define(tag, createTimelineElementClass());
    return tag;
  }

  function jsonResponse(body: unknown): Response {
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }

  beforeEach(() => {
    name = defineFresh();
  });

  it('renders fetched hostile data as text only', async () => {
    const fetch = vi.fn(() => Promise.resolve(jsonResponse(hostile.document)));
    vi.stubGlobal('fetch', fetch);
    const element = document.createElement(name) as TimelineElement;
    element.setAttribute('src', 'data/hostile.json');
    container.append(element);
    await element.ready;
    expectElementClean(element);
    expect(fetch).toHaveBeenCalledTimes(1);
    const table = element.querySelector('table');
    for (const title of hostileTexts) expect(textOf(table!), title).toContain(title);
    element.remove();
  });

  it('shows validation errors about hostile values as text', async () => {
    const broken = { events: hostileTexts.map((text, i) => ({ id: `e${i}`, title: 'T', kind: text, when: text })) };
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(jsonResponse(broken))));
    const element = document.createElement(name) as TimelineElement;
    element.setAttribute('src', 'data/broken.json');
    container.append(element);
    await element.ready.catch(() => undefined);
    const alert = element.querySelector('[role="alert"]');
    expect(alert).not.toBeNull();
    expectElementClean(element);
    element.remove();
  });

  it('shows a non-JSON body and a server error as text', async () => {
    const bodies = [
      new Response(hostileTexts.join('\n'), { status: 200 }),
      new Response(hostileTexts[0], { status: 500, statusText: hostileTexts[1]!.replace(/[^\x20-\x7e]/g, '') }),
    ];
    for (const body of bodies) {
      vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(body)));
      const element = document.createElement(name) as TimelineElement;
      element.setAttribute('src', hostileTexts[2]!);
      container.append(element);
      await element.ready.catch(() => undefined);
      expect(element.querySelector('[role="alert"]')).not.toBeNull();
      expectElementClean(element);
      element.remove();
    }
  });

  it('treats hostile attribute values as values: rejected with a message, never run', () => {
    const timeline = parseTimeline(hostile.document);
    for (const attribute of ['lane-by', 'theme', 'locale', 'reference-date'] as const) {
      for (const value of hostileAttributeValues) {
        const element = document.createElement(name) as TimelineElement;
        element.setAttribute(attribute, value);
        element.timeline = timeline;
        container.append(element);
        expectElementClean(element);
        // Either the value was refused (a message in place) or it was harmless and the view rendered.
        const refused = element.querySelector('[role="alert"]');
        expect(refused !== null || element.view !== undefined, `${attribute}=${value}`).toBe(true);
        element.remove();
        expect(element.childElementCount).toBe(0);
      }
    }
  });

  it('treats hostile src values as URLs to fetch (http, https and blob only), never as script', async () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', vi.fn((input: URL | string) => {
      requested.push(input instanceof URL ? input.href : input);
      return Promise.reject(new TypeError('blocked in the test'));
    }));
    for (const value of hostileAttributeValues) {
      const element = document.createElement(name) as TimelineElement;
      element.setAttribute('src', value);
      container.append(element);
      await element.ready.catch(() => undefined);
      expect(element.querySelector('[role="alert"]')).not.toBeNull();
      expectElementClean(element);
      element.remove();
    }
    const fetchable = hostileAttributeValues.filter((value) => {
      try {
        return ['http:', 'https:', 'blob:'].includes(new URL(value, document.baseURI).protocol);
      } catch {
        return false;
      }
    });
    expect(requested.length).toBe(fetchable.length);
    expect(requested.every((url) => /^(https?|blob):/.test(url))).toBe(true);
  });
});
