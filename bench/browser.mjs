// Headless Chromium: first render, zoom steps, DOM nodes and heap for our
// renderer and its peers, each library and size in a fresh browser on its
// own page of bench/pages/, all on the same generated events.
import { join } from 'node:path';
import { generatedExtent } from './generate.mjs';
import { launchChromium } from './chromium.mjs';
import { median, quantile } from './stats.mjs';

/** The libraries, by the short name used on the command line. */
export const libraries = Object.freeze({
  ours: { page: 'pages/ours.html', label: 'diplomatic-timeline', data: 'ours' },
  vis: { page: 'pages/vis.html', label: 'vis-timeline', data: 'vis' },
  tc: { page: 'pages/tc.html', label: 'timelines-chart', data: 'tc' },
});

/** Settings of the browser measurements, overridable from run.mjs. */
export const browserDefaults = Object.freeze({
  /** Each measurement (first render; the whole zoom series) stops here: reported as "> 60 s". */
  capMs: 60_000,
  /** Zoom steps in, then the same number back out. */
  zoomStepsEachWay: 10,
  /** Each step in shows this share of the previous window, around its centre. */
  zoomFactor: 0.6,
  /** Loading and converting a data set is not measured, but is bounded too. */
  loadTimeoutMs: 180_000,
  /** A folder to save a screenshot of each library after its first render (none when undefined). */
  screenshotDir: undefined,
});

/**
 * The windows of a zoom series, in whole days: from the full generated
 * extent, `stepsEachWay` steps in by `factor` around the centre, then back
 * out the same way to the full extent.
 */
export function zoomWindows(stepsEachWay, factor) {
  const { firstDay, lastDay } = generatedExtent();
  const centre = (firstDay + lastDay + 1) / 2;
  const fullWidth = lastDay + 1 - firstDay;
  const at = (level) => {
    const half = (fullWidth * factor ** level) / 2;
    return { fromDay: Math.round(centre - half), toDay: Math.round(centre + half) };
  };
  const inward = Array.from({ length: stepsEachWay }, (_, i) => at(i + 1));
  const outward = Array.from({ length: stepsEachWay }, (_, i) => at(stepsEachWay - 1 - i));
  return [...inward, ...outward];
}

class CapExceeded extends Error {}

function withCap(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => {
      timer = setTimeout(() => fail(new CapExceeded(`over ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Measures one library at one size. Never throws for a slow or failing
 * library: the result says `status: 'capped' | 'error'` and which phase.
 *
 * @param {{ serverUrl: string, library: keyof typeof libraries, size: number,
 *   settings?: Partial<typeof browserDefaults>, log?: (line: string) => void }} job
 */
export async function measureBrowser({ serverUrl, library, size, settings: overrides = {}, log = () => {} }) {
  const settings = { ...browserDefaults, ...overrides };
  const spec = libraries[library];
  if (!spec) throw new TypeError(`unknown library "${library}"; allowed: ${Object.keys(libraries).join(', ')}`);
  const result = { library, label: spec.label, size, status: 'ok', capMs: settings.capMs };
  const browser = await launchChromium();
  const errors = [];
  try {
    result.browserVersion = await browser.version();
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => errors.push(String(error.message)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(new URL(spec.page, serverUrl).href);
    result.phase = 'load';
    const loaded = await withCap(page.evaluate((url) => window.benchHarness.load(url), `/data/${spec.data}-${size}.json`), settings.loadTimeoutMs);
    result.version = loaded.version;

    if (library === 'ours') {
      // parseTimeline alone, in the page, for the report only (it leaves its input as it was).
      result.parseInPage = await withCap(page.evaluate(() => window.benchHarness.parseOnly()), settings.capMs).catch((error) => {
        if (error instanceof CapExceeded) {
          // The page is still parsing; the first render, which parses too, cannot beat the cap.
          result.phase = 'firstRender';
          throw error;
        }
        return { error: String(error.message) };
      });
    }

    result.phase = 'firstRender';
    log(`  ${spec.label} ${size}: first render…`);
    const first = await withCap(page.evaluate(() => window.benchHarness.firstRender()), settings.capMs + 2_000);
    result.firstRenderMs = first.ms;
    result.domNodes = first.domNodes;
    result.heapBytes = first.heapBytes;
    result.baselineHeapBytes = first.baselineHeapBytes;
    if (settings.screenshotDir) {
      await page.screenshot({ path: join(settings.screenshotDir, `${library}-${size}.png`), timeout: settings.capMs });
    }

    result.phase = 'zoom';
    log(`  ${spec.label} ${size}: first render ${first.ms.toFixed(0)} ms; zoom steps…`);
    const windows = zoomWindows(settings.zoomStepsEachWay, settings.zoomFactor);
    // The page stops stepping at the cap; the outer cap (a little later) catches a step that never ends.
    // (vis-timeline's quiet waits, up to 1.5 s a step, are not measured time, hence the margin).
    const zoom = await withCap(page.evaluate(([w, cap]) => window.benchHarness.zoomSeries(w, cap), [windows, settings.capMs]), settings.capMs + windows.length * 2_000 + 5_000);
    result.zoomSteps = zoom.steps;
    result.zoomCompleted = zoom.completed;
    if (!zoom.completed) result.status = 'capped';
    result.zoomMedianMs = median(zoom.steps);
    result.zoomP95Ms = quantile(zoom.steps, 0.95);
    const after = await withCap(page.evaluate(() => window.benchHarness.footprint()), settings.capMs);
    result.domNodesAfterZoom = after.domNodes;
    delete result.phase;
  } catch (error) {
    result.status = error instanceof CapExceeded ? 'capped' : 'error';
    result.error = String(error.message ?? error).split('\n')[0];
  } finally {
    if (errors.length) result.pageErrors = errors.slice(0, 5);
    await browser.close();
  }
  return result;
}
