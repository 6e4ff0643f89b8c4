// Keeps `npm run bench` from rotting: runs bench/run.mjs at a tiny size (200
// events, our renderer and timelines-chart, 2 zoom steps each way, one Node
// run) and checks that the JSON and markdown it writes have the expected
// shape with finite numbers. Timings are not asserted: they depend on the
// machine.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const chromiumPath = '/usr/bin/chromium';
const inCI = process.env.CI === 'true';
const haveChromium = existsSync(chromiumPath);
const haveBuild = existsSync('dist/index.js') && existsSync('dist/umd/diplomatic-timeline.umd.min.js');

if (!haveChromium && !inCI) console.warn(`bench smoke test skipped: no Chromium at ${chromiumPath}`);
if (!haveBuild && !inCI) console.warn('bench smoke test skipped: no build in dist/ (run `npm run build`)');

const size = 200;
const zoomStepsEachWay = 2;

interface BrowserMeasurement {
  library: string;
  size: number;
  status: string;
  firstRenderMs: number;
  zoomSteps: number[];
  zoomMedianMs: number;
  zoomP95Ms: number;
  domNodes: number;
  heapBytes: number;
  error?: string;
}

describe.skipIf(!inCI && (!haveChromium || !haveBuild))('npm run bench, smoke run', () => {
  let out = '';
  let results: {
    machine: { cpus: number };
    node: { size: number; events: number; parseMs: { median: number }; layoutMs: { median: number }; parseHeapBytes: number; layoutHeapBytes: number; rssBytes: number; error?: string }[];
    browser: BrowserMeasurement[];
    bundles: { name: string; status: string; gzipBytes: number; minBytes: number }[];
    targets: { label: string; met: boolean | undefined }[];
  };
  let markdown = '';

  beforeAll(async () => {
    if (inCI && !haveChromium) throw new Error(`CI=true but no Chromium at ${chromiumPath}`);
    if (inCI && !haveBuild) throw new Error('CI=true but dist/ has no build; run `npm run build` first');
    out = await mkdtemp(join(tmpdir(), 'dt-bench-smoke-'));
    await run(process.execPath, ['bench/run.mjs', '--sizes', String(size), '--peers', 'tc', '--zoom-steps', String(zoomStepsEachWay),
      '--node-runs', '1', '--cap-ms', '30000', '--out', out, '--quiet'], { timeout: 150_000, maxBuffer: 8 * 1024 * 1024 });
    results = JSON.parse(await readFile(join(out, 'latest.json'), 'utf8'));
    markdown = await readFile(join(out, 'latest.md'), 'utf8');
  }, 180_000);

  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('times parse and layout in Node', () => {
    expect(results.node).toHaveLength(1);
    const [node] = results.node;
    expect(node?.error).toBeUndefined();
    expect(node?.size).toBe(size);
    expect(node?.events).toBe(size);
    for (const value of [node?.parseMs.median, node?.layoutMs.median, node?.parseHeapBytes, node?.layoutHeapBytes, node?.rssBytes]) {
      expect(Number.isFinite(value)).toBe(true);
    }
    expect(node?.parseMs.median).toBeGreaterThan(0);
    expect(node?.rssBytes).toBeGreaterThan(0);
  });

  it('measures our renderer and the peer in Chromium, with finite numbers', () => {
    expect(results.browser.map((m) => m.library)).toEqual(['ours', 'tc']);
    for (const measurement of results.browser) {
      expect(measurement.error, `${measurement.library}: ${measurement.error ?? ''}`).toBeUndefined();
      expect(measurement.status).toBe('ok');
      expect(measurement.size).toBe(size);
      expect(measurement.firstRenderMs).toBeGreaterThan(0);
      expect(Number.isFinite(measurement.firstRenderMs)).toBe(true);
      expect(measurement.zoomSteps).toHaveLength(2 * zoomStepsEachWay);
      for (const step of measurement.zoomSteps) expect(Number.isFinite(step) && step > 0).toBe(true);
      expect(measurement.zoomP95Ms).toBeGreaterThanOrEqual(measurement.zoomMedianMs);
      expect(Number.isInteger(measurement.domNodes) && measurement.domNodes > 1).toBe(true);
      expect(Number.isFinite(measurement.heapBytes) && measurement.heapBytes > 0).toBe(true);
    }
  });

  it('sizes the bundles', () => {
    const ours = results.bundles.filter((bundle) => bundle.name.startsWith('diplomatic-timeline'));
    expect(ours).toHaveLength(2);
    for (const bundle of results.bundles) {
      expect(bundle.status).toBe('ok');
      expect(bundle.gzipBytes).toBeGreaterThan(0);
      expect(bundle.gzipBytes).toBeLessThan(bundle.minBytes);
    }
  });

  it('writes a markdown report with every table and the targets', () => {
    expect(results.machine.cpus).toBeGreaterThan(0);
    expect(results.targets.length).toBeGreaterThanOrEqual(10);
    for (const heading of ['## Node, no DOM', '## Headless Chromium', '## Bundle sizes', '## Targets']) expect(markdown).toContain(heading);
    expect(markdown).toMatch(/\| 200 \| diplomatic-timeline \| [\d.]+ m?s \|/);
    expect(markdown).toMatch(/\| 200 \| timelines-chart \| [\d.]+ m?s \| [\d.]+× \|/);
  });
});
