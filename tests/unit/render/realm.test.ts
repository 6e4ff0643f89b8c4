// The view in another realm: a jsdom window made in a plain Node test, its
// globals never copied into Node's. The view must take AbortController,
// animation frames and the rest from its container's own window.
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderTimeline } from '../../../src/render/timeline.js';
import { smallDocument } from '../../dom/fixtures.js';

const realmGlobals = ['window', 'document', 'AbortController', 'requestAnimationFrame', 'ResizeObserver', 'HTMLElement', 'SVGElement', 'navigator'];
// Node has its own AbortController; the others must stay absent.
const absentBefore = realmGlobals.filter((name) => !(name in globalThis));

let dom: JSDOM | undefined;
afterEach(() => {
  dom?.window.close();
  dom = undefined;
});

describe('renderTimeline into a jsdom window from Node', () => {
  it('draws, zooms, selects and destroys without jsdom globals', () => {
    expect(absentBefore).toEqual(expect.arrayContaining(['window', 'document', 'requestAnimationFrame', 'HTMLElement', 'SVGElement']));
    dom = new JSDOM('<!doctype html><body><div id="timeline"></div></body>', { pretendToBeVisual: true });
    const { window } = dom;
    const container = window.document.getElementById('timeline')!;
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    const view = renderTimeline(container, smallDocument());
    expect(container.querySelectorAll('g.dt-item[data-event-id]').length).toBeGreaterThan(0);
    // jsdom has no constructed stylesheets: the fallback `<style>` goes in the window's own head.
    expect(window.document.head.querySelectorAll('style').length).toBe(1);

    const windows: string[] = [];
    view.on('zoom', ({ from, to }) => windows.push(`${from}/${to}`));
    view.zoomTo({ from: '2023-07-10', to: '2023-07-16' });
    expect(windows).toEqual(['2023-07-10/2023-07-16']);
    // The zoom listener asked the container's window for a frame.
    expect(frames).toHaveBeenCalled();

    // Listeners added with the window's own AbortSignal work: the zoom buttons and the keyboard.
    const zoomIn = container.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!;
    zoomIn.click();
    expect(windows).toHaveLength(2);
    const jakarta = container.querySelector<SVGGElement>('g.dt-item[data-event-id="jakarta"]:not(.dt-echo)')!;
    jakarta.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(container.querySelector<HTMLElement>('.dt-details')!.hidden).toBe(false);

    view.destroy();
    expect(container.childNodes).toHaveLength(0);
    expect(window.document.head.querySelectorAll('style').length).toBe(0);
    // Aborted with the view: a click on a removed button does nothing.
    zoomIn.click();
    expect(windows).toHaveLength(2);
    expect(realmGlobals.filter((name) => !(name in globalThis))).toEqual(absentBefore);
  });
});
