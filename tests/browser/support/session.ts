// One browser suite's setup, shared: the built package must exist, the
// examples server starts before the suite and Chromium launches on a fresh
// profile; both close after it.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../../../scripts/serve.mjs';
import { launchChromium, type LaunchedChromium, type LaunchOptions } from './chromium.js';

/** What a suite uses once its hooks have run. */
export interface ServedChromium {
  /** The examples server's base URL, with a trailing slash. */
  readonly url: string;
  /** The browser (throws if the suite asked for none). */
  readonly browser: LaunchedChromium;
}

/**
 * Registers the suite's hooks and returns the running server and browser.
 * `launch: false` starts only the server (for suites that launch one browser
 * per case, e.g. per time zone).
 */
export function useServedChromium(launch: LaunchOptions | false = {}): ServedChromium {
  let server: RunningServer | undefined;
  let browser: LaunchedChromium | undefined;
  beforeAll(async () => {
    if (!existsSync('dist/umd/diplomatic-timeline.umd.min.js')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
    server = await startServer();
    if (launch) browser = await launchChromium(launch);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('The examples server is not running: use it inside a test.');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('No browser was launched for this suite.');
      return browser;
    },
  };
}
