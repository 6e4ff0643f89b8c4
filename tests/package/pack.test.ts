// The published package, as a user gets it: `npm pack`, installed into a
// scratch folder, then used from `import`, from `require`, and from a
// TypeScript file compiled with `--module nodenext`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runInNewContext } from 'node:vm';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const sample = JSON.stringify({
  sources: [{ id: 'report', title: 'A report', published: '2023-07-14' }],
  actors: [{ id: 'us', name: 'United States', kind: 'state', country: 'US' }],
  events: [{ id: 'talks', title: 'Talks', kind: 'talks', when: { relative: 'on Thursday', anchor: 'report' }, participants: [{ actor: 'us' }] }],
});

let scratch = '';

/** The version this repository installed, so the scratch folder uses the same compiler. */
function versionOf(name: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

function run(command: string, args: string[], cwd = scratch): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  scratch = mkdtempSync(join(tmpdir(), 'dt-pack-'));
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', scratch], root).trim().split('\n').pop()!;
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  writeFileSync(join(scratch, 'sample.json'), sample);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, tarball), `typescript@${versionOf('typescript')}`, `@types/node@${versionOf('@types/node')}`]);
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('works from import', () => {
    writeFileSync(join(scratch, 'esm.mjs'), `
      import { readFileSync } from 'node:fs';
      import { parseTimeline, renderToSVG } from 'diplomatic-timeline';
      const timeline = parseTimeline(JSON.parse(readFileSync('sample.json', 'utf8')));
      const svg = renderToSVG(timeline);
      console.log(timeline.events[0].when.earliest, svg.includes('<svg '));
    `);
    expect(run('node', ['esm.mjs']).trim()).toBe('2023-07-13 true');
  });

  it('works from require', () => {
    writeFileSync(join(scratch, 'cjs.cjs'), `
      const { parseTimeline } = require('diplomatic-timeline');
      const timeline = parseTimeline(JSON.parse(require('node:fs').readFileSync('sample.json', 'utf8')));
      console.log(timeline.events[0].when.precision);
    `);
    expect(run('node', ['cjs.cjs']).trim()).toBe('day');
  });

  it('works from import of diplomatic-timeline/model, with no d3 and the same values as the main entry', () => {
    writeFileSync(join(scratch, 'model.mjs'), `
      import { readFileSync } from 'node:fs';
      import { parseTimeline, Timeline, toDocument } from 'diplomatic-timeline/model';
      import * as main from 'diplomatic-timeline';
      const timeline = parseTimeline(JSON.parse(readFileSync('sample.json', 'utf8')));
      const back = Timeline.fromJSON(JSON.parse(JSON.stringify(timeline.toJSON())));
      const reread = parseTimeline(toDocument(timeline));
      console.log(back.events[0].when.earliest, reread.events[0].when.earliest, main.Timeline === Timeline, back instanceof main.Timeline);
    `);
    expect(run('node', ['model.mjs']).trim()).toBe('2023-07-13 2023-07-13 true true');
    expect(readFileSync(join(scratch, 'node_modules/diplomatic-timeline/dist/model.js'), 'utf8')).not.toMatch(/from ['"]d3-/);
  });

  it('works from require of diplomatic-timeline/model', () => {
    writeFileSync(join(scratch, 'model.cjs'), `
      const { parseTimeline, Timeline } = require('diplomatic-timeline/model');
      const timeline = parseTimeline(JSON.parse(require('node:fs').readFileSync('sample.json', 'utf8')));
      console.log(Timeline.fromJSON(timeline.toJSON()).events[0].when.precision, Timeline === require('diplomatic-timeline').Timeline);
    `);
    expect(run('node', ['model.cjs']).trim()).toBe('day true');
  });

  it('type-checks from TypeScript with --module nodenext, as ESM and as CommonJS', () => {
    const source = `
      import { parseTimeline, type Timeline, TimelineValidationError } from 'diplomatic-timeline';
      const timeline: Timeline = parseTimeline({ events: [] });
      const when: string | undefined = timeline.events[0]?.when.earliest;
      const error: typeof TimelineValidationError = TimelineValidationError;
      export { when, error };
    `;
    // The model entry's types are the main entry's: a Timeline from one is a Timeline to the other.
    const modelSource = `
      import { parseTimeline, Timeline, toDocument, type TimelineDocument, type TimelineJSON } from 'diplomatic-timeline/model';
      import { renderToSVG, type Timeline as MainTimeline } from 'diplomatic-timeline';
      const timeline: Timeline = parseTimeline({ events: [] });
      const json: TimelineJSON = timeline.toJSON();
      const back: MainTimeline = Timeline.fromJSON(json);
      const document: TimelineDocument = toDocument(back);
      const svg: string = renderToSVG(timeline);
      export { document, svg };
    `;
    writeFileSync(join(scratch, 'check.mts'), source);
    writeFileSync(join(scratch, 'check.cts'), source);
    writeFileSync(join(scratch, 'check-model.mts'), modelSource);
    writeFileSync(join(scratch, 'check-model.cts'), modelSource);
    run('npx', ['tsc', '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node',
      'check.mts', 'check.cts', 'check-model.mts', 'check-model.cts']);
  });

  it('resolves the react and vue entries from import and require, with react and vue left to the app', () => {
    // Neither react nor vue is installed here: each entry names its framework as an import it does not bundle.
    for (const name of ['react', 'vue']) {
      const esm = readFileSync(join(scratch, `node_modules/diplomatic-timeline/dist/${name}.js`), 'utf8');
      const cjs = readFileSync(join(scratch, `node_modules/diplomatic-timeline/dist/${name}.cjs`), 'utf8');
      expect(esm).toMatch(new RegExp(`from ?["']${name}["']`));
      expect(cjs).toMatch(new RegExp(`require\\(["']${name}["']\\)`));
    }
    writeFileSync(join(scratch, 'entries.mjs'), `
      const resolved = ['react', 'vue', 'element'].map((name) => import.meta.resolve('diplomatic-timeline/' + name).split('/').pop());
      console.log(resolved.join(' '));
    `);
    expect(run('node', ['entries.mjs']).trim()).toBe('react.js vue.js element.js');
    writeFileSync(join(scratch, 'entries.cjs'), `
      console.log(['react', 'vue', 'element'].map((name) => require.resolve('diplomatic-timeline/' + name).split('/').pop()).join(' '));
    `);
    expect(run('node', ['entries.cjs']).trim()).toBe('react.cjs vue.cjs element.cjs');
  });

  it('types the element for apps without @types/react, with and without skipLibCheck', () => {
    writeFileSync(join(scratch, 'element-check.mts'), `
      import { defineTimelineElement, type TimelineElement } from 'diplomatic-timeline/element';
      import { parseTimeline, type TimelineEvent } from 'diplomatic-timeline';
      defineTimelineElement();
      const element = document.createElement('diplomatic-timeline');
      const typed: TimelineElement = element;
      typed.timeline = parseTimeline({ events: [] });
      element.addEventListener('dt-select', (e) => { const event: TimelineEvent | undefined = e.detail.event; void event; });
      element.addEventListener('dt-zoom', (e) => { const from: string = e.detail.from; void from; });
      const found: TimelineElement | null = document.querySelector('diplomatic-timeline');
      export { found };
    `);
    const options = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom', '--types', 'node', 'element-check.mts'];
    run('npx', ['tsc', ...options]);
    run('npx', ['tsc', ...options, '--skipLibCheck']);
  });

  it('ships the CLI as a bin', () => {
    const out = run('npx', ['--no-install', 'diplomatic-timeline', 'validate', 'sample.json']);
    expect(out.trim()).toBe('sample.json: valid');
  });

  it('ships a UMD bundle that defines the global diplomaticTimeline and the element', () => {
    const umd = readFileSync(join(scratch, 'node_modules/diplomatic-timeline/dist/umd/diplomatic-timeline.umd.min.js'), 'utf8');
    // A page's registry, enough for the bundle to define its element on load.
    const defined = new Map<string, unknown>();
    const customElements = { get: (name: string) => defined.get(name), define: (name: string, element: unknown) => { defined.set(name, element); } };
    const sandbox: Record<string, unknown> = { customElements, HTMLElement: Object }; // the element class only extends it
    runInNewContext(umd, sandbox);
    expect(typeof (sandbox.diplomaticTimeline as Record<string, unknown>).parseTimeline).toBe('function');
    expect([...defined.keys()]).toEqual(['diplomatic-timeline']);
  });
});
