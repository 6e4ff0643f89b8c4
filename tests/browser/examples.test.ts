// Every example page in real Chromium, served as `npm start` serves it (with
// the strict Content-Security-Policy): each renders every event of the
// article's data set, with no console error, no failed request and a clean
// axe-core audit; the embed page's custom element works and shows its error
// state for a bad `src`. Screenshots at desktop and phone sizes go to
// tests/__output__/screenshots/examples (git-ignored) for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useServedChromium } from './support/session.js';
import { describeWithChromium } from './support/chromium.js';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const article = JSON.parse(readFileSync('examples/data/us-china-diplomacy-2023-07.json', 'utf8')) as { events: { id: string }[] };
const eventIds = article.events.map((event) => event.id).sort();
const screenshots = 'tests/__output__/screenshots/examples';

/** The pages that draw the article, and where their timeline lives. */
const timelinePages = [
  { page: 'article.html', root: '#timeline' },
  { page: 'embed.html', root: 'diplomatic-timeline' },
  { page: 'esm.html', root: '#timeline' },
  { page: 'script-tag.html', root: '#timeline' },
] as const;

const sizes = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 375, height: 740 } },
] as const;

interface Visit {
  readonly page: Page;
  readonly problems: string[];
}

describeWithChromium('the examples in Chromium', () => {
  const served = useServedChromium();
  mkdirSync(screenshots, { recursive: true });

  /** Opens a page and records every console error, page error and failed request. */
  async function visit(path: string, viewport: { width: number; height: number } = sizes[0].viewport, colorScheme: 'light' | 'dark' = 'light'): Promise<Visit> {
    const page = await served.browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    await page.goto(`${served.url}${path}`);
    await page.waitForLoadState('networkidle');
    return { page, problems };
  }

  async function drawnEvents(page: Page, root: string): Promise<string[]> {
    await page.waitForSelector(`${root} g.dt-item`);
    const ids = await page.$$eval(`${root} g.dt-item`, (nodes) => nodes.map((node) => node.getAttribute('data-event-id') ?? ''));
    return [...new Set(ids)].sort();
  }

  async function axeViolations(page: Page): Promise<string[]> {
    // Evaluated through the DevTools protocol, so the page's CSP stays as served.
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
  }

  for (const { page: path, root } of timelinePages) {
    for (const { name, viewport } of sizes) {
      it(`${path} (${name}) draws every event, with no errors, failed requests or axe violations`, async () => {
        const { page, problems } = await visit(path, viewport);
        expect(await drawnEvents(page, root)).toEqual(eventIds);
        // Nothing wider than the screen: the page itself never scrolls sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: `${screenshots}/${path.replace('.html', '')}-${name}.png`, fullPage: true });
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  }

  it('article.html (dark) reads the same and passes the audit', async () => {
    const { page, problems } = await visit('article.html', sizes[0].viewport, 'dark');
    expect(await drawnEvents(page, '#timeline')).toEqual(eventIds);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}/article-dark.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('story.html with locale=fr speaks French: page language, controls, legend and spoken labels', async () => {
    const { page, problems } = await visit('story.html?data=decade-negotiation.json&locale=fr');
    await page.waitForSelector('#timeline g.dt-item');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    const toolbar = await page.$$eval('#timeline .dt-toolbar button', (buttons) => buttons.map((button) => button.textContent));
    expect(toolbar).toContain('Afficher en liste');
    const legend = await page.$eval('#timeline .dt-legend-svg', (legend) => legend.textContent);
    expect(legend).toContain('Un jour');
    expect(legend).not.toContain('One day');
    expect(await page.getAttribute('#timeline svg.dt-plot', 'aria-label')).toMatch(/événements/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}/story-fr.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('index.html links every example, and each link resolves', async () => {
    const { page, problems } = await visit('index.html');
    const links = await page.$$eval('.gallery a', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    for (const expected of ['article.html', 'embed.html', 'esm.html', 'script-tag.html', 'story.html?data=crisis-one-week.json', 'story.html?data=decade-negotiation.json', 'story.html?data=decade-negotiation.json&locale=fr', 'large.html', 'static/us-china-diplomacy-2023-07.svg', 'formats/']) {
      expect(links.some((href) => href.endsWith(expected)), expected).toBe(true);
    }
    for (const href of links) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    // The static SVG shows as an image, for pages that must work without JavaScript.
    const image = await page.$eval('img.static-preview', (img) => ({ loaded: (img as HTMLImageElement).complete, width: (img as HTMLImageElement).naturalWidth }));
    expect(image.loaded).toBe(true);
    expect(image.width).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}/index-desktop.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('formats/index.html links every converted file', async () => {
    const { page, problems } = await visit('formats/');
    const links = await page.$$eval('.gallery a', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links.length).toBe(7);
    for (const href of links) expect((await page.request.get(href)).status(), href).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the custom element shows a readable error in place for a missing or invalid src, and cleans up', async () => {
    const { page, problems } = await visit('embed.html');
    await page.waitForSelector('diplomatic-timeline g.dt-item');
    const result = await page.evaluate(async () => {
      function settle(element: Element): Promise<void> {
        return (element as unknown as { ready: Promise<unknown> }).ready.then(() => undefined, () => undefined);
      }
      const missing = document.createElement('diplomatic-timeline');
      missing.setAttribute('src', 'data/no-such-file.json');
      document.body.append(missing);
      await settle(missing);
      const invalid = document.createElement('diplomatic-timeline');
      invalid.setAttribute('src', 'formats/us-china-diplomacy-2023-07.vis.json');
      document.body.append(invalid);
      await settle(invalid);
      const report = {
        missing: missing.querySelector('[role="alert"]')?.textContent ?? '',
        invalid: invalid.querySelector('[role="alert"]')?.textContent ?? '',
      };
      missing.remove();
      invalid.remove();
      const embedded = document.querySelector('diplomatic-timeline')!;
      const childrenBefore = embedded.childElementCount;
      embedded.remove();
      return { ...report, childrenBefore, childrenAfter: embedded.childElementCount };
    });
    expect(result.missing).toContain('data/no-such-file.json');
    expect(result.missing).toContain('404');
    expect(result.invalid).toMatch(/not valid/);
    expect(result.invalid).toMatch(/events: /);
    expect(result.childrenBefore).toBeGreaterThan(0);
    expect(result.childrenAfter).toBe(0);
    // The missing file's 404 is the one failed request this test asked for.
    expect(problems.filter((problem) => !problem.includes('no-such-file.json'))).toEqual([]);
    await page.close();
  });
});
