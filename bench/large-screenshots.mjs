// Opens examples/large.html (100,000 generated events) in headless Chromium
// and saves screenshots at several zoom levels, to look at the page by eye:
//   node bench/large-screenshots.mjs [--count 100000] [--out bench/results/screenshots]
// Prints what the page reported (generation and drawing times, DOM size).
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.mjs';
import { repositoryRoot, startBenchServer } from './server.mjs';

/** The windows shot after the initial view: [name, first day, last day] (inclusive). */
export const largeViews = Object.freeze([
  ['year-2019', '2019-01-01', '2019-12-31'],
  ['quarter-2019', '2019-01-01', '2019-03-31'],
  ['fortnight-2019', '2019-03-01', '2019-03-14'],
]);

const { values } = parseArgs({ options: { out: { type: 'string' }, count: { type: 'string', default: '100000' } } });
const out = resolve(values.out ?? join(repositoryRoot, 'bench', 'results', 'screenshots'));
await mkdir(out, { recursive: true });
const server = await startBenchServer();
const browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
try {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const started = Date.now();
  await page.goto(new URL(`examples/large.html?count=${values.count}`, server.url).href);
  await page.waitForFunction(() => /drawn in|Could not/.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 300_000 });
  const report = async (name) => {
    const facts = await page.evaluate(() => ({ status: document.getElementById('status')?.textContent, nodes: document.getElementsByTagName('*').length }));
    const file = join(out, `large-${values.count}-${name}.png`);
    await page.screenshot({ path: file });
    console.log(`${name}: ${facts.nodes.toLocaleString('en-US')} DOM nodes · ${facts.status} → ${file}`);
  };
  console.log(`page ready after ${Date.now() - started} ms (wall clock, including load)`);
  await report('initial');
  if (!(await page.evaluate(() => Boolean(window.timelineView)))) throw new Error('the page drew no timeline (see its status above)');
  for (const [name, from, to] of largeViews) {
    const ms = await page.evaluate(async ([f, t]) => {
      const begin = performance.now();
      window.timelineView.zoomTo({ from: f, to: t });
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return performance.now() - begin;
    }, [from, to]);
    console.log(`zoomTo ${from}…${to}: ${ms.toFixed(0)} ms to two frames`);
    await report(name);
  }
  if (errors.length) console.log(`page errors: ${errors.join(' | ')}`);
} finally {
  await browser.close();
  await server.close();
}
