// The custom element in jsdom: it reads its attributes into render options,
// follows attribute changes, renders a timeline set as a property without
// fetching, announces load and error, and shows bad options in place.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineTimelineElement, timelineElementAttributes } from '../../src/element/index.js';
import type { TimelineElement } from '../../src/element/index.js';
import { parseTimeline } from '../../src/model/parse.js';
import articleDocument from '../../examples/data/us-china-diplomacy-2023-07.json';

const tag = 'dt-element-under-test';
const small = { ...articleDocument, events: articleDocument.events.slice(0, 6) };

function lanes(element: Element): string[] {
  return [...element.querySelectorAll('g.dt-lane')].map((lane) => lane.getAttribute('data-lane') ?? '');
}

function respondWith(document: unknown): void {
  vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(JSON.stringify(document), { status: 200 }))));
}

async function mount(attributes: Record<string, string>): Promise<TimelineElement> {
  const element = document.createElement(tag) as TimelineElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await element.ready.catch(() => undefined);
  return element;
}

describe('<diplomatic-timeline>', () => {
  beforeAll(() => {
    defineTimelineElement(tag);
  });

  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it('is defined once, and defining it again returns the same class', () => {
    expect(defineTimelineElement(tag)).toBe(customElements.get(tag));
    expect(timelineElementAttributes).toEqual(['src', 'lane-by', 'theme', 'locale', 'reference-date']);
  });

  it('fetches src, renders with lane-by, and fires load', async () => {
    respondWith(small);
    const loads: unknown[] = [];
    const element = document.createElement(tag) as TimelineElement;
    element.addEventListener('load', (event) => loads.push((event as CustomEvent).detail));
    element.setAttribute('src', 'data/article.json');
    element.setAttribute('lane-by', 'kind');
    document.body.append(element);
    await element.ready;
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(loads).toHaveLength(1);
    expect(element.view?.timeline.events).toHaveLength(small.events.length);
    const kinds = new Set(small.events.map((event) => event.kind));
    expect(new Set(lanes(element))).toEqual(kinds);
  });

  it('follows a lane-by change without fetching again', async () => {
    respondWith(small);
    const element = await mount({ src: 'data/article.json', 'lane-by': 'kind' });
    element.setAttribute('lane-by', 'country');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(lanes(element)).toContain('US');
    expect(lanes(element)).toContain('CN');
  });

  it('returns an option to its default when its attribute is removed', async () => {
    respondWith(small);
    const element = await mount({ src: 'events.json', 'reference-date': 'abs-cbn-2023-07-14', 'lane-by': 'kind' });
    expect(element.querySelector('.dt-reference')).not.toBeNull();
    expect(lanes(element)).toContain('talks');
    element.removeAttribute('reference-date');
    element.removeAttribute('lane-by');
    expect(element.querySelector('.dt-reference')).toBeNull();
    expect(lanes(element)).not.toContain('talks');
  });

  it('shows an unknown lane-by in place, naming the allowed values', async () => {
    respondWith(small);
    const element = await mount({ src: 'data/article.json', 'lane-by': 'continent' });
    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('continent');
    expect(alert?.textContent).toMatch(/country/);
    expect(element.querySelector('svg')).toBeNull();
  });

  it('shows every validation problem of an invalid file in place and fires error', async () => {
    respondWith({ events: [{ id: 'a', title: '', kind: 'talks', when: '2023-02-30' }] });
    const errors: unknown[] = [];
    const element = document.createElement(tag) as TimelineElement;
    element.addEventListener('error', (event) => errors.push((event as unknown as CustomEvent).detail));
    element.setAttribute('src', 'bad.json');
    document.body.append(element);
    await element.ready.catch(() => undefined);
    const text = element.querySelector('[role="alert"]')?.textContent ?? '';
    expect(text).toContain('"bad.json"');
    expect(text).toContain('events[0].title');
    expect(text).toContain('events[0].when');
    expect(errors).toHaveLength(1);
  });

  it('says so in place when the file is not JSON', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('<html>not json</html>', { status: 200 }))));
    const element = await mount({ src: 'page.html' });
    expect(element.querySelector('[role="alert"]')?.textContent).toMatch(/not JSON/);
  });

  it('renders a timeline set as a property, without fetching', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const element = document.createElement(tag) as TimelineElement;
    element.timeline = parseTimeline(small);
    document.body.append(element);
    expect(await element.ready).toBe(element.timeline);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(element.querySelectorAll('g.dt-item').length).toBeGreaterThan(0);
  });

  it('reports dt-select and dt-zoom as bubbling, composed events', async () => {
    const element = document.createElement(tag) as TimelineElement;
    element.timeline = parseTimeline(small);
    document.body.append(element);
    await element.ready;
    const seen: { type: string; detail: unknown; bubbles: boolean; composed: boolean }[] = [];
    const record = (event: Event) => {
      const { type, bubbles, composed, detail } = event as CustomEvent;
      seen.push({ type, detail, bubbles, composed });
    };
    document.body.addEventListener('dt-select', record);
    document.body.addEventListener('dt-zoom', record);
    const id = small.events[0]!.id;
    element.view!.select(id);
    element.view!.zoomTo({ from: '2023-07-10', to: '2023-07-16' });
    await new Promise((done) => setTimeout(done, 50));
    document.body.removeEventListener('dt-select', record);
    document.body.removeEventListener('dt-zoom', record);
    expect(seen[0]).toMatchObject({ type: 'dt-select', bubbles: true, composed: true, detail: { event: { id } } });
    expect(seen.find((event) => event.type === 'dt-zoom')).toMatchObject({ bubbles: true, composed: true, detail: { from: '2023-07-10', to: '2023-07-16' } });
  });

  it('leaves nothing behind when removed', async () => {
    respondWith(small);
    const element = await mount({ src: 'data/article.json' });
    expect(element.childElementCount).toBeGreaterThan(0);
    element.remove();
    expect(element.childElementCount).toBe(0);
    expect(element.view).toBeUndefined();
  });
});
