// The renderer at scale in Chromium: 20,000 generated events (the
// benchmark's generator) drawn on the canvas tier. Checks behaviour only —
// tiers, DOM size, hit-testing, keyboard order, the windowed list; timings
// belong to the benchmark (bench/), not to tests.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LaunchedChromium } from './support/chromium.js';
import { describeWithChromium, launchChromium } from './support/chromium.js';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';

const eventCount = 20_000;
const domLimit = 3000;

/** What the test page keeps on `window`. */
interface ScalePage {
  scaleView: { zoomTo(range: { from: string; to: string }): void; destroy(): void };
  hovered: { id: string; start: number }[];
  selected: string[];
}

describeWithChromium('the renderer at scale in Chromium', () => {
  let server: RunningServer | undefined;
  let browser: LaunchedChromium | undefined;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The large example at its smallest, then our own 20,000 events in its frame.
    await page.goto(`${server.url}large.html?count=1000`);
    await page.waitForFunction(() => 'timelineView' in window);
    // A string, so the test runner leaves this import() alone: it runs in the page.
    await page.evaluate(`import('${server.url}generate.js').then((module) => { window.scaleDocument = module.generateDocument(${eventCount}); })`);
    await page.evaluate(() => {
      const host = window as unknown as ScalePage & { scaleDocument: unknown; timelineView: { destroy(): void }; diplomaticTimeline: { renderTimeline: (...args: unknown[]) => ScalePage['scaleView'] & { on(type: string, listener: (detail: { event?: { id: string; when: { earliestDay: number } } }) => void): void } } };
      host.timelineView.destroy();
      const view = host.diplomaticTimeline.renderTimeline(document.getElementById('timeline'), host.scaleDocument, { height: 640 });
      host.scaleView = view;
      host.hovered = [];
      host.selected = [];
      view.on('hover', ({ event }) => { if (event) host.hovered.push({ id: event.id, start: event.when.earliestDay }); });
      view.on('select', ({ event }) => { if (event) host.selected.push(event.id); });
    });
    expect(errors).toEqual([]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const domNodes = () => page.evaluate(() => document.getElementsByTagName('*').length);
  const tier = () => page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#timeline canvas.dt-canvas');
    return !canvas || canvas.hidden ? 'svg' : canvas.dataset.tier;
  });
  const zoomTo = async (from: string, to: string) => {
    await page.evaluate(([f, t]) => { (window as unknown as ScalePage).scaleView.zoomTo({ from: f!, to: t! }); }, [from, to]);
    // Two frames: any scheduled render has run.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  };

  it('draws the whole extent as density bins on a canvas, with a small DOM', async () => {
    expect(await tier()).toBe('bins');
    expect(await domNodes()).toBeLessThanOrEqual(domLimit);
    const canvas = await page.$eval('#timeline canvas.dt-canvas', (node: HTMLCanvasElement) => ({
      width: node.width, cssWidth: node.getBoundingClientRect().width, ratio: devicePixelRatio,
    }));
    expect(canvas.width).toBe(Math.round(canvas.cssWidth * canvas.ratio));
    expect(await page.$eval('.dt-overview-note', (node) => node.textContent)).toMatch(/zoom in/);
  });

  it('switches bins to individual marks when zoomed in, then to SVG items, and keeps the DOM small both ways', async () => {
    const seen: string[] = [];
    for (const [from, to] of [['2019-01-01', '2019-12-31'], ['2019-01-01', '2019-03-31'], ['2019-03-01', '2019-03-07'], ['2019-01-01', '2019-03-31'], ['2014-01-01', '2023-12-31']] as const) {
      await zoomTo(from, to);
      seen.push(`${from}/${to}:${await tier()}`);
      expect(await domNodes()).toBeLessThanOrEqual(domLimit);
    }
    expect(seen).toEqual([
      '2019-01-01/2019-12-31:bins', '2019-01-01/2019-03-31:canvas', '2019-03-01/2019-03-07:svg', '2019-01-01/2019-03-31:canvas', '2014-01-01/2023-12-31:bins',
    ]);
  });

  it('zooms into a density bin that is clicked', async () => {
    await zoomTo('2014-01-01', '2023-12-31');
    expect(await tier()).toBe('bins');
    const box = await page.$eval('#timeline svg.dt-plot', (node) => { const r = node.getBoundingClientRect(); return { x: r.left + r.width * 0.6, y: r.top + 30 }; });
    // Years along the axis before; a quarter of the ten years after shows months.
    const before = await page.$eval('#timeline .dt-axis .tick:nth-child(4) text', (node) => node.textContent);
    expect(before).toMatch(/^\d{4}$/);
    await page.mouse.click(box.x, box.y);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.$eval('#timeline .dt-axis .tick:nth-child(4) text', (node) => node.textContent)).not.toBe(before);
    expect(await domNodes()).toBeLessThanOrEqual(domLimit);
  });

  it('windows the accessible list to the events in view and says so', async () => {
    await zoomTo('2019-01-01', '2019-03-31');
    await page.waitForFunction(() => /showing/.test(document.querySelector('#timeline table caption')?.textContent ?? ''));
    const list = await page.evaluate(() => ({
      rows: document.querySelectorAll('#timeline table tbody tr').length,
      caption: document.querySelector('#timeline table caption')!.textContent,
    }));
    expect(list.rows).toBeGreaterThan(0);
    expect(list.rows).toBeLessThanOrEqual(150);
    expect(list.caption).toMatch(new RegExp(`showing ${list.rows} of [\\d,]+ events in view \\(20,000 in all\\)`));
  });

  it('hit-tests hover and click on the canvas: the event under the pointer is the one selected, drawn where it was hit', async () => {
    await zoomTo('2019-01-01', '2019-03-31');
    expect(await tier()).toBe('canvas');
    // A pixel of a mark, in page coordinates: the mark colour, well inside the canvas.
    const point = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#timeline canvas.dt-canvas')!;
      const context = canvas.getContext('2d')!;
      const probe = document.createElement('canvas').getContext('2d')!;
      probe.fillStyle = getComputedStyle(document.querySelector('#timeline .dt-root')!).getPropertyValue('--dt-mark').trim();
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
      const { width, height } = canvas;
      const data = context.getImageData(0, 0, width, height).data;
      const box = canvas.getBoundingClientRect();
      for (let y = Math.floor(height * 0.2); y < height; y += 3) {
        for (let x = Math.floor(width * 0.3); x < width * 0.9; x += 1) {
          const i = (y * width + x) * 4;
          if (data[i + 3] === 255 && data[i] === r && data[i + 1] === g && data[i + 2] === b) {
            return { x: box.left + x / devicePixelRatio, y: box.top + y / devicePixelRatio };
          }
        }
      }
      return undefined;
    });
    expect(point).toBeDefined();
    await page.mouse.move(point!.x, point!.y);
    await page.waitForFunction(() => (window as unknown as ScalePage).hovered.length > 0);
    const hovered = await page.evaluate(() => (window as unknown as ScalePage).hovered.at(-1)!.id);
    expect(await page.$eval('#timeline .dt-tooltip', (node) => !(node as HTMLElement).hidden)).toBe(true);
    await page.mouse.click(point!.x, point!.y);
    expect(await page.evaluate(() => (window as unknown as ScalePage).selected.at(-1))).toBe(hovered);
    // The selected event is drawn in SVG by the same layout: one of its placements covers the point hit.
    const covers = await page.evaluate(([id, x, y]) => [...document.querySelectorAll(`#timeline g.dt-item.dt-selected[data-event-id="${id}"] .dt-hit`)]
      .some((node) => {
        const box = node.getBoundingClientRect();
        return (x) >= box.left && (x) <= box.right && (y) >= box.top && (y) <= box.bottom;
      }), [hovered, point!.x, point!.y] as const);
    expect(covers).toBe(true);
    expect(await page.$eval('#timeline .dt-details', (node) => (node as HTMLElement).hidden)).toBe(false);
    expect(await domNodes()).toBeLessThanOrEqual(domLimit);
  });

  it('moves keyboard focus through events in time order on the canvas tier', async () => {
    await zoomTo('2019-01-01', '2019-03-31');
    // The pointer leaves the plot: the earlier hit-testing left it over a mark, whose hovers would mix in.
    await page.mouse.move(0, 0);
    await page.focus('#timeline g.dt-item[tabindex="0"]');
    await page.evaluate(() => { (window as unknown as ScalePage).hovered = []; });
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('ArrowRight');
    const visited = await page.evaluate(() => (window as unknown as ScalePage).hovered);
    expect(visited.length).toBeGreaterThanOrEqual(12);
    const steps = visited.slice(-12);
    expect(new Set(steps.map((step) => step.id)).size).toBe(12);
    for (let i = 1; i < steps.length; i += 1) expect(steps[i]!.start).toBeGreaterThanOrEqual(steps[i - 1]!.start);
    expect(await page.evaluate(() => document.activeElement?.matches('#timeline g.dt-item') ?? false)).toBe(true);
    expect(await tier()).toBe('canvas');
    expect(await domNodes()).toBeLessThanOrEqual(domLimit);
  });
});
