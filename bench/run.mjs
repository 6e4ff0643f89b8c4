// `npm run bench` (after the build): Node layout timings, the browser
// comparison with vis-timeline and timelines-chart, and bundle sizes. Prints
// a markdown report and writes bench/results/latest.json and latest.md.
//
//   node bench/run.mjs [--sizes 1000,10000,100000,1000000] [--peers vis,tc|none]
//                      [--skip-node] [--skip-browser] [--skip-bundles]
//                      [--zoom-steps 10] [--cap-ms 60000] [--node-runs 5] [--out bench/results]
//                      [--screenshots DIR] [--quiet]
// BENCH_DIST=folder measures a build other than dist/ (to compare two builds).
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateDocument, toTimelinesChart, toVisTimeline } from './generate.mjs';
import { browserDefaults, libraries, measureBrowser } from './browser.mjs';
import { measureBundles } from './bundles.mjs';
import { markdownReport, evaluateTargets } from './report.mjs';
import { repositoryRoot, startBenchServer } from './server.mjs';
import { chromiumAvailable, chromiumPath } from './chromium.mjs';

/** What a plain `node bench/run.mjs` does. */
export const runDefaults = Object.freeze({
  sizes: [1_000, 10_000, 100_000, 1_000_000],
  peers: ['vis', 'tc'],
  /** The largest size each peer is run at (both slow down steeply past these). */
  peerMaxSize: { vis: 10_000, tc: 100_000 },
  nodeRuns: 5,
  /** Fewer runs at a million events: one run takes seconds. */
  nodeRunsAtMillion: 2,
  zoomStepsEachWay: browserDefaults.zoomStepsEachWay,
  capMs: browserDefaults.capMs,
  out: join(repositoryRoot, 'bench', 'results'),
});

function fail(message) {
  throw new TypeError(`bench: ${message}`);
}

/** Reads the command line into settings, naming the bad option and what is allowed. */
export function parseRunArguments(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' }, peers: { type: 'string' }, 'skip-node': { type: 'boolean' },
      'skip-browser': { type: 'boolean' }, 'skip-bundles': { type: 'boolean' }, 'zoom-steps': { type: 'string' },
      'cap-ms': { type: 'string' }, screenshots: { type: 'string' }, 'node-runs': { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean' },
    },
  });
  const positiveInteger = (name, text) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value <= 0) fail(`--${name} must be a positive integer, got "${text}"`);
    return value;
  };
  const sizes = values.sizes === undefined ? runDefaults.sizes : values.sizes.split(',').map((s) => positiveInteger('sizes', s.trim()));
  const peerNames = Object.keys(libraries).filter((name) => name !== 'ours');
  const peers = values.peers === undefined ? runDefaults.peers : values.peers === 'none' ? [] : values.peers.split(',').map((p) => p.trim());
  for (const peer of peers) if (!peerNames.includes(peer)) fail(`--peers: unknown peer "${peer}"; allowed: ${peerNames.join(', ')}, none`);
  return {
    sizes,
    peers,
    peerMaxSize: runDefaults.peerMaxSize,
    node: !values['skip-node'],
    browser: !values['skip-browser'],
    bundles: !values['skip-bundles'],
    zoomStepsEachWay: values['zoom-steps'] === undefined ? runDefaults.zoomStepsEachWay : positiveInteger('zoom-steps', values['zoom-steps']),
    capMs: values['cap-ms'] === undefined ? runDefaults.capMs : positiveInteger('cap-ms', values['cap-ms']),
    nodeRuns: values['node-runs'] === undefined ? undefined : positiveInteger('node-runs', values['node-runs']),
    out: values.out === undefined ? runDefaults.out : resolve(values.out),
    quiet: Boolean(values.quiet),
    screenshotDir: values.screenshots === undefined ? undefined : resolve(values.screenshots),
  };
}

