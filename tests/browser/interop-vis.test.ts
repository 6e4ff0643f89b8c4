// vis-timeline itself renders what toVisTimeline exports, in real Chromium
// (in jsdom vis lays nothing out, so its point items never appear): every
// item shows up with our classes and its title as text, in its lane group,
// and markup in a title never becomes elements.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parse.js';
import { toVisTimeline, type VisTimelineData } from '../../src/interop/vis-timeline.js';
import { describeWithChromium, launchChromium, type LaunchedChromium } from './support/chromium.js';

const visScript = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
const sample = parseTimeline(JSON.parse(readFileSync('tests/fixtures/sample.json', 'utf8')));

interface RenderedItem {
  readonly text: string;
  readonly classes: string[];
}

describeWithChromium('vis-timeline renders toVisTimeline output (Chromium)', () => {
  let browser: LaunchedChromium;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1400, height: 900 } });
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body><div id="timeline"></div></body></html>');
    await page.addScriptTag({ path: visScript });
  }, 60_000);

  afterAll(async () => {
    await browser.close();
  });

  async function render(data: VisTimelineData, window: { start: string; end: string }): Promise<{ items: RenderedItem[]; labels: string[]; images: number }> {
    return page.evaluate(async ({ data, window }) => {
      const vis = (globalThis as unknown as { vis: { Timeline: new (...args: unknown[]) => { destroy(): void }; DataSet: new (items: unknown[]) => unknown } }).vis;
      const container = document.getElementById('timeline')!;
      container.replaceChildren();
      const timeline = new vis.Timeline(container, new vis.DataSet(data.items), new vis.DataSet(data.groups), { ...window, stack: true });
      await new Promise((resolve) => setTimeout(resolve, 300));
      // A point draws a dot as a second .vis-item; the item proper holds the content.
      const items = [...container.querySelectorAll('.vis-item')].filter((element) => element.querySelector('.vis-item-content')).map((element) => ({
        text: element.querySelector('.vis-item-content')?.textContent ?? '',
        classes: [...element.classList],
      }));
      const labels = [...container.querySelectorAll('.vis-label')].map((label) => label.textContent);
      const images = container.querySelectorAll('img').length;
      timeline.destroy();
      return { items, labels, images };
    }, { data, window });
  }

  it('draws every item with our classes and its title, in lanes', async () => {
    const { output } = toVisTimeline(sample);
    const { items, labels } = await render(output, { start: '2023-05-15', end: '2023-08-15' });
    expect(items).toHaveLength(output.items.length);
    for (const item of output.items) {
      const event = sample.event(item.id)!;
      const drawn = items.find((candidate) => candidate.text === event.title && candidate.classes.includes(`dt-status-${event.status}`));
      expect(drawn, item.id).toBeDefined();
      expect(drawn!.classes).toContain(item.type === 'point' ? 'vis-point' : 'vis-range');
      expect(drawn!.classes).toContain(`dt-precision-${event.when.precision}`);
    }
    expect(labels.sort()).toEqual(output.groups.map((group) => sample.actor(group.id)?.name ?? group.id.slice('kind:'.length)).sort());
  }, 30_000);

  it('shows hostile titles as text', async () => {
    const title = '<img src=x onerror="globalThis.pwned=1"> & <b>bold</b>';
    const hostile = parseTimeline({ events: [{ id: 'x', title, kind: 'talks', when: '2023-07-13' }, { id: 'y', title, kind: 'talks', when: '2023-07' }] });
    const { items, images } = await render(toVisTimeline(hostile).output, { start: '2023-06-15', end: '2023-08-15' });
    expect(images).toBe(0);
    expect(items.map((item) => item.text)).toEqual([title, title]);
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
  }, 30_000);
});
