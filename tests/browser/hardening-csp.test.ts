// Content Security Policy and network hygiene in Chromium. Every example is
// served with `default-src 'self'; style-src 'self'` (no inline script, no
// eval, no inline style attribute from markup): it must work with no CSP
// violation reported (securitypolicyviolation events and console messages),
// and the library must make no network request of its own: the only fetches
// are the data files the page itself names (the custom element fetches its
// src), nothing leaves the origin, and using the timeline (hover, select,
// keyboard, zoom) requests nothing at all.
import type { Page, Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { useServedChromium } from './support/session.js';
import { describeWithChromium } from './support/chromium.js';
import '../hardening/page-api.js';

/** Each page, where its timeline is, and the data files it asks for (and nothing else fetched). */
const pages = [
  { path: 'index.html', root: undefined, data: [] },
  { path: 'article.html', root: '#timeline', data: ['/data/us-china-diplomacy-2023-07.json'] },
  { path: 'embed.html', root: 'diplomatic-timeline', data: ['/data/us-china-diplomacy-2023-07.json'] },
  { path: 'esm.html', root: '#timeline', data: ['/data/us-china-diplomacy-2023-07.json'] },
  { path: 'script-tag.html', root: '#timeline', data: ['/data/us-china-diplomacy-2023-07.json'] },
  { path: 'large.html', root: undefined, data: [] },
  { path: 'test/hardening.html', root: undefined, data: [] },
] as const;

interface Visit {
  readonly page: Page;
  readonly requests: Request[];
  readonly problems: string[];
}

describeWithChromium('CSP and network requests in Chromium', () => {
  const served = useServedChromium();

  async function visit(path: string): Promise<Visit> {
    const page = await served.browser.newPage();
    const requests: Request[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      const text = message.text();
      if (/content security policy|refused to/i.test(text)) problems.push(`console: ${text}`);
    });
    await page.addInitScript(() => {
      const reports: string[] = [];
      (window as unknown as { cspReports: string[] }).cspReports = reports;
      document.addEventListener('securitypolicyviolation', (event) => {
        reports.push(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    const response = await page.goto(`${served.url}${path}`);
    expect(response?.headers()['content-security-policy'], path).toMatch(/default-src 'self'; style-src 'self'/);
    await page.waitForLoadState('networkidle', { timeout: 200_000 });
    return { page, requests, problems };
  }

  async function reports(page: Page): Promise<string[]> {
    return page.evaluate(() => (window as unknown as { cspReports: string[] }).cspReports);
  }

  function pathOf(request: Request): string {
    return new URL(request.url()).pathname;
  }

  for (const { path, root, data } of pages) {
    it(`${path}: no CSP violation, no request off the origin, no fetch but its data`, async () => {
      const { page, requests, problems } = await visit(path);
      if (root) await page.waitForSelector(`${root} g.dt-item`);
      if (path === 'large.html') {
        await page.waitForFunction(() => /drawn in|could not/i.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 200_000 });
        expect(await page.$eval('#status', (node) => node.textContent)).toMatch(/drawn in/);
      }
      const origin = new URL(served.url).origin;
      const offOrigin = requests.map((request) => request.url()).filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'));
      expect(offOrigin).toEqual([]);
      const fetched = requests.filter((request) => ['fetch', 'xhr', 'eventsource', 'websocket'].includes(request.resourceType())).map(pathOf);
      expect(fetched.sort()).toEqual([...data].sort());
      expect(await reports(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    // The 100,000-event page generates and draws its data in the page: slow on a busy machine.
    }, path === 'large.html' ? 240_000 : 30_000);
  }

  it('using the timeline (hover, select, keyboard, zoom, list) requests nothing and violates nothing', async () => {
    const { page, requests, problems } = await visit('article.html');
    await page.waitForSelector('#timeline g.dt-item');
    const before = requests.length;
    const items = page.locator('#timeline g.dt-item');
    await items.first().hover({ force: true });
    await items.nth(3).click({ force: true });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.press('+');
    await page.keyboard.press('-');
    await page.keyboard.press('Escape');
    const plot = page.locator('#timeline svg.dt-plot');
    await plot.hover({ force: true });
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.mouse.wheel(0, 200);
    const toggle = page.getByRole('button', { name: /list/i });
    if (await toggle.count() > 0) await toggle.first().click();
    await page.evaluate(() => new Promise((resolve) => { setTimeout(resolve, 300); }));
    expect(requests.slice(before).map((request) => request.url())).toEqual([]);
    expect(await reports(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the library sets no inline style attribute from markup: every style it sets goes through the CSSOM', async () => {
    // style="…" written as markup is what a strict style-src blocks; the
    // CSSOM (element.style) is allowed. A blocked attribute shows up as a
    // violation report, so render, interact and check the reports again.
    const { page, problems } = await visit('test/hardening.html');
    const document = { sources: [{ id: 's', title: 'S', published: '2023-07-14' }], events: Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, kind: 'talks', when: `2023-07-${String(1 + (i % 28)).padStart(2, '0')}`, evidence: [{ source: 's', quote: 'q' }] })) };
    expect(await page.evaluate((doc) => window.hardening.render(doc, { referenceDate: 's', theme: 'dark' }), document)).toBe('ok');
    await page.locator('#timeline g.dt-item').first().hover({ force: true });
    await page.evaluate(() => { window.hardening.select('e3'); });
    await page.evaluate(() => { window.hardening.zoomTo({ from: '2023-07-05', to: '2023-07-12' }); });
    await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => { setTimeout(resolve, 200); }); }));
    expect(await reports(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
