// Lifecycle and leaks in jsdom: 1,000 cycles of create, update, zoom, select
// and destroy leave no node, no listener on window or document (or anywhere
// outside the container), no observer and no shared stylesheet behind. The
// custom element cleans up when removed: its nodes, its view, and a fetch
// still in flight (aborted).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTimelineElementClass } from '../../src/element/index.js';
import type { TimelineElement } from '../../src/element/index.js';
import { parseTimeline } from '../../src/model/parse.js';
import { renderTimeline } from '../../src/render/timeline.js';
import articleDocument from '../../examples/data/us-china-diplomacy-2023-07.json';

const article = articleDocument as unknown as { events: unknown[] };
const small = { ...article, events: article.events.slice(0, 6) };
const tiny = { ...article, events: article.events.slice(0, 2) };

interface Registration {
  readonly target: EventTarget;
  readonly type: string;
  readonly listener: unknown;
  readonly capture: boolean;
}

/**
 * Records every listener added anywhere and forgets it when removed, either
 * with removeEventListener or by aborting the signal it was added with.
 */
function trackListeners(): { live: () => Registration[]; restore: () => void } {
  const live = new Set<Registration>();
  const bySignal = new WeakMap<AbortSignal, Set<Registration>>();
  const captureOf = (options: unknown): boolean => (typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture));
  const find = (target: EventTarget, type: string, listener: unknown, capture: boolean): Registration | undefined =>
    [...live].find((r) => r.target === target && r.type === type && r.listener === listener && r.capture === capture);
  const restorers: (() => void)[] = [];
  // jsdom gives the window its own copies of the methods, so patch both the
  // prototype every node shares and the window itself.
  const hosts: object[] = [window.EventTarget.prototype];
  if (Object.prototype.hasOwnProperty.call(window, 'addEventListener')) hosts.push(window);
  for (const host of hosts) {
    const target = host as EventTarget;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this) below
    const add = target.addEventListener;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this) below
    const remove = target.removeEventListener;
    target.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      const capture = captureOf(options);
      const signal = (options as { signal?: AbortSignal } | undefined)?.signal;
      if (listener && !signal?.aborted && !find(this, type, listener, capture)) {
        const registration = { target: this, type, listener, capture };
        live.add(registration);
        if (signal) {
          // One abort listener per signal (not per registration), as a signal may guard hundreds.
          let guarded = bySignal.get(signal);
          if (!guarded) {
            const set = new Set<Registration>();
            guarded = set;
            bySignal.set(signal, set);
            signal.addEventListener('abort', () => { for (const r of set) live.delete(r); }, { once: true });
          }
          guarded.add(registration);
        }
      }
      add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
    };
    target.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      const registration = find(this, type, listener, captureOf(options));
      if (registration) live.delete(registration);
      remove.call(this, type, listener as EventListener, options as EventListenerOptions);
    };
    restorers.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  return {
    // Listeners on abort signals die with their signal.
    live: () => [...live].filter((r) => !('aborted' in r.target)),
    restore: () => { for (const restore of restorers) restore(); },
  };
}

