// A timeline inside an open shadow root, as a web component or a framework's
// scoped widget would hold it: the page's styles do not reach it, so the
// view must adopt its sheet into that root. Drawn there it must look as it
// does in the light DOM, and destroy() must take the sheet out again.
import { expect, it } from 'vitest';
import { describeWithChromium } from './support/chromium.js';
import { useServedChromium } from './support/session.js';

interface Measured {
  readonly height: number;
  readonly toolbarHeight: number;
  readonly listBox: { width: number; height: number };
  readonly items: number;
}

describeWithChromium('renderTimeline in a shadow root', () => {
  const served = useServedChromium();

  it('looks as it does in the light DOM, and its sheet leaves the shadow root with destroy()', async () => {
    const page = await served.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${served.url}test/render.html`);
    await page.waitForSelector('body[data-ready]');
    expect(await page.getAttribute('body', 'data-ready')).toBe('true');

    const result = await page.evaluate(async () => {
      type View = { timeline: unknown; destroy(): void };
      const api = (window as unknown as { diplomaticTimeline: { renderTimeline(container: HTMLElement, timeline: unknown, options: object): View } }).diplomaticTimeline;
      const timeline = (window as unknown as { timelineView: View }).timelineView.timeline;
      const options = { laneBy: 'country', theme: 'light', referenceDate: '2023-07-14' };
      const sized = (node: HTMLElement) => {
        node.style.setProperty('width', '900px');
        return node;
      };
      const light = sized(document.createElement('div'));
      document.body.append(light);
      const host = document.createElement('div');
      document.body.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      const inShadow = sized(document.createElement('div'));
      shadow.append(inShadow);
      const documentSheets = document.adoptedStyleSheets.length;

      const lightView = api.renderTimeline(light, timeline, options);
      const shadowView = api.renderTimeline(inShadow, timeline, options);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const measure = (container: HTMLElement) => {
        const list = container.querySelector('.dt-list')!.getBoundingClientRect();
        return {
          height: container.querySelector('.dt-root')!.getBoundingClientRect().height,
          toolbarHeight: container.querySelector('.dt-toolbar')!.getBoundingClientRect().height,
          listBox: { width: list.width, height: list.height },
          items: container.querySelectorAll('g.dt-item').length,
        };
      };
      const measured = { light: measure(light), shadow: measure(inShadow) };
      const sheets = { shadow: shadow.adoptedStyleSheets.length, documentAdded: document.adoptedStyleSheets.length - documentSheets };
      shadowView.destroy();
      const afterDestroy = { shadow: shadow.adoptedStyleSheets.length, styleElements: shadow.querySelectorAll('style').length, documentAdded: document.adoptedStyleSheets.length - documentSheets };
      lightView.destroy();
      return { measured, sheets, afterDestroy };
    });

    const { light, shadow }: { light: Measured; shadow: Measured } = result.measured;
    expect(light.items).toBeGreaterThan(0);
    expect(shadow.items).toBe(light.items);
    expect(shadow.height).toBeCloseTo(light.height, 0);
    expect(shadow.toolbarHeight).toBeCloseTo(light.toolbarHeight, 0);
    // The accessible table stays visually hidden (a 1 px clipped box), as outside.
    expect(shadow.listBox.width).toBeLessThanOrEqual(1);
    expect(shadow.listBox.height).toBeLessThanOrEqual(1);
    // One sheet in the shadow root; the document already had the page view's sheet, so none was added there.
    expect(result.sheets).toEqual({ shadow: 1, documentAdded: 0 });
    expect(result.afterDestroy).toEqual({ shadow: 0, styleElements: 0, documentAdded: 0 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
