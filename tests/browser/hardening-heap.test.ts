// Memory in Chromium: the JS heap after 200 cycles of create, update, zoom
// and destroy, measured after a forced garbage collection (through the
// DevTools protocol, which needs no --expose-gc flag), stays within a small
// bound of the heap before them; so does the heap after adding and removing
// 100 custom elements. The numbers are printed for the report.
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useServedChromium } from './support/session.js';
import { describeWithChromium } from './support/chromium.js';
import '../hardening/page-api.js';

const article = JSON.parse(readFileSync('examples/data/us-china-diplomacy-2023-07.json', 'utf8')) as { events: unknown[] };
const other = { ...article, events: article.events.slice(0, 8) };
/** Growth allowed after the cycles: well above measurement noise, far below one leaked view per cycle. */
const boundBytes = 1024 * 1024;

describeWithChromium('JS heap in Chromium', () => {
  const served = useServedChromium();

  async function usedHeap(session: CDPSession): Promise<number> {
    // Several collections: one pass may leave garbage reachable from the previous one's weak callbacks.
    for (let i = 0; i < 3; i += 1) await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize;
  }

  async function openPage(): Promise<{ page: Page; session: CDPSession }> {
    const page = await served.browser.newPage();
    await page.route(`${served.url}test/article.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(article) }));
    await page.goto(`${served.url}test/hardening.html`);
    await page.waitForSelector('body[data-ready]');
    const session = await page.context().newCDPSession(page);
    await session.send('HeapProfiler.enable');
    return { page, session };
  }

  it('stays within 1 MB after 200 create/update/zoom/destroy cycles', async () => {
    const { page, session } = await openPage();
    // Warm up: compiled code, the shared stylesheet, d3's caches.
    expect(await page.evaluate(([doc, next]) => window.hardening.cycles(20, doc, next), [article, other] as const)).toBe(0);
    const before = await usedHeap(session);
    const started = Date.now();
    expect(await page.evaluate(([doc, next]) => window.hardening.cycles(200, doc, next), [article, other] as const)).toBe(0);
    const elapsed = Date.now() - started;
    const after = await usedHeap(session);
    console.log(`heap after 200 cycles: before ${before} B, after ${after} B, growth ${after - before} B (${elapsed} ms for the cycles)`);
    expect(after - before).toBeLessThan(boundBytes);
    await page.close();
  }, 240_000);

  it('stays within 1 MB after 100 custom elements are added, loaded and removed', async () => {
    const { page, session } = await openPage();
    const add = () => page.evaluate(() => window.hardening.addElement({ src: 'article.json' }));
    for (let i = 0; i < 5; i += 1) expect(await add()).toBe('loaded');
    await page.evaluate(() => { window.hardening.removeElements(); });
    const before = await usedHeap(session);
    for (let i = 0; i < 100; i += 1) {
      expect(await add()).toBe('loaded');
      await page.evaluate(() => { window.hardening.removeElements(); });
    }
    const after = await usedHeap(session);
    console.log(`heap after 100 custom elements: before ${before} B, after ${after} B, growth ${after - before} B`);
    expect(after - before).toBeLessThan(boundBytes);
    expect(await page.$$eval('#elements *', (nodes) => nodes.length)).toBe(0);
    await page.close();
  }, 240_000);
});
