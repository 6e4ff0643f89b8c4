// Styles go where they apply: into the shadow root a container sits in (a
// document's styles do not cross into it), else the document. jsdom has no
// constructed stylesheets, so this checks the `<style>` fallback and the
// count per root; the browser test checks adopted sheets and the layout.
import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineView } from '../../src/render/timeline.js';
import { renderTimeline } from '../../src/render/timeline.js';
import { smallDocument } from './fixtures.js';

let views: TimelineView[] = [];
afterEach(() => {
  for (const view of views) view.destroy();
  views = [];
  document.body.replaceChildren();
});

const stylesIn = (root: Document | ShadowRoot) => root.querySelectorAll('style[data-diplomatic-timeline]').length;

function shadowContainer(): { host: HTMLElement; shadow: ShadowRoot; container: HTMLElement } {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  return { host, shadow, container };
}

describe('styles in a shadow root', () => {
  it('puts one style into the shadow root per root, counted per root, and takes it out with the last view', () => {
    const first = shadowContainer();
    const second = document.createElement('div');
    first.shadow.append(second);
    const light = document.createElement('div');
    document.body.append(light);

    const a = renderTimeline(first.container, smallDocument());
    expect(stylesIn(first.shadow)).toBe(1);
    expect(stylesIn(document)).toBe(0);
    const b = renderTimeline(second, smallDocument());
    expect(stylesIn(first.shadow)).toBe(1);
    const c = renderTimeline(light, smallDocument());
    expect(document.head.querySelectorAll('style[data-diplomatic-timeline]')).toHaveLength(1);
    expect(stylesIn(first.shadow)).toBe(1);

    a.destroy();
    expect(stylesIn(first.shadow)).toBe(1);
    b.destroy();
    expect(stylesIn(first.shadow)).toBe(0);
    expect(stylesIn(document)).toBe(1);
    c.destroy();
    expect(stylesIn(document)).toBe(0);
  });

  it('keeps two shadow roots apart', () => {
    const one = shadowContainer(), two = shadowContainer();
    views.push(renderTimeline(one.container, smallDocument()));
    const other = renderTimeline(two.container, smallDocument());
    expect([stylesIn(one.shadow), stylesIn(two.shadow)]).toEqual([1, 1]);
    other.destroy();
    expect([stylesIn(one.shadow), stylesIn(two.shadow)]).toEqual([1, 0]);
  });

  it('draws and answers the keyboard inside the shadow root', () => {
    const { container } = shadowContainer();
    const view = renderTimeline(container, smallDocument());
    views.push(view);
    const jakarta = container.querySelector<SVGGElement>('g.dt-item[data-event-id="jakarta"]:not(.dt-echo)')!;
    jakarta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(container.querySelector<HTMLElement>('.dt-details')!.hidden).toBe(false);
  });
});
