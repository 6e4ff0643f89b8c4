// The React and Vue components in jsdom: one view under StrictMode, equal
// options leave the view alone, new data updates it in place, a failed
// update keeps the old picture, unmounting leaves nothing behind.
import { Component, StrictMode, act, createElement, createRef } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { createApp, h, nextTick, shallowRef } from 'vue';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RenderOptions, TimelineView } from '../../src/index.js';
import * as render from '../../src/render/timeline.js';
import { DiplomaticTimeline as ReactTimeline } from '../../src/react/index.js';
import type { DiplomaticTimelineProps } from '../../src/react/index.js';
import { DiplomaticTimeline as VueTimeline } from '../../src/vue/index.js';
import type { DiplomaticTimelineExposed } from '../../src/vue/index.js';
import { smallDocument } from './fixtures.js';

vi.mock('../../src/render/timeline.js', async (original) => {
  const module = await original<typeof render>();
  return { ...module, renderTimeline: vi.fn(module.renderTimeline) };
});

/** Every view the components created, with a spy on its `update`. */
function createdViews(): { view: TimelineView; update: ReturnType<typeof vi.spyOn> }[] {
  return vi.mocked(render.renderTimeline).mock.results
    .filter((result) => result.type === 'return')
    .map((result) => {
      const view = result.value as TimelineView & { updateSpy?: ReturnType<typeof vi.spyOn> };
      view.updateSpy ??= vi.spyOn(view, 'update');
      return { view, update: view.updateSpy };
    });
}

function eventIds(container: Element): string[] {
  return [...new Set([...container.querySelectorAll('g.dt-item')].map((node) => node.getAttribute('data-event-id') ?? ''))].sort();
}

/** The timeline stylesheets in the document: adopted, or `<style>` where jsdom has no constructed sheets. */
function sheets(): number {
  const adopted = (document as { adoptedStyleSheets?: unknown[] }).adoptedStyleSheets?.length ?? 0;
  return adopted + document.querySelectorAll('style[data-diplomatic-timeline]').length;
}

const withEvent = (doc: Record<string, unknown>, id: string) => ({
  ...doc,
  events: [...(doc.events as object[]), { id, title: 'Added', kind: 'call', when: '2023-07-12', participants: [{ actor: 'us' }] }],
});

afterEach(() => {
  document.body.replaceChildren();
  vi.mocked(render.renderTimeline).mockClear();
});

