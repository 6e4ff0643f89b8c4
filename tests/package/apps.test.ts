// Real apps built from the packed package, as a user builds them: `npm pack`,
// one install into a scratch folder (the tarball, React 19, Vue 3, Vite and
// TypeScript at the versions this repository uses), then the apps under
// ./apps built with Vite, type-checked strictly with no hand-written
// declarations for the package, and driven in Chromium.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithChromium, launchChromium, type LaunchedChromium } from '../browser/support/chromium.js';

const root = resolve(import.meta.dirname, '../..');
const apps = resolve(import.meta.dirname, 'apps');
const dataSet = join(root, 'examples/data/us-china-diplomacy-2023-07.json');

let scratch = '';
let server: Server | undefined;
let baseURL = '';
let browser: LaunchedChromium | undefined;

/** The version this repository installed, so the apps build with the same tools. */
function versionOf(name: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

function run(command: string, args: string[], cwd = scratch): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
  }
}

/** Runs a tool installed in the scratch folder, from an app's folder. */
function tool(bin: string, args: string[], app: string): string {
  return run(process.execPath, [join(scratch, 'node_modules', bin), ...args], join(scratch, app));
}

const contentTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves the scratch folder's built apps: /react/, /vue/, /element/. */
function serve(): Promise<string> {
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const [, app = '', ...rest] = path.split('/');
    const file = normalize(join(scratch, app, 'dist', rest.join('/') || 'index.html'));
    if (!file.startsWith(scratch) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => {
    server!.listen(0, '127.0.0.1', () => {
      const address = server!.address();
      done(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
    });
  });
}

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/react.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  scratch = mkdtempSync(join(tmpdir(), 'dt-apps-'));
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', scratch], root).trim().split('\n').pop()!;
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'apps', private: true, type: 'module' }));
  const tools = ['react', 'react-dom', '@types/react', '@types/react-dom', 'vue', 'vite', '@vitejs/plugin-react', '@vitejs/plugin-vue', 'typescript', 'vue-tsc'];
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, tarball), ...tools.map((name) => `${name}@${versionOf(name)}`)]);
  for (const app of ['react', 'vue', 'element']) cpSync(join(apps, app), join(scratch, app), { recursive: true });
  copyFileSync(dataSet, join(scratch, 'react/src/us-china-diplomacy-2023-07.json'));
  copyFileSync(dataSet, join(scratch, 'vue/src/us-china-diplomacy-2023-07.json'));
  mkdirSync(join(scratch, 'element/public'));
  copyFileSync(dataSet, join(scratch, 'element/public/data.json'));
  baseURL = await serve();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => { if (server) server.close(done); else done(undefined); });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** The concatenated JavaScript of a built app. */
function builtScript(app: string): string {
  const assets = join(scratch, app, 'dist/assets');
  return readdirSync(assets).filter((name) => name.endsWith('.js')).map((name) => readFileSync(join(assets, name), 'utf8')).join('\n');
}

it('shows in the README the React and Vue examples these apps type-check', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  expect(readme).toContain(`\`\`\`tsx\n${readFileSync(join(apps, 'react/src/Story.tsx'), 'utf8')}\`\`\``);
  expect(readme).toContain(`\`\`\`vue\n${readFileSync(join(apps, 'vue/src/Story.vue'), 'utf8')}\`\`\``);
});

it('keeps `import "diplomatic-timeline/element"` in a Vite production build', () => {
  tool('vite/bin/vite.js', ['build'], 'element');
  const script = builtScript('element');
  expect(script).toContain('dt-element-host');
  expect(script).toContain('diplomatic-timeline');
  expect(script.length).toBeGreaterThan(20_000);
});

it('type-checks the React app with tsc --strict, <diplomatic-timeline> in JSX included, and builds it', () => {
  tool('typescript/bin/tsc', ['-p', 'tsconfig.json'], 'react');
  tool('vite/bin/vite.js', ['build'], 'react');
  expect(builtScript('react')).toContain('dt-element-host');
});

