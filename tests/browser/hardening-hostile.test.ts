// Hostile text in real Chromium, on a page served under the strict CSP:
// payloads in every field, through renderTimeline (labels, tooltips on hover,
// details on click and keyboard, the accessible table) and the custom element
// (hostile data fetched from its src, hostile attribute values). Any payload
// that ran would open a dialog (they all call alert) or navigate; the DOM is
// read back and scanned in Node for anything the data could have injected;
// every text must read back verbatim.
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { findInjectedMarkup, hostileAttributeValues, hostileDocument, hostileTexts } from '../support/payloads.js';
import { useServedChromium } from './support/session.js';
import { describeWithChromium } from './support/chromium.js';
import '../hardening/page-api.js';

const hostile = hostileDocument();

interface Watched {
  readonly page: Page;
  /** Dialogs opened, navigations after load, page errors, CSP reports. */
  readonly incidents: string[];
}

describeWithChromium('hostile text in Chromium', () => {
  const served = useServedChromium();

  async function open(): Promise<Watched> {
    const page = await served.browser.newPage();
    const incidents: string[] = [];
    page.on('dialog', (dialog) => {
      incidents.push(`dialog: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
    page.on('popup', (popup) => incidents.push(`popup: ${popup.url()}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { cspReports: string[] }).cspReports.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
      (window as unknown as { cspReports: string[] }).cspReports = [];
    });
    // The hostile document for the custom element, served same-origin.
    await page.route(`${served.url}test/hostile.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(hostile.document) }));
    await page.goto(`${served.url}test/hardening.html`);
    await page.waitForSelector('body[data-ready]');
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) incidents.push(`navigation to ${frame.url()}`);
    });
    return { page, incidents };
  }

  /** Gives any injected handler (image errors, animations, focus) the time to run. */
  async function settle(page: Page): Promise<void> {
    await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => { setTimeout(resolve, 300); }); }));
  }

  /** Reads a subtree back as markup and scans it in Node. */
  async function scan(page: Page, selector: string): Promise<{ findings: ReturnType<typeof findInjectedMarkup>; text: string; labels: string[] }> {
    const markup = await page.$eval(selector, (node) => node.outerHTML);
    const { window } = new JSDOM(`<!doctype html><body>${markup}</body>`);
    const root = window.document.body.firstElementChild!;
    // The page's own <diplomatic-timeline> elements (and their src) are not data; what is inside them is.
    const hosts = root.localName === 'diplomatic-timeline' ? [root] : [...root.querySelectorAll(':scope > diplomatic-timeline')];
    const findings = hosts.length > 0
      ? hosts.flatMap((host) => findInjectedMarkup(host, { pageOwnsRoot: true }))
      : findInjectedMarkup(root, { pageOwnsRoot: true });
    return {
      findings,
      text: await page.$eval(selector, (node) => node.textContent),
      labels: [...root.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label') ?? ''),
    };
  }

  async function finish({ page, incidents }: Watched): Promise<void> {
    await settle(page);
    const reports = await page.evaluate(() => (window as unknown as { cspReports: string[] }).cspReports);
    expect(reports, 'CSP violations').toEqual([]);
    expect(incidents).toEqual([]);
    await page.close();
  }

  it('renders every payload as text: no element, handler, dialog or navigation', async () => {
    const watched = await open();
    const { page } = watched;
    expect(await page.evaluate((doc) => window.hardening.render(doc, { laneBy: 'actor', referenceDate: 'src-main' }), hostile.document)).toBe('ok');
    await settle(page);
    const { findings, text, labels } = await scan(page, '#timeline');
    expect(findings).toEqual([]);
    for (const title of hostileTexts) {
      expect(text, title).toContain(title);
      expect(labels.some((label) => label.includes(title)), title).toBe(true);
    }
    await finish(watched);
  });

  it('shows payloads verbatim in tooltips on hover and details on click and Enter', async () => {
    const watched = await open();
    const { page } = watched;
    await page.evaluate((doc) => window.hardening.render(doc, { laneBy: 'kind' }), hostile.document);
    const ids = hostile.placed.filter((p) => p.field === 'event title').map((p) => p.event);
    for (const [n, id] of ids.entries()) {
      if (n % 5 !== 0) continue;
      const item = page.locator(`#timeline g.dt-item[data-event-id="${id}"]`).first();
      await page.evaluate((range) => { window.hardening.zoomTo(range); }, { from: '2023-05-01', to: '2023-07-31' });
      await item.scrollIntoViewIfNeeded();
      await item.hover({ force: true });
      const tooltip = await page.$eval('#timeline [role="tooltip"]', (node) => node.textContent);
      const placed = hostile.placed.find((p) => p.event === id && p.field === 'event title')!;
      expect(tooltip, id).toContain(placed.text);
      await item.click({ force: true });
      const details = await scan(page, '#timeline .dt-details');
      expect(details.findings).toEqual([]);
      for (const expected of hostile.placed.filter((p) => p.event === id)) expect(details.text, expected.text).toContain(expected.text);
      await page.keyboard.press('Escape');
    }
    // Keyboard: focus the first mark and open its details with Enter.
    await page.locator('#timeline g.dt-item').first().focus();
    await page.keyboard.press('Enter');
    expect((await scan(page, '#timeline')).findings).toEqual([]);
    await finish(watched);
  });

  it('links only http(s) sources, with rel="noopener noreferrer", and following none of them', async () => {
    const watched = await open();
    const { page } = watched;
    await page.evaluate((doc) => window.hardening.render(doc, {}), hostile.document);
    for (const { event } of hostile.unsafeUrlEvents) {
      await page.evaluate((id) => { window.hardening.select(id); }, event);
      expect(await page.$$eval('#timeline .dt-details a', (links) => links.length), event).toBe(0);
    }
    for (const { event, url } of hostile.linkUrlEvents) {
      await page.evaluate((id) => { window.hardening.select(id); }, event);
      const links = await page.$$eval('#timeline .dt-details a', (nodes) => nodes.map((node) => ({ href: (node as HTMLAnchorElement).href, rel: (node as HTMLAnchorElement).rel })));
      expect(links).toHaveLength(1);
      expect(links[0]!.href).toBe(new URL(url).href);
      expect(links[0]!.rel.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
    expect((await scan(page, '#timeline')).findings).toEqual([]);
    await finish(watched);
  });

  it('the custom element shows fetched hostile data as text', async () => {
    const watched = await open();
    const { page } = watched;
    expect(await page.evaluate(() => window.hardening.addElement({ src: 'hostile.json', 'lane-by': 'actor' }))).toBe('loaded');
    await settle(page);
    const { findings, text } = await scan(page, '#elements');
    expect(findings).toEqual([]);
    for (const title of hostileTexts) expect(text, title).toContain(title);
    await finish(watched);
  });

  it('the custom element treats hostile attribute values as values', async () => {
    const watched = await open();
    const { page } = watched;
    for (const name of ['lane-by', 'theme', 'locale', 'reference-date'] as const) {
      for (const value of hostileAttributeValues) {
        await page.evaluate((a) => window.hardening.addElement(a), { src: 'hostile.json', [name]: value });
      }
    }
    await settle(page);
    expect((await scan(page, '#elements')).findings).toEqual([]);
    await page.evaluate(() => { window.hardening.removeElements(); });
    await finish(watched);
  });

  it('the custom element treats a hostile src as a URL to fetch, never as script', async () => {
    const watched = await open();
    const { page, incidents } = watched;
    const outcomes = [];
    for (const value of hostileAttributeValues) outcomes.push(await page.evaluate((src) => window.hardening.addElement({ src }), value));
    expect(outcomes.every((outcome) => outcome.startsWith('failed'))).toBe(true);
    await settle(page);
    expect((await scan(page, '#elements')).findings).toEqual([]);
    // A javascript: src is handed to fetch, which the page's CSP refuses as
    // a connection (connect-src); nothing may be refused as a script.
    const reports = await page.evaluate(() => (window as unknown as { cspReports: string[] }).cspReports);
    expect(reports.filter((report) => !report.startsWith('connect-src'))).toEqual([]);
    expect(incidents).toEqual([]);
    await page.close();
  });
});
