// The checks package maintainers run before a release, on the package as
// built: publint, `attw --pack` for every entry point, the size budgets of
// `.size-limit.json`, and the tarball's contents and size. `npm test` runs
// them on every change; `npm run release:check` runs them with the other
// packed-package tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/**
 * The whole package, unpacked, may take at most this many bytes: today's
 * size (932 KB: ESM, CommonJS and UMD builds, each minified, and declarations
 * for ESM and CommonJS) with a little room. The target is 800 KB; lower this
 * as the builds shrink.
 */
const unpackedBudget = 940 * 1000;

function npx(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['--no-install', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(inRoot('dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

function inRoot(path: string): string {
  return resolve(root, path);
}

describe('release checks', () => {
  it('publint finds nothing to report', () => {
    const { status, stdout, stderr } = npx(['publint', '--strict']);
    expect(`${stdout}${stderr}`).toMatch(/All good/);
    expect(status).toBe(0);
  });

  it('attw --pack resolves every entry point with its types under node10, node16 (ESM and CommonJS) and bundlers', () => {
    const { stdout } = npx(['attw', '--pack', '.', '--format', 'json']);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { analysis: { problems?: unknown[]; entrypoints: Record<string, unknown> } };
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(['.', './element', './model', './package.json', './react', './umd', './vue']);
    expect(report.analysis.problems ?? []).toEqual([]);
  });

  it('keeps every entry point within its size budget, and says by how much one is over', () => {
    const { stdout, stderr } = npx(['size-limit', '--json']);
    const results = JSON.parse(stdout) as { name: string; size: number; sizeLimit?: number; passed: boolean }[];
    expect(results.map((result) => result.name)).toHaveLength(JSON.parse(readFileSync(inRoot('.size-limit.json'), 'utf8')).length);
    const over = results.filter((result) => !result.passed)
      .map((result) => `${result.name}: ${result.size} B gzipped, ${result.size - (result.sizeLimit ?? 0)} B over its budget of ${result.sizeLimit} B`);
    expect(over, stderr).toEqual([]);
  });

  it('packs LICENSE, README, the changelog and the builds, no source maps, within the unpacked budget', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as { unpackedSize: number; files: { path: string }[] }[];
    const files = pack!.files.map((file) => file.path);
    for (const expected of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/umd/diplomatic-timeline.umd.min.js', 'dist/umd/package.json', 'bin/diplomatic-timeline.js']) {
      expect(files, expected).toContain(expected);
    }
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(pack!.unpackedSize).toBeLessThanOrEqual(unpackedBudget);
  });
});