it('types diplomatic-timeline/react and /vue for CommonJS under --module nodenext', () => {
  // The ESM typings are what the React and Vue apps compile against; this is their .d.cts twin.
  // (One program per format: a program importing both would declare the element's globals twice.)
  mkdirSync(join(scratch, 'types'));
  writeFileSync(join(scratch, 'types/check.cts'), `
    import { DiplomaticTimeline, type DiplomaticTimelineProps } from 'diplomatic-timeline/react';
    import { DiplomaticTimeline as VueTimeline, type DiplomaticTimelineExposed } from 'diplomatic-timeline/vue';
    import { parseTimeline, type TimelineView } from 'diplomatic-timeline';
    const props: DiplomaticTimelineProps = { timeline: parseTimeline({ events: [] }), onSelect: (event) => { void event?.id; } };
    const exposed: DiplomaticTimelineExposed = { view: undefined as TimelineView | undefined };
    export { DiplomaticTimeline, VueTimeline, props, exposed };
  `);
  tool('typescript/bin/tsc', ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom', 'check.cts'], 'types');
});

it('type-checks the Vue app with vue-tsc and builds it', () => {
  tool('vue-tsc/bin/vue-tsc.js', ['-p', 'tsconfig.json'], 'vue');
  tool('vite/bin/vite.js', ['build'], 'vue');
});

/** What every timeline view leaves in a page: nodes and the shared stylesheet. */
function leftovers(page: Page): Promise<{ roots: number; sheets: number; styles: number }> {
  return page.evaluate(() => ({
    roots: document.querySelectorAll('.dt-root').length,
    sheets: document.adoptedStyleSheets.length,
    styles: document.querySelectorAll('style[data-diplomatic-timeline]').length,
  }));
}

/**
 * The checks both component apps share, one test each, on one page: the
 * article drawn once under StrictMode (React) or in a plain app (Vue), a
 * click reported, the zoom window kept when an event is added, and nothing
 * left once unmounted.
 */
function describeApp(app: 'react' | 'vue', title: string): void {
  describeWithChromium(title, () => {
    let page: Page;
    const problems: string[] = [];
    const component = () => page.locator('.timeline');

    beforeAll(async () => {
      browser ??= await launchChromium({ viewport: { width: 1280, height: 900 } });
      page = await browser.newPage();
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text()); });
      await page.goto(`${baseURL}${app}/`);
      await component().locator('g.dt-item').first().waitFor();
    });

    afterAll(async () => {
      await page.close();
    });

    it('renders the article data set in exactly one view', async () => {
      expect(await component().locator('.dt-root').count()).toBe(1);
      const drawn = await component().locator('g.dt-item').evaluateAll((nodes) => new Set(nodes.map((node) => node.getAttribute('data-event-id'))).size);
      expect(drawn).toBe(31);
    });

    it('reports the event of a clicked mark', async () => {
      await component().locator('g.dt-item[data-event-id="blinken-wang-jakarta"]').first().click({ force: true });
      await expect.poll(() => page.evaluate(() => window.harness.selected.at(-1))).toBe('blinken-wang-jakarta');
      await expect.poll(() => page.locator('#selected').textContent()).toBe('Blinken and Wang Yi hold talks in Jakarta');
    });

    it('updates the same view in place when an event is added, keeping the zoom window', async () => {
      await page.evaluate(() => { window.harness.view()!.zoomTo({ from: '2023-07-10', to: '2023-07-14' }); });
      await expect.poll(() => page.evaluate(() => window.harness.zooms.at(-1)?.from)).toBe('2023-07-10');
      const zoomed = await page.evaluate(() => window.harness.zooms.at(-1));
      await page.evaluate(() => { (window as unknown as { before: unknown }).before = window.harness.view(); });
      await page.evaluate(() => { window.harness.addEvent(); });
      await component().locator('g.dt-item[data-event-id="added-call"]').first().waitFor({ state: 'attached' });
      expect(await page.evaluate(() => window.harness.view() === (window as unknown as { before: unknown }).before)).toBe(true);
      // A reset window would be reported within a frame or two.
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => window.harness.zooms.at(-1))).toEqual(zoomed);
    });

    it('leaves nothing behind once unmounted: no nodes, no stylesheet, no errors', async () => {
      await page.evaluate(() => { window.harness.hide(); });
      await page.locator('#gone').waitFor();
      expect(await leftovers(page)).toEqual({ roots: 0, sheets: 0, styles: 0 });
      expect(await page.locator('#root').evaluate((node) => node.querySelector('svg, canvas, .timeline'))).toBeNull();
      expect(problems).toEqual([]);
    });
  });
}

describeApp('react', 'the React 19 app under StrictMode, in Chromium');
describeApp('vue', 'the Vue 3 app, in Chromium');

describeWithChromium('the element in the built pages, in Chromium', () => {
  beforeAll(async () => {
    browser ??= await launchChromium({ viewport: { width: 1280, height: 900 } });
  });

  it('reports dt-select through ondt-select in the React app', async () => {
    const page = await browser!.newPage();
    await page.goto(`${baseURL}react/`);
    const element = page.locator('#element');
    await element.locator('g.dt-item').first().waitFor();
    await element.locator('g.dt-item[data-event-id="kerry-visit"]').first().click({ force: true });
    await expect.poll(() => page.evaluate(() => window.harness.elementSelected.at(-1))).toBe('kerry-visit');
    await page.close();
  });

  it('is defined by the element-only page and renders its src', async () => {
    const page = await browser!.newPage();
    await page.goto(`${baseURL}element/`);
    await page.locator('diplomatic-timeline g.dt-item').first().waitFor();
    expect(await page.evaluate(() => customElements.get('diplomatic-timeline') !== undefined)).toBe(true);
    await page.close();
  });
});

declare global {
  interface Window {
    harness: {
      selected: (string | undefined)[];
      elementSelected: (string | undefined)[];
      zooms: { from: string; to: string }[];
      view(): { zoomTo(range: { from: string; to: string }): void } | null;
      addEvent(): void;
      hide(): void;
    };
  }
}
