// What a page pays for the model: `parseTimeline` imported from the built
// files and bundled as an application would bundle it (rollup with
// node-resolve, minified by terser), then gzipped. The model entry carries
// no d3 at all; the main entry, imported for parseTimeline alone, must not
// drag in the renderer's d3 either.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
/** The budget of a page that only parses documents: 15 KB (of 1,024 bytes) gzipped. */
const budget = 15 * 1024;

let scratch = '';

beforeAll(() => {
  if (!existsSync(join(root, 'dist/model.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  scratch = mkdtempSync(join(tmpdir(), 'dt-model-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Bundles a page whose only code is `source`; the gzipped size and the files that went in. */
async function bundlePage(name: string, source: string): Promise<{ gzip: number; modules: string[]; code: string }> {
  const input = join(scratch, `${name}.js`);
  writeFileSync(input, source);
  const bundle = await rollup({
    input,
    plugins: [nodeResolve({ modulePaths: [join(root, 'node_modules')] })],
    onwarn: (warning) => { throw new Error(warning.message); },
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser()] });
  await bundle.close();
  const chunk = output[0];
  const modules = Object.entries(chunk.modules).filter(([, module]) => module.renderedLength > 0).map(([id]) => id);
  return { gzip: gzipSync(chunk.code).length, modules, code: chunk.code };
}

const d3Module = /[\\/]node_modules[\\/]d3-/;

describe('a page that imports only parseTimeline', () => {
  it(`from diplomatic-timeline/model has no d3 and is at most ${budget / 1024} KB gzipped`, async () => {
    const page = await bundlePage('model', `import { parseTimeline } from ${JSON.stringify(join(root, 'dist/model.js'))};\nconsole.log(parseTimeline);\n`);
    expect(page.modules.filter((id) => d3Module.test(id))).toEqual([]);
    expect(page.code).toContain('TimelineValidationError');
    console.log(`model entry, parseTimeline only: ${page.gzip} bytes gzipped`);
    expect(page.gzip).toBeLessThanOrEqual(budget);
  });

  it('from the main entry leaves the renderer and its d3 out', async () => {
    const page = await bundlePage('main', `import { parseTimeline } from ${JSON.stringify(join(root, 'dist/index.js'))};\nconsole.log(parseTimeline);\n`);
    expect(page.modules.filter((id) => /[\\/]node_modules[\\/]d3-(zoom|transition|selection|color|interpolate)[\\/]/.test(id))).toEqual([]);
    console.log(`main entry, parseTimeline only: ${page.gzip} bytes gzipped`);
    expect(page.gzip).toBeLessThanOrEqual(budget);
  });

  it('every name of the model entry is the same value in the main entry', async () => {
    const model = await import(join(root, 'dist/model.js')) as Record<string, unknown>;
    const main = await import(join(root, 'dist/index.js')) as Record<string, unknown>;
    for (const [name, value] of Object.entries(model)) expect(main[name], name).toBe(value);
  });
});