function runNodeChild(size, runs) {
  const script = fileURLToPath(new URL('./node-layout.mjs', import.meta.url));
  return new Promise((done) => {
    execFile(process.execPath, ['--expose-gc', '--max-old-space-size=8192', script, '--size', String(size), '--runs', String(runs)],
      { maxBuffer: 16 * 1024 * 1024, timeout: 15 * 60_000 }, (error, stdout, stderr) => {
        const line = stdout.trim().split('\n').pop();
        try {
          done(JSON.parse(line ?? ''));
        } catch {
          done({ size, runs, error: (stderr || error?.message || 'no output').trim().split('\n')[0] });
        }
      });
  });
}

/** Which libraries run at a size: ours always, each peer up to its largest size. */
export function librariesAt(size, settings) {
  return ['ours', ...settings.peers.filter((peer) => size <= (settings.peerMaxSize[peer] ?? Infinity))];
}

/** Runs everything the settings ask for and returns the results object. */
export async function runBench(settings, log = (line) => console.error(line)) {
  const results = {
    startedAt: new Date().toISOString(),
    settings: { ...settings, out: undefined },
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim(), memoryBytes: totalmem(), node: process.versions.node, platform: `${process.platform} ${process.arch}` },
    node: [],
    browser: [],
    bundles: [],
  };

  if (settings.node) {
    log('Node layout…');
    for (const size of settings.sizes) {
      const runs = settings.nodeRuns ?? (size >= 1_000_000 ? runDefaults.nodeRunsAtMillion : runDefaults.nodeRuns);
      const measured = await runNodeChild(size, runs);
      log(measured.error ? `  ${size}: error: ${measured.error}` : `  ${size}: parse ${measured.parseMs.median.toFixed(1)} ms, layout ${measured.layoutMs.median.toFixed(1)} ms`);
      results.node.push(measured);
    }
  }

  if (settings.browser) {
    if (settings.screenshotDir) await mkdir(settings.screenshotDir, { recursive: true });
    if (!chromiumAvailable()) {
      log(`Chromium not found at ${chromiumPath}: browser measurements skipped.`);
      results.browserSkipped = `no Chromium at ${chromiumPath}`;
    } else {
      // One size's data in memory at a time, converted for each library on first request.
      let current = { size: undefined, document: undefined, texts: new Map() };
      const dataSet = (name) => {
        const match = /^(\w+)-(\d+)$/.exec(name);
        if (!match || Number(match[2]) !== current.size) return undefined;
        const [, library] = match;
        if (!current.texts.has(library)) {
          const convert = { ours: (d) => d, vis: toVisTimeline, tc: toTimelinesChart }[library];
          if (!convert) return undefined;
          current.texts.set(library, JSON.stringify(convert(current.document)));
        }
        return current.texts.get(library);
      };
      const server = await startBenchServer({ dataSet });
      try {
        log('Browser…');
        for (const size of settings.sizes) {
          current = { size, document: generateDocument(size), texts: new Map() };
          for (const library of librariesAt(size, settings)) {
            const measured = await measureBrowser({
              serverUrl: server.url, library, size, log,
              settings: { capMs: settings.capMs, zoomStepsEachWay: settings.zoomStepsEachWay, screenshotDir: settings.screenshotDir },
            });
            log(`  ${measured.label} ${size}: ${measured.status}${measured.error ? ` (${measured.error})` : ''}`);
            results.machine.chromium ??= measured.browserVersion;
            results.browser.push(measured);
          }
        }
      } finally {
        current = { size: undefined, document: undefined, texts: new Map() };
        await server.close();
      }
    }
  }

  if (settings.bundles) {
    log('Bundle sizes…');
    results.bundles = await measureBundles();
  }
  results.finishedAt = new Date().toISOString();
  results.targets = evaluateTargets(results);
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let settings;
  try {
    settings = parseRunArguments(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  const started = Date.now();
  const results = await runBench(settings, settings.quiet ? () => {} : undefined);
  const markdown = markdownReport(results);
  await mkdir(settings.out, { recursive: true });
  await writeFile(join(settings.out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(settings.out, 'latest.md'), markdown);
  console.log(markdown);
  console.error(`Wrote ${join(settings.out, 'latest.json')} and latest.md in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}
