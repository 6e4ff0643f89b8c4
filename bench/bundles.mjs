// Bundle sizes, min+gzip (gzip level 9): our UMD bundle (d3 inside), our ESM
// build (dist/index.js and the chunks it imports, d3 external, minified here
// with terser since the build leaves it readable), and the peers' bundles.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { distDirectory, repositoryRoot } from './server.mjs';

const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * dist/index.js and every local module it reaches through static imports or
 * re-exports (`./chunks/…`), in first-visit order; bare d3 imports stay out.
 */
export async function esmModuleGraph(entry) {
  const seen = [];
  const queue = [resolve(entry)];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.includes(file)) continue;
    seen.push(file);
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(/(?:^|[\s;}])(?:import|export)\s*(?:[\w*${}\s,]*?\s*from\s*)?['"](\.{1,2}\/[^'"]+)['"]/g)) {
      queue.push(resolve(dirname(file), match[1]));
    }
  }
  return seen;
}

async function measureFiles(name, files, { minifyModules = false, note }) {
  const present = files.filter((file) => existsSync(file));
  if (present.length !== files.length) {
    return { name, status: 'missing', files: files.map((file) => relative(repositoryRoot, file)), note };
  }
  const parts = [];
  let raw = 0;
  for (const file of present) {
    const source = await readFile(file, 'utf8');
    raw += Buffer.byteLength(source);
    if (minifyModules) {
      const output = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
      parts.push(output.code ?? '');
    } else {
      parts.push(source);
    }
  }
  const joined = Buffer.from(parts.join('\n'));
  return {
    name,
    status: 'ok',
    files: present.map((file) => relative(repositoryRoot, file)),
    rawBytes: raw,
    minBytes: joined.length,
    gzipBytes: gzipSize(joined),
    note,
  };
}

/** Sizes of our bundles and the peers'. */
export async function measureBundles() {
  const dist = distDirectory;
  const modules = join(repositoryRoot, 'node_modules');
  const esmFiles = existsSync(join(dist, 'index.js')) ? await esmModuleGraph(join(dist, 'index.js')) : [join(dist, 'index.js')];
  return [
    await measureFiles('diplomatic-timeline UMD (d3 inside)', [join(dist, 'umd', 'diplomatic-timeline.umd.min.js')], { note: 'as built (terser in rollup)' }),
    await measureFiles('diplomatic-timeline ESM (d3 external)', esmFiles, { minifyModules: true, note: 'index.js + chunks, terser here, gzipped together' }),
    await measureFiles('vis-timeline standalone UMD + CSS', [
      join(modules, 'vis-timeline', 'standalone', 'umd', 'vis-timeline-graph2d.min.js'),
      join(modules, 'vis-timeline', 'styles', 'vis-timeline-graph2d.min.css'),
    ], { note: 'min.js + min.css as shipped' }),
    await measureFiles('timelines-chart UMD', [join(modules, 'timelines-chart', 'dist', 'timelines-chart.min.js')], { note: 'min.js as shipped (d3 inside)' }),
  ];
}
