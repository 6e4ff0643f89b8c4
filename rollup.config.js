// Builds, from src/:
// - dist/index.js + dist/element.js + dist/model.js + dist/react.js + dist/vue.js (ESM) and .cjs
//   twins (CommonJS), d3, react and vue external (the model entry imports none), minified;
// - dist/cli.js for the `diplomatic-timeline` command (Node, ESM), in the same build, so the
//   command shares the library's chunks instead of carrying its own copy of the model;
// - dist/umd/diplomatic-timeline.umd.min.js: minified UMD, global `diplomaticTimeline`, d3 bundled in,
//   with the custom element defined on load; its folder is `"type": "commonjs"`, so Node reads it
//   as a script, and a declaration file types its exports and the global;
// - bundled declarations for every entry (dist/<entry>.d.ts / .d.cts), sharing dist/chunks/*.d.ts / .d.cts.
//   The element and the components import their types from the main entry by the package's own
//   name (kept external), so every entry shares one `Timeline` type.
// No source maps are shipped: the package stays small, and the sources are in the repository.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = (id) => [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies), pkg.name].some((dep) => id === dep || id.startsWith(`${dep}/`)) || id.startsWith('node:');
const ts = () => typescript({ tsconfig: './tsconfig.build.json', outputToFilesystem: false });
const banner = `// ${pkg.name} ${pkg.version} — ${pkg.license}`;
const minify = (options = {}) => terser({ format: { comments: /^ diplomatic-timeline/ }, keep_classnames: true, ...options });

/**
 * Drops entries from one output, with the chunks only they use: the CLI is
 * built with the library so that they share chunks, but only as ESM.
 */
function withoutEntries(names) {
  return {
    name: 'without-entries',
    generateBundle(_, bundle) {
      const kept = new Set();
      const keep = (file) => {
        if (kept.has(file) || !(file in bundle)) return; // imports name external modules too
        kept.add(file);
        for (const dependency of [...bundle[file].imports, ...bundle[file].dynamicImports]) keep(dependency);
      };
      for (const [file, chunk] of Object.entries(bundle)) if (chunk.type === 'chunk' && chunk.isEntry && !names.includes(chunk.name)) keep(file);
      for (const [file, chunk] of Object.entries(bundle)) if (chunk.type === 'chunk' && !kept.has(file)) delete bundle[file];
    },
  };
}

/** The UMD folder reads as CommonJS in Node, and its declarations give the exports and the global. */
function umdFolder() {
  return {
    name: 'umd-folder',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'package.json', source: `${JSON.stringify({ type: 'commonjs' })}\n` });
      this.emitFile({
        type: 'asset',
        fileName: 'diplomatic-timeline.umd.min.d.ts',
        // One object, as Node sees a file it cannot analyse: `require` returns it, `import` gives it as the default.
        source: '// The UMD bundle: its exports, and the global `diplomaticTimeline` of a <script> tag.\n'
          + "import type * as api from '../umd.cjs';\ndeclare const diplomaticTimeline: typeof api;\nexport = diplomaticTimeline;\nexport as namespace diplomaticTimeline;\n",
      });
    },
  };
}

export default [
  {
    input: { index: 'src/index.ts', element: 'src/element/index.ts', model: 'src/model/index.ts', react: 'src/react/index.ts', vue: 'src/vue/index.ts', cli: 'src/cli/main.ts' },
    external,
    plugins: [ts()],
    output: [
      { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', banner, hoistTransitiveImports: false, plugins: [minify()] },
      { dir: 'dist', format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs', banner, hoistTransitiveImports: false, plugins: [withoutEntries(['cli']), minify()] },
    ],
  },
  {
    input: 'src/umd.ts',
    plugins: [nodeResolve(), ts()],
    // Our modules and the d3 modules have no side effects on import, except
    // the element entry's definition of the element on load.
    treeshake: { moduleSideEffects: (id) => id.endsWith('/src/element/index.ts') },
    output: {
      file: 'dist/umd/diplomatic-timeline.umd.min.js',
      format: 'umd',
      name: 'diplomaticTimeline',
      banner,
      // `exports` keeps its name, so that Node finds the named exports (`exports.parseTimeline = …`) without running the file.
      plugins: [minify({ mangle: { reserved: ['exports'] } }), umdFolder()],
    },
  },
  // One declaration build for every entry, so that a type the entries share
  // is declared once (in dist/chunks): a Timeline from diplomatic-timeline/model
  // is then the same type as one from diplomatic-timeline, which two copies of
  // a class with private fields are not.
  {
    input: { index: 'src/index.ts', element: 'src/element/index.ts', model: 'src/model/index.ts', react: 'src/react/index.ts', vue: 'src/vue/index.ts', umd: 'src/umd.ts' },
    external,
    plugins: [dts({ tsconfig: './tsconfig.build.json' })],
    output: [
      { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
      { dir: 'dist', format: 'es', entryFileNames: '[name].d.cts', chunkFileNames: 'chunks/[name]-[hash].d.cts' },
    ],
  },
];
