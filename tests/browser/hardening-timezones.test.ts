// Calendar days in Chromium under four time zones (and with the page clock
// set just before Los Angeles springs forward): the axis ticks, item labels,
// spoken labels, the accessible table, the reference line and the details of
// selected events read exactly the same in every zone.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { useServedChromium } from './support/session.js';
import { describeWithChromium, launchChromium } from './support/chromium.js';
import '../hardening/page-api.js';

const article = JSON.parse(readFileSync('examples/data/us-china-diplomacy-2023-07.json', 'utf8')) as { events: { id: string }[]; sources: { id: string }[] };
const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'] as const;

interface Reading {
  readonly ticks: string[];
  readonly labels: string[];
  readonly spoken: string[];
  readonly table: string;
  readonly reference: string[];
  readonly details: string[];
  readonly zoomedTicks: string[];
}

describeWithChromium('calendar days in Chromium across time zones', () => {
  const served = useServedChromium(false);

  async function read(timezoneId: string, frozenAt?: number): Promise<Reading> {
    const browser = await launchChromium({ timezoneId, locale: 'en-GB' });
    try {
      const page = await browser.newPage();
      if (frozenAt !== undefined) await page.clock.setFixedTime(frozenAt);
      await page.goto(`${served.url}test/hardening.html`);
      await page.waitForSelector('body[data-ready]');
      // The zone really is in effect in the page.
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId === 'UTC' ? 'UTC' : timezoneId);
      const result = await page.evaluate((doc) => window.hardening.render(doc, { laneBy: 'country', referenceDate: doc.sources[0]!.id, locale: 'en-GB' }), article);
      expect(result).toBe('ok');
      await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => { requestAnimationFrame(resolve); }); }));
      const texts = (selector: string) => page.$$eval(selector, (nodes) => nodes.map((node) => node.textContent.trim()));
      const ticks = await texts('#timeline .dt-axis text');
      const labels = await texts('#timeline .dt-label-title, #timeline .dt-label-date');
      const spoken = await page.$$eval('#timeline g.dt-item[aria-label]', (nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
      const table = await page.$eval('#timeline table', (node) => node.textContent);
      const reference = await texts('#timeline [class*="reference"] text');
      const details: string[] = [];
      for (const event of article.events.filter((_, i) => i % 4 === 0)) {
        await page.evaluate((id) => { window.hardening.select(id); }, event.id);
        details.push(await page.$eval('#timeline .dt-details', (node) => node.textContent));
      }
      await page.evaluate(() => { window.hardening.zoomTo({ from: '2023-07-10', to: '2023-07-16' }); });
      await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => { requestAnimationFrame(resolve); }); }));
      const zoomedTicks = await texts('#timeline .dt-axis text');
      await page.close();
      return { ticks, labels, spoken, table, reference, details, zoomedTicks };
    } finally {
      await browser.close();
    }
  }

  it('shows the same axis, labels, table and details in every zone', async () => {
    const readings = [];
    for (const zone of zones) readings.push({ zone, reading: await read(zone) });
    const [first, ...others] = readings;
    expect(first!.reading.ticks.length).toBeGreaterThan(0);
    expect(first!.reading.zoomedTicks.length).toBeGreaterThan(0);
    expect(first!.reading.labels.length).toBeGreaterThan(0);
    expect(first!.reading.reference.join(' ')).toContain('14 July 2023');
    expect(first!.reading.details.every((text) => text.length > 0)).toBe(true);
    // The day the article was published is the day shown, whatever the zone.
    expect(first!.reading.table).toContain('13 July 2023');
    for (const { zone, reading } of others) expect(reading, zone).toEqual(first!.reading);
  }, 180_000);

  it('shows the same days with the page clock just before and after Los Angeles springs forward', async () => {
    const before = await read('America/Los_Angeles', Date.UTC(2023, 2, 12, 9, 59));
    const after = await read('America/Los_Angeles', Date.UTC(2023, 2, 12, 10, 1));
    const kiritimati = await read('Pacific/Kiritimati', Date.UTC(2023, 2, 12, 9, 59));
    expect(after).toEqual(before);
    expect(kiritimati).toEqual(before);
  }, 180_000);
});
