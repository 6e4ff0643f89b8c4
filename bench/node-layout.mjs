// Node, no DOM: parseTimeline and the layout, timed on one generated data
// set. run.mjs starts this file once per size in its own process, with
// --expose-gc, so heap readings of one size do not carry into the next.
//   node --expose-gc bench/node-layout.mjs --size 10000 --runs 5
// prints one JSON object on stdout.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { generateDocument, generatedExtent } from './generate.mjs';
import { median } from './stats.mjs';
import { distDirectory } from './server.mjs';

/**
 * The names under which the package may export its whole-timeline layout,
 * in order of preference; the first one present is used.
 */
export const layoutExportNames = ['computeLayout', 'layoutTimeline'];

/**
 * The layout settings used for every size: the whole generated extent across
 * the browser stage's 1200 pixels (the initial view), other options default.
 */
export function layoutSettings() {
  const { firstDay, lastDay } = generatedExtent();
  return { scale: { from: firstDay, to: lastDay + 1, x0: 0, x1: 1200 } };
}

/** Finds the layout function in the built package, or says what is missing. */
export function findLayout(api) {
  for (const name of layoutExportNames) {
    if (typeof api[name] === 'function') return { name, layout: api[name] };
  }
  throw new Error(`dist/index.js exports none of ${layoutExportNames.join(', ')}; `
    + `exports are: ${Object.keys(api).sort().join(', ')}`);
}

const collect = () => globalThis.gc?.();

/**
 * Times `runs` parses and `runs` layouts of `size` generated events.
 * Heap: heapUsed after a collection, before and after one run, with the
 * result still referenced (what the result keeps); rss at the end.
 */
export async function measureNode(size, runs) {
  const api = await import(pathToFileURL(join(distDirectory, 'index.js')).href);
  const { name, layout } = findLayout(api);
  const document = generateDocument(size);
  const settings = layoutSettings();
  const parseMs = [];
  const layoutMs = [];
  let parseHeap = null;
  let layoutHeap = null;
  // Holds the latest parse and layout so that heap readings count what they keep.
  const kept = { timeline: undefined, geometry: undefined };
  for (let run = 0; run < runs; run += 1) {
    kept.timeline = undefined;
    kept.geometry = undefined;
    collect();
    const before = process.memoryUsage().heapUsed;
    const parseStart = performance.now();
    kept.timeline = api.parseTimeline(document);
    parseMs.push(performance.now() - parseStart);
    collect();
    const afterParse = process.memoryUsage().heapUsed;
    if (run === 0) parseHeap = afterParse - before;

    const layoutStart = performance.now();
    kept.geometry = layout(kept.timeline, settings);
    layoutMs.push(performance.now() - layoutStart);
    collect();
    if (run === 0) layoutHeap = process.memoryUsage().heapUsed - afterParse;
  }
  const memory = process.memoryUsage();
  return {
    size,
    runs,
    layoutFunction: name,
    events: kept.timeline?.events.length,
    parseMs: { median: median(parseMs), all: parseMs },
    layoutMs: { median: median(layoutMs), all: layoutMs },
    parseHeapBytes: parseHeap,
    layoutHeapBytes: layoutHeap,
    heapUsedBytes: memory.heapUsed,
    rssBytes: memory.rss,
    lanes: kept.geometry?.lanes?.length,
    placements: kept.geometry?.placements?.count,
    gcExposed: typeof globalThis.gc === 'function',
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { size: { type: 'string' }, runs: { type: 'string', default: '5' } } });
  const size = Number(values.size);
  const runs = Number(values.runs);
  if (!Number.isInteger(size) || size <= 0 || !Number.isInteger(runs) || runs <= 0) {
    console.error('usage: node --expose-gc bench/node-layout.mjs --size N [--runs R]');
    process.exit(2);
  }
  measureNode(size, runs).then((result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }, (error) => {
    process.stdout.write(`${JSON.stringify({ size, runs, error: String(error?.message ?? error) })}\n`);
    process.exitCode = 1;
  });
}
