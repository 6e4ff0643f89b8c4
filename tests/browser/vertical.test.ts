// The vertical orientation in Chromium, on the article page at a phone's
// 390 × 844: how tall it comes out, every title in full, nothing wider than
// the page, texts apart, keyboard, an accessibility audit in both themes,
// and screenshots for a person to look at (/tmp/vertical-*.png).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeWithChromium } from './support/chromium.js';
import { useServedChromium } from './support/session.js';
import { focusedEvent, tabToTimeline, walkFocus } from './support/keyboard.js';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const article = JSON.parse(readFileSync('examples/data/us-china-diplomacy-2023-07.json', 'utf8')) as { events: { id: string; title: string }[] };
const phone = { width: 390, height: 844 };
/** The budget for the article's 31 events on a phone, toolbar and legend included. */
const maxHeight = 2260;

describeWithChromium('the vertical orientation in Chromium', () => {
  const served = useServedChromium({ viewport: phone });

  async function open(colorScheme: 'light' | 'dark'): Promise<Page> {
    const page = await served.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setViewportSize(phone);
    await page.emulateMedia({ colorScheme });
    await page.goto(`${served.url}article.html`);
    await page.waitForSelector('.dt-root[data-orientation="vertical"] g.dt-item');
    expect(errors, 'page errors').toEqual([]);
    return page;
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`fits the article's 31 events in ${maxHeight} px with every title in full (${colorScheme})`, async () => {
      const page = await open(colorScheme);
      const measured = await page.evaluate(() => {
        const root = document.querySelector('.dt-root')!;
        const titles: Record<string, string> = {};
        for (const label of document.querySelectorAll('.dt-item-label')) {
          titles[label.getAttribute('data-event-id')!] = [...label.querySelectorAll('text.dt-label-title')].map((node) => node.textContent).join(' ');
        }
        return {
          height: root.getBoundingClientRect().height,
          rows: document.querySelectorAll('g.dt-item').length,
          titles,
          pageWidth: document.documentElement.scrollWidth,
          innerScroll: document.querySelector('.dt-scroll')!.scrollHeight - document.querySelector('.dt-scroll')!.clientHeight,
        };
      });
      console.info(`vertical article at 390×844 (${colorScheme}): ${Math.round(measured.height)} px`);
      expect(measured.height).toBeLessThanOrEqual(maxHeight);
      expect(measured.rows).toBe(article.events.length);
      for (const event of article.events) {
        // Lines break at spaces and after hyphens: compare without spaces, and no ellipsis.
        expect(measured.titles[event.id]?.replace(/\s+/g, ''), event.id).toBe(event.title.replace(/\s+/g, ''));
      }
      expect(measured.pageWidth).toBeLessThanOrEqual(phone.width);
      // The rows are in the page, not in a scroller of their own.
      expect(measured.innerScroll).toBeLessThanOrEqual(1);
      await page.screenshot({ path: `/tmp/vertical-${colorScheme}.png`, fullPage: true });
      await page.close();
    });
  }

  it('keeps every text inside the timeline, apart from the others and clear of the bars', async () => {
    const page = await open('light');
    const problems = await page.evaluate(() => {
      const root = document.querySelector('.dt-root')!.getBoundingClientRect();
      const texts = [...document.querySelectorAll('.dt-labels text')].map((node) => ({ text: node.textContent, box: node.getBoundingClientRect() }));
      const marks = [...document.querySelectorAll('.dt-rail-marks > *')].map((node) => node.getBoundingClientRect());
      const found: string[] = [];
      const overlap = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      for (const { text, box } of texts) {
        if (box.right > root.right + 0.5 || box.left < root.left - 0.5) found.push(`outside: ${text}`);
        if (marks.some((mark) => overlap(mark, box))) found.push(`on a mark: ${text}`);
      }
      for (let i = 0; i < texts.length; i += 1) {
        for (let j = i + 1; j < texts.length; j += 1) if (overlap(texts[i]!.box, texts[j]!.box)) found.push(`overlap: ${texts[i]!.text} / ${texts[j]!.text}`);
      }
      return found;
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves through the rows with ↓ and ↑, opens the details under the row with Enter and closes them with Escape', async () => {
    const page = await open('light');
    const order = await page.evaluate(() => [...document.querySelectorAll('table.dt-table tbody tr')].map((row) => row.getAttribute('data-event-id')));
    await tabToTimeline(page);
    const visited = await walkFocus(page, 'ArrowDown', order.length - 1);
    expect(visited).toEqual(order);
    // The focused row was scrolled into view.
    const inView = await page.evaluate(() => {
      const box = document.activeElement!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await focusedEvent(page)).toBe(order.at(-2));
    await page.keyboard.press('Enter');
    await page.waitForSelector('.dt-details:not([hidden])');
    const placed = await page.evaluate(() => {
      const details = document.querySelector('.dt-details')!.getBoundingClientRect();
      const row = document.activeElement!.querySelector('.dt-hit')!.getBoundingClientRect();
      const next = [...document.querySelectorAll('g.dt-item .dt-hit')].map((node) => node.getBoundingClientRect()).filter((box) => box.top > row.top).sort((a, b) => a.top - b.top)[0];
      return { gapAbove: details.top - row.bottom, gapBelow: next ? next.top - details.bottom : 1 };
    });
    expect(placed.gapAbove).toBeGreaterThanOrEqual(0);
    expect(placed.gapAbove).toBeLessThan(20);
    expect(placed.gapBelow).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.dt-details', { state: 'hidden' });
    await page.close();
  });

  it('turns horizontal when the page is widened past 600 px, and back', async () => {
    const page = await open('light');
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.waitForSelector('.dt-root:not([data-orientation])');
    expect(await page.$$eval('.dt-axis-svg .tick', (nodes) => nodes.length)).toBeGreaterThan(0);
    await page.setViewportSize(phone);
    await page.waitForSelector('.dt-root[data-orientation="vertical"]');
    expect(await page.evaluate(() => document.querySelector('.dt-root')!.getBoundingClientRect().height)).toBeLessThanOrEqual(maxHeight);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations (${colorScheme}), with details open`, async () => {
      const page = await open(colorScheme);
      await page.evaluate(() => {
        (window as unknown as { timelineView: { select(id: string): void } }).timelineView.select('blinken-wang-jakarta');
      });
      await page.route('**/__axe.min.js', (route) => route.fulfill({ path: axePath, contentType: 'text/javascript' }));
      await page.addScriptTag({ url: `${served.url}__axe.min.js` });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await page.screenshot({ path: `/tmp/vertical-${colorScheme}-details.png`, fullPage: true });
      await page.close();
    });
  }
});