describe('diplomatic-timeline/react', () => {
  let root: Root;
  let host: HTMLDivElement;

  beforeAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  });

  function mount(props: DiplomaticTimelineProps, strict = true): void {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    rerender(props, strict);
  }

  function rerender(props: DiplomaticTimelineProps, strict = true): void {
    const element = createElement(ReactTimeline, props);
    act(() => { root.render(strict ? createElement(StrictMode, null, element) : element); });
  }

  it('leaves exactly one view after StrictMode mounts, unmounts and mounts again', () => {
    const ref = createRef<TimelineView>();
    mount({ timeline: smallDocument(), ref, className: 'story', style: { width: 800 } });
    expect(host.querySelectorAll('.dt-root')).toHaveLength(1);
    expect(host.firstElementChild?.className).toBe('story');
    const live = createdViews().at(-1)!.view;
    expect(ref.current).toBe(live);
    expect(sheets()).toBe(1);
    act(() => { root.unmount(); });
  });

  it('leaves the view alone for equal options, and passes only what changed', () => {
    const doc = smallDocument();
    const laneBy = () => 'one lane';
    mount({ timeline: doc, options: { laneBy, laneOrder: ['us'], theme: 'light' } }, false);
    const { update } = createdViews()[0]!;
    rerender({ timeline: doc, options: { laneBy, laneOrder: ['us'], theme: 'light' } }, false);
    expect(update).not.toHaveBeenCalled();
    rerender({ timeline: doc, options: { laneBy, laneOrder: ['us', 'cn'] } }, false);
    expect(update).toHaveBeenCalledTimes(1);
    expect(update.mock.calls[0]![0]).toEqual({ options: { laneOrder: ['us', 'cn'], theme: undefined } });
    rerender({ timeline: doc, options: { laneBy: () => 'one lane', laneOrder: ['us', 'cn'] } }, false);
    expect(update).toHaveBeenCalledTimes(2);
    expect(createdViews()).toHaveLength(1);
    act(() => { root.unmount(); });
  });

  it('updates the same view with new data, and reports selections and zooms', () => {
    const doc = smallDocument();
    const onSelect = vi.fn();
    const onZoom = vi.fn();
    const ref = createRef<TimelineView>();
    mount({ timeline: doc, ref, onSelect, onZoom }, false);
    const view = ref.current!;
    rerender({ timeline: withEvent(doc, 'added'), ref, onSelect, onZoom }, false);
    expect(ref.current).toBe(view);
    expect(createdViews()).toHaveLength(1);
    expect(eventIds(host)).toContain('added');
    act(() => { view.select('jakarta'); });
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'jakarta' }));
    act(() => { root.unmount(); });
  });

  it('keeps the old picture and calls onError for invalid data', () => {
    const doc = smallDocument();
    const onError = vi.fn();
    mount({ timeline: doc, onError }, false);
    const before = eventIds(host);
    rerender({ timeline: { events: [{ id: 'bad', when: '2023-13-45' }] }, onError }, false);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(eventIds(host)).toEqual(before);
    act(() => { root.unmount(); });
  });

  it('throws invalid data to the nearest error boundary without onError', () => {
    const caught = vi.fn();
    class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
      override state = { failed: false };
      static getDerivedStateFromError(): { failed: boolean } {
        return { failed: true };
      }
      override componentDidCatch(error: unknown): void {
        caught(error);
      }
      override render(): ReactNode {
        return this.state.failed ? createElement('p', { id: 'fallback' }, 'The timeline could not be shown.') : this.props.children;
      }
    }
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host, { onCaughtError: () => undefined });
    act(() => { root.render(createElement(Boundary, null, createElement(ReactTimeline, { timeline: { events: 'none' } }))); });
    expect(caught).toHaveBeenCalledTimes(1);
    expect(host.querySelector('#fallback')).not.toBeNull();
    expect(host.querySelector('.dt-root')).toBeNull();
    act(() => { root.unmount(); });
  });

  it('leaves nothing behind once unmounted', () => {
    const ref = createRef<TimelineView>();
    mount({ timeline: smallDocument(), ref });
    act(() => { root.unmount(); });
    expect(host.childNodes).toHaveLength(0);
    expect(ref.current).toBeNull();
    expect(sheets()).toBe(0);
    expect(() => { createdViews().at(-1)!.view.update({}); }).toThrow(/destroyed/);
  });
});

describe('diplomatic-timeline/vue', () => {
  it('renders once, leaves the view alone for equal options, updates with new data, emits select, and cleans up', async () => {
    const doc = shallowRef<unknown>(smallDocument());
    const options = shallowRef<RenderOptions>({ laneBy: 'country', laneOrder: ['US'] });
    const selected: unknown[] = [];
    const exposed = shallowRef<DiplomaticTimelineExposed | null>(null);
    const host = document.createElement('div');
    document.body.append(host);
    const app = createApp({
      render: () => h(VueTimeline, { ref: exposed, timeline: doc.value, options: options.value, onSelect: (event: unknown) => selected.push(event) }),
    });
    app.mount(host);
    await nextTick();
    expect(host.querySelectorAll('.dt-root')).toHaveLength(1);
    const { view, update } = createdViews()[0]!;
    expect(exposed.value?.view).toBe(view);

    options.value = { laneBy: 'country', laneOrder: ['US'] };
    await nextTick();
    expect(update).not.toHaveBeenCalled();

    doc.value = withEvent(smallDocument(), 'added');
    await nextTick();
    expect(update).toHaveBeenCalledTimes(1);
    expect(eventIds(host)).toContain('added');
    view.select('jakarta');
    expect(selected.at(-1)).toEqual(expect.objectContaining({ id: 'jakarta' }));

    app.unmount();
    expect(host.childNodes).toHaveLength(0);
    expect(sheets()).toBe(0);
    expect(createdViews()).toHaveLength(1);
  });

  it('sees options edited in place', async () => {
    const { reactive } = await import('vue');
    const options = reactive<{ laneBy: 'country' | 'kind' }>({ laneBy: 'country' });
    const host = document.createElement('div');
    document.body.append(host);
    const app = createApp({ render: () => h(VueTimeline, { timeline: smallDocument(), options }) });
    app.mount(host);
    await nextTick();
    const { update } = createdViews()[0]!;
    options.laneBy = 'kind';
    await nextTick();
    expect(update).toHaveBeenCalledWith({ options: { laneBy: 'kind' } });
    app.unmount();
  });
});
