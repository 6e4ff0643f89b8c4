// Launches Debian's Chromium through playwright-core, with a fresh profile in
// a temporary folder each time, the same flags as the browser tests, plus
// gc() for heap readings and precise performance.memory numbers.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Where the benchmark expects Chromium. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The command-line flags, the browser tests' set plus the two memory flags. */
export const chromiumArgs = Object.freeze([
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--js-flags=--expose-gc',
  // Without it performance.memory is rounded and delayed, for privacy.
  '--enable-precise-memory-info',
]);

/** Whether the browser is there to launch. */
export function chromiumAvailable() {
  return existsSync(chromiumPath);
}

/**
 * A fresh browser: a persistent context on a new temporary profile.
 * `close()` ends the browser and removes the profile.
 *
 * @param {{ viewport?: { width: number, height: number } }} [options]
 */
export async function launchChromium({ viewport = { width: 1280, height: 800 } } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'dt-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs],
    viewport,
  });
  return {
    context,
    async version() {
      return context.browser()?.version() ?? (await (await context.newCDPSession(context.pages()[0] ?? await context.newPage())).send('Browser.getVersion')).product;
    },
    async close() {
      await Promise.race([context.close(), new Promise((done) => setTimeout(done, 10_000))]).catch(() => undefined);
      await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