/** A ResizeObserver stand-in (jsdom has none) that counts what is still observed. */
function fakeResizeObserver(): { observing: () => number } {
  let observing = 0;
  class FakeResizeObserver {
    #targets = new Set<Element>();
    observe(target: Element): void {
      if (!this.#targets.has(target)) observing += 1;
      this.#targets.add(target);
    }
    unobserve(target: Element): void {
      if (this.#targets.delete(target)) observing -= 1;
    }
    disconnect(): void {
      observing -= this.#targets.size;
      this.#targets.clear();
    }
  }
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  Object.defineProperty(window, 'ResizeObserver', { value: FakeResizeObserver, configurable: true, writable: true });
  return { observing: () => observing };
}

let tracker: ReturnType<typeof trackListeners>;

beforeEach(() => {
  // jsdom's selector engine adds its own document listeners on first use; let it, before tracking.
  document.querySelector('*');
  tracker = trackListeners();
});

afterEach(() => {
  tracker.restore();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function pageSnapshot(): { body: number; head: number; sheets: number } {
  return { body: document.body.querySelectorAll('*').length, head: document.head.querySelectorAll('*').length, sheets: (document as { adoptedStyleSheets?: unknown[] }).adoptedStyleSheets?.length ?? 0 };
}

describe('renderTimeline lifecycle', () => {
  it('1,000 cycles of create, update, zoom and destroy leave nothing behind', () => {
    const resize = fakeResizeObserver();
    const before = pageSnapshot();
    const timeline = parseTimeline(tiny);
    const other = parseTimeline({ ...article, events: article.events.slice(6, 8) });
    // Another view keeps the shared stylesheet installed, as on a page with
    // several timelines (jsdom re-parses a stylesheet slowly; its removal
    // with the last view is checked below).
    const neighbour = document.createElement('div');
    document.body.append(neighbour);
    const kept = renderTimeline(neighbour, tiny);
    const container = document.createElement('div');
    document.body.append(container);
    const baseline = tracker.live().length;
    const observed = resize.observing();
    for (let cycle = 0; cycle < 1000; cycle += 1) {
      const view = renderTimeline(container, cycle % 2 === 0 ? timeline : tiny, { laneBy: cycle % 3 === 0 ? 'country' : 'actor' });
      const off = view.on('zoom', () => undefined);
      view.on('select', () => undefined);
      view.update(cycle % 4 === 0 ? { timeline: other } : { options: { theme: cycle % 2 === 0 ? 'dark' : 'light' } });
      view.zoomTo({ from: '2023-06-01', to: '2023-07-20' });
      if (cycle % 10 === 0) view.select((cycle % 4 === 0 ? other : timeline).events[0]!.id);
      if (cycle % 2 === 0) off();
      view.destroy();
      if (cycle % 250 === 0 || cycle === 999) {
        expect(container.childNodes.length, `cycle ${cycle}: nodes left in the container`).toBe(0);
        expect(tracker.live().length, `cycle ${cycle}: listeners left`).toBe(baseline);
        expect(resize.observing(), `cycle ${cycle}: resize observations left`).toBe(observed);
      }
    }
    kept.destroy();
    container.remove();
    neighbour.remove();
    expect(resize.observing()).toBe(0);
    expect(pageSnapshot()).toEqual(before);
    expect(tracker.live().filter((r) => r.target === window || r.target === document)).toEqual([]);
  }, 180_000);

  it('removes its listeners from window and document even while a drag is in progress', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const view = renderTimeline(container, small);
    const plot = container.querySelector('svg.dt-plot') ?? container.querySelector('svg:last-of-type');
    expect(plot).not.toBeNull();
    // d3-zoom listens on the window during a drag; destroy must not leave those behind.
    const mouse = (type: string, x: number): MouseEvent => {
      const event = new MouseEvent(type, { bubbles: true, cancelable: true, button: 0, clientX: x, clientY: 50 });
      // d3-drag reads event.view.document; jsdom's constructor refuses its own window here.
      Object.defineProperty(event, 'view', { value: window });
      return event;
    };
    plot!.dispatchEvent(mouse('mousedown', 100));
    window.dispatchEvent(mouse('mousemove', 110));
    // The drag really is in progress: d3-zoom listens on the window until the button is released.
    expect(tracker.live().filter((r) => r.target === window).length).toBeGreaterThan(0);
    view.destroy();
    expect(tracker.live().filter((r) => r.target === window || r.target === document), 'listeners left mid-drag').toEqual([]);
    window.dispatchEvent(mouse('mouseup', 120));
    expect(tracker.live().filter((r) => r.target === window || r.target === document)).toEqual([]);
    expect(container.childNodes.length).toBe(0);
    container.remove();
  });

  it('two views in one document share the stylesheet until the last is destroyed', () => {
    const before = pageSnapshot();
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    const first = renderTimeline(a, small);
    const second = renderTimeline(b, small);
    first.destroy();
    expect(b.querySelector('svg')).not.toBeNull();
    second.destroy();
    a.remove();
    b.remove();
    expect(pageSnapshot()).toEqual(before);
  });

  it('leaves nothing behind when it refuses an option or a document', async () => {
    const resize = fakeResizeObserver();
    const before = pageSnapshot();
    const baseline = tracker.live().length;
    const container = document.createElement('div');
    document.body.append(container);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent): void => { errors.push(event.error ?? event.message); };
    window.addEventListener('error', onError);
    const refused = [
      () => renderTimeline(container, small, { referenceDate: 'no-such-source' }),
      () => renderTimeline(container, small, { laneBy: 'planet' as never }),
      () => renderTimeline(container, small, { range: { from: '2023-02-30', to: '2023-03-01' } }),
      () => renderTimeline(container, { events: [{ id: 'x' }] }),
    ];
    for (const attempt of refused) {
      expect(attempt).toThrow();
      expect(container.childNodes.length, String(attempt)).toBe(0);
    }
    // Let any frame or timer the failed constructor scheduled run.
    await new Promise((resolve) => { setTimeout(resolve, 50); });
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect(tracker.live().length - 0).toBe(baseline);
    expect(resize.observing()).toBe(0);
    container.remove();
    expect(pageSnapshot()).toEqual(before);
  });

  it('refuses calls after destroy instead of resurrecting nodes', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const view = renderTimeline(container, small);
    view.destroy();
    view.destroy();
    expect(() => { view.zoomTo({ from: '2023-07-01', to: '2023-07-31' }); }).toThrow();
    expect(() => { view.update({ options: { theme: 'dark' } }); }).toThrow();
    expect(container.childNodes.length).toBe(0);
    container.remove();
  });
});

describe('the custom element lifecycle', () => {
  let tag = '';
  let count = 0;

  beforeEach(() => {
    count += 1;
    tag = `lifecycle-timeline-${count}`;
    customElements.define(tag, createTimelineElementClass());
  });

  it('removes its nodes, view and listeners when taken out of the page, 100 times over', async () => {
    fakeResizeObserver();
    const before = pageSnapshot();
    // A neighbour keeps the shared stylesheet in (jsdom re-parses it slowly).
    const neighbour = document.createElement('div');
    document.body.append(neighbour);
    const kept = renderTimeline(neighbour, tiny);
    const baseline = tracker.live().length;
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(JSON.stringify(small), { status: 200 }))));
    for (let cycle = 0; cycle < 100; cycle += 1) {
      const element = document.createElement(tag) as TimelineElement;
      element.setAttribute('src', `data/${cycle}.json`);
      document.body.append(element);
      await element.ready;
      expect(element.view).toBeDefined();
      element.setAttribute('theme', 'dark');
      element.remove();
      expect(element.childNodes.length).toBe(0);
      expect(element.view).toBeUndefined();
    }
    expect(tracker.live().length).toBe(baseline);
    kept.destroy();
    neighbour.remove();
    expect(pageSnapshot()).toEqual(before);
  });

  it('aborts a fetch still in flight when removed, and shows nothing afterwards', async () => {
    const signals: AbortSignal[] = [];
    let respond: (response: Response) => void = () => undefined;
    vi.stubGlobal('fetch', vi.fn((_url: unknown, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return new Promise<Response>((resolve) => { respond = resolve; });
    }));
    const element = document.createElement(tag) as TimelineElement;
    element.setAttribute('src', 'data/slow.json');
    document.body.append(element);
    expect(signals).toHaveLength(1);
    element.remove();
    expect(signals[0]!.aborted).toBe(true);
    respond(new Response(JSON.stringify(small), { status: 200 }));
    await element.ready.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(element.childNodes.length).toBe(0);
    expect(element.view).toBeUndefined();
  });

  it('aborts the previous fetch when src changes, and shows only the latest data', async () => {
    const signals: AbortSignal[] = [];
    const pending: ((response: Response) => void)[] = [];
    vi.stubGlobal('fetch', vi.fn((_url: unknown, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return new Promise<Response>((resolve) => { pending.push(resolve); });
    }));
    const element = document.createElement(tag) as TimelineElement;
    element.setAttribute('src', 'data/first.json');
    document.body.append(element);
    element.setAttribute('src', 'data/second.json');
    expect(signals).toHaveLength(2);
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
    const second = { ...article, events: article.events.slice(10, 12) };
    pending[1]!(new Response(JSON.stringify(second), { status: 200 }));
    pending[0]!(new Response(JSON.stringify(small), { status: 200 }));
    const shown = await element.ready;
    expect(shown.events.map((e) => e.id).sort()).toEqual(parseTimeline(second).events.map((e) => e.id).sort());
    element.remove();
    expect(element.childNodes.length).toBe(0);
  });
});
