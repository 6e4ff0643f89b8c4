// Builds, from src/:
// - dist/index.js + dist/element.js + dist/model.js (ESM) and .cjs twins (CommonJS), d3 external
//   (the model entry imports none);
// - dist/react.js + dist/vue.js (ESM) and .cjs twins, react and vue external;
// - dist/cli.js for the `diplomatic-timeline` command (Node, ESM);
// - dist/diplomatic-timeline.umd.min.js: minified UMD, global `diplomaticTimeline`, d3 bundled in,
//   with the custom element defined on load;
// - bundled declarations for every entry (dist/<entry>.d.ts / .d.cts), sharing dist/chunks/*.d.ts / .d.cts.
//   The element and the components import their types from the main entry by the package's own
//   name (kept external), so every entry shares one `Timeline` type.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = (id) => [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies), pkg.name].some((dep) => id === dep || id.startsWith(`${dep}/`)) || id.startsWith('node:');
const ts = () => typescript({ tsconfig: './tsconfig.build.json', outputToFilesystem: false });
const banner = `// ${pkg.name} ${pkg.version} — ${pkg.license}`;

export default [
  {
    input: { index: 'src/index.ts', element: 'src/element/index.ts', model: 'src/model/index.ts', react: 'src/react/index.ts', vue: 'src/vue/index.ts' },
    external,
    plugins: [ts()],
    output: [
      { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', banner },
      { dir: 'dist', format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs', banner },
    ],
  },
  {
    input: { cli: 'src/cli/main.ts' },
    external,
    plugins: [ts()],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/cli-[name]-[hash].js', banner },
  },
  {
    input: 'src/umd.ts',
    plugins: [nodeResolve(), ts()],
    // Our modules and the d3 modules have no side effects on import, except
    // the element entry's definition of the element on load.
    treeshake: { moduleSideEffects: (id) => id.endsWith('/src/element/index.ts') },
    output: {
      file: 'dist/diplomatic-timeline.umd.min.js',
      format: 'umd',
      name: 'diplomaticTimeline',
      banner,
      sourcemap: true,
      plugins: [terser({ format: { comments: /^ diplomatic-timeline/ } })],
    },
  },
  // One declaration build for every entry, so that a type the entries share
  // is declared once (in dist/chunks): a Timeline from diplomatic-timeline/model
  // is then the same type as one from diplomatic-timeline, which two copies of
  // a class with private fields are not.
  {
    input: { index: 'src/index.ts', element: 'src/element/index.ts', model: 'src/model/index.ts', react: 'src/react/index.ts', vue: 'src/vue/index.ts' },
    external,
    plugins: [dts({ tsconfig: './tsconfig.build.json' })],
    output: [
      { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
      { dir: 'dist', format: 'es', entryFileNames: '[name].d.cts', chunkFileNames: 'chunks/[name]-[hash].d.cts' },
    ],
  },
];
