// Legibility at story scale, in Chromium (the project's open issue): on the
// article page and on both story pages, at a laptop and a phone size, in light
// and dark, every event title is readable in full, none is shown twice, the
// page never scrolls sideways, and the timeline stays within a height budget
// that grows with the number of events. Each page passes axe-core at both
// widths. And the 100,000-event page shows most of its lane names at once.
// Measured as ../shared/tools/legibility.mjs measures (tests/browser/support/legibility.ts).
// The numbers of every case are printed and written to
// tests/__output__/legibility.json; screenshots go next to it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { describeWithChromium } from './support/chromium.js';
import { useServedChromium } from './support/session.js';
import { axeViolations, describeLegibility, laneNamesInSight, measureLegibility, settleTimeline, type Legibility } from './support/legibility.js';

const output = 'tests/__output__';
const screenshots = `${output}/screenshots/legibility`;

function titlesOf(file: string): string[] {
  const document = JSON.parse(readFileSync(`examples/data/${file}`, 'utf8')) as { events: { title: string }[] };
  return document.events.map((event) => event.title);
}

/** The pages, the data each draws, and any fixed height limit beyond the per-event budget. */
const pages = [
  { name: 'article', path: 'article.html', data: 'us-china-diplomacy-2023-07.json', maxHeight: { 1280: 940, 390: 2260 } },
  { name: 'crisis-one-week', path: 'story.html?data=crisis-one-week.json', data: 'crisis-one-week.json' },
  { name: 'decade-negotiation', path: 'story.html?data=decade-negotiation.json', data: 'decade-negotiation.json' },
] as const;

/**
 * The two sizes and the height each allows: a base plus so much per event.
 * (At 1280 the base was 320 px while text widths were estimated 4–22% short
 * of DejaVu Sans; honest widths wrap a line more here and there.)
 */
const sizes = [
  { viewport: { width: 1280, height: 800 }, base: 340, perEvent: 20 },
  { viewport: { width: 390, height: 844 }, base: 400, perEvent: 60 },
] as const;

const schemes = ['light', 'dark'] as const;

/** The timeline root on the article and story pages: the view's own root element. */
const root = '#timeline .dt-root';

describeWithChromium('legibility at story scale', () => {
  const served = useServedChromium();
  const results: Record<string, unknown> = {};
  mkdirSync(screenshots, { recursive: true });

  afterAll(() => {
    writeFileSync(`${output}/legibility.json`, `${JSON.stringify(results, null, 2)}\n`);
  });

  for (const { name, path, data, ...limits } of pages) {
    const titles = titlesOf(data);
    for (const { viewport, base, perEvent } of sizes) {
      const budget = Math.min(base + perEvent * titles.length, 'maxHeight' in limits ? limits.maxHeight[viewport.width] : Infinity);
      for (const colorScheme of schemes) {
        const label = `${name} ${viewport.width}×${viewport.height} ${colorScheme}`;
        it(`${label}: ${titles.length} titles in full, once, no sideways scroll, at most ${budget} px tall, axe-clean`, async () => {
          const page = await served.browser.newPage();
          const problems: string[] = [];
          page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
          page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
          page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
          page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`); });
          try {
            await page.setViewportSize(viewport);
            await page.emulateMedia({ colorScheme });
            await page.goto(`${served.url}${path}`);
            await settleTimeline(page, root).catch((error: unknown) => {
              throw new Error(`${path}: the timeline was not drawn (${problems.join('; ') || String(error)}); if dist/ was rebuilt meanwhile, run again`);
            });
            const measured: Legibility = await measureLegibility(page, titles, root);
            const violations = await axeViolations(page);
            results[label] = { ...measured, budget, axe: violations, problems };
            console.log(`${describeLegibility(label, measured)} (budget ${budget} px)${violations.length ? `; axe: ${violations.join('; ')}` : ''}`);
            await page.screenshot({ path: `${screenshots}/${name}-${viewport.width}-${colorScheme}.png`, fullPage: true });
            expect.soft(problems, 'page errors').toEqual([]);
            expect.soft(measured.missing, 'titles not readable in full').toEqual([]);
            expect.soft(measured.twice, 'titles shown more than once').toEqual([]);
            expect.soft(measured.sideways, 'the page scrolls sideways').toBe(false);
            expect.soft(measured.height, `timeline height (budget ${budget} px)`).toBeLessThanOrEqual(budget);
            expect.soft(violations, 'axe-core violations').toEqual([]);
          } finally {
            await page.close();
          }
        }, 90_000);
      }
    }
  }

  it('large.html (100,000 events) at 1280×800 shows at least 15 of its 20 lane names within 700 px of the plot top', async () => {
    const page = await served.browser.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${served.url}large.html`);
      await page.waitForFunction(() => /drawn in|could not/i.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 120_000 });
      await settleTimeline(page, root, 120_000);
      const lanes = await laneNamesInSight(page, 700);
      results['large 1280×800 lane names'] = lanes;
      console.log(`large 1280×800: ${lanes.visible.length} lane names visible within 700 px of the plot top (${lanes.near.length} placed there, ${lanes.drawn.length} drawn): ${lanes.visible.join(', ')}`);
      await page.screenshot({ path: `${screenshots}/large-1280.png` });
      expect(lanes.visible.length, 'lane names in sight').toBeGreaterThanOrEqual(15);
    } finally {
      await page.close();
    }
  }, 180_000);
});
