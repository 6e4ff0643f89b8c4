// The renderer in real Chromium: what jsdom cannot check (layout, focus,
// wheel input, sticky positioning, an accessibility audit) and screenshots
// for a person to look at (tests/__output__/screenshots, git-ignored).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeWithChromium } from './support/chromium.js';
import { useServedChromium } from './support/session.js';
import { focusedEvent, tabToTimeline, walkFocus } from './support/keyboard.js';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const article = JSON.parse(readFileSync('examples/data/us-china-diplomacy-2023-07.json', 'utf8')) as { events: { id: string }[] };
const screenshots = 'tests/__output__/screenshots';

describeWithChromium('renderTimeline in Chromium', () => {
  const served = useServedChromium({ timezoneId: 'Pacific/Kiritimati' });
  mkdirSync(screenshots, { recursive: true });

  async function open(query = '', viewport = { width: 1280, height: 720 }, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await served.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // The browser asks for /favicon.ico on its own; the page does not.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`${message.text()} (${message.location().url})`);
    });
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    await page.goto(`${served.url}test/render.html${query}`);
    await page.waitForSelector('body[data-ready]');
    expect(await page.getAttribute('body', 'data-ready')).toBe('true');
    expect(errors, 'page errors').toEqual([]);
    return page;
  }

  it('draws a mark for every event of the article', async () => {
    const page = await open();
    const drawn = await page.$$eval('g.dt-item', (nodes) => [...new Set(nodes.map((node) => node.getAttribute('data-event-id')))]);
    expect(drawn.sort()).toEqual(article.events.map((event) => event.id).sort());
    // Touch targets: every hit area is at least 24 × 24 CSS pixels.
    const small = await page.$$eval('g.dt-item .dt-hit', (nodes) => nodes.map((node) => node.getBoundingClientRect()).filter((box) => box.width < 24 || box.height < 24).length);
    expect(small).toBe(0);
    await page.close();
  });

  it('keeps labels apart and inside the plot', async () => {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 375, height: 740 }]) {
      const page = await open('', viewport);
      const problems = await page.evaluate(() => {
        const plot = document.querySelector('svg.dt-plot')!.getBoundingClientRect();
        const boxes = [...document.querySelectorAll('g.dt-item text')].map((node) => ({ text: node.textContent, box: node.getBoundingClientRect() }));
        const found: string[] = [];
        for (const { text, box } of boxes) {
          if (box.right > plot.right + 0.5) found.push(`clipped: ${text}`);
        }
        for (let i = 0; i < boxes.length; i += 1) {
          for (let j = i + 1; j < boxes.length; j += 1) {
            const a = boxes[i]!.box, b = boxes[j]!.box;
            const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
            if (overlap) found.push(`overlap: ${boxes[i]!.text} / ${boxes[j]!.text}`);
          }
        }
        return found;
      });
      expect(problems, `${viewport.width}px`).toEqual([]);
      await page.close();
    }
  });

  it('zooms the axis with ctrl + wheel, and a plain wheel leaves it alone', async () => {
    const page = await open();
    const ticks = () => page.$$eval('.dt-axis .tick text', (nodes) => nodes.map((node) => node.textContent).join('|'));
    const before = await ticks();
    const box = (await page.locator('svg.dt-plot').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.7, box.y + 60);
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(50);
    expect(await ticks()).toBe(before);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await page.waitForFunction((previous) => [...document.querySelectorAll('.dt-axis .tick text')].map((node) => node.textContent).join('|') !== previous, before);
    const zooms = await page.evaluate(() => (window as unknown as { timelineEvents: [string, { from: string; to: string }][] }).timelineEvents.filter(([type]) => type === 'zoom').map(([, detail]) => detail));
    const last = zooms.at(-1)!;
    // The article spans June and July 2023 (about 60 days across the initial view); two notches zoom well in.
    const days = (Date.parse(last.to) - Date.parse(last.from)) / 86_400_000;
    expect(days).toBeLessThan(40);
    expect(days).toBeGreaterThan(1);
    await page.close();
  });

  it('moves focus through events in time order with the arrow keys, and Enter opens the details', async () => {
    const page = await open('?data=fixture');
    const order = await page.evaluate(() => (window as unknown as { timelineView: { timeline: { events: { id: string }[] } } }).timelineView.timeline.events.map((event) => event.id));
    // Tab from the page start reaches the toolbar, then the one focusable mark.
    await tabToTimeline(page);
    const visited = await walkFocus(page, 'ArrowRight', order.length - 1);
    expect(visited).toEqual(order);
    // The focus ring is visible: the focused mark's ring has a stroke.
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.dt-focus-ring')!).stroke);
    expect(ring).not.toBe('none');
    await page.keyboard.press('Home');
    expect(await focusedEvent(page)).toBe(order[0]);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.dt-details:not([hidden])');
    expect(await page.textContent('.dt-details h2')).toBe(await page.evaluate((id) => (window as unknown as { timelineView: { timeline: { events: { id: string; title: string }[] } } }).timelineView.timeline.events.find((event) => event.id === id)!.title, order[0]));
    await page.keyboard.press('Escape');
    await page.waitForSelector('.dt-details', { state: 'hidden' });
    await page.close();
  });

  it('keeps the axis at the top while the lanes scroll', async () => {
    const page = await open();
    const before = await page.evaluate(() => document.querySelector('.dt-axis-svg')!.getBoundingClientRect().top);
    // Scrolled by half the first lane: the lane is still in sight, under the axis.
    const scrolled = await page.evaluate(() => {
      const scroller = document.querySelector('.dt-scroll')!;
      scroller.scrollTop = Math.round(document.querySelector('.dt-lane-bg')!.getBoundingClientRect().height / 2);
      return scroller.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(0);
    // Scroll events are delivered before the next frame.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const after = await page.evaluate(() => document.querySelector('.dt-axis-svg')!.getBoundingClientRect().top);
    expect(after).toBeCloseTo(before, 0);
    // Its name slides along, below the axis.
    const label = await page.evaluate(() => {
      const axis = document.querySelector('.dt-axis-svg')!.getBoundingClientRect();
      const name = document.querySelector('.dt-lane-label')!.getBoundingClientRect();
      return { axisBottom: axis.bottom, nameTop: name.top };
    });
    expect(label.nameTop).toBeGreaterThanOrEqual(label.axisBottom - 1);
    expect(label.nameTop).toBeLessThan(label.axisBottom + 40);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations (${colorScheme}), with details open`, async () => {
      const page = await open('', { width: 1280, height: 720 }, colorScheme);
      await page.evaluate(() => {
        (window as unknown as { timelineView: { select(id: string): void } }).timelineView.select('blinken-wang-jakarta');
      });
      // Served from the page's own origin, so the strict CSP (no inline script) allows it.
      await page.route('**/__axe.min.js', (route) => route.fulfill({ path: axePath, contentType: 'text/javascript' }));
      await page.addScriptTag({ url: `${served.url}__axe.min.js` });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  }

  it('takes a screenshot with the details open, lanes scrolled (375×740 dark)', async () => {
    const page = await open('', { width: 375, height: 740 }, 'dark');
    await page.evaluate(() => {
      (window as unknown as { timelineView: { select(id: string): void } }).timelineView.select('blinken-wang-jakarta');
      document.querySelector('.dt-scroll')!.scrollTop = 420;
    });
    await page.screenshot({ path: `${screenshots}/render-375x740-dark-details.png`, fullPage: true });
    await page.close();
  });

  for (const viewport of [{ width: 1280, height: 720 }, { width: 375, height: 740 }]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`takes a screenshot at ${viewport.width}×${viewport.height} (${colorScheme})`, async () => {
        const page = await open('', viewport, colorScheme);
        const path = `${screenshots}/render-${viewport.width}x${viewport.height}-${colorScheme}.png`;
        await page.screenshot({ path, fullPage: true });
        expect(existsSync(path)).toBe(true);
        await page.close();
      });
    }
  }
});
