import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCommand } from '../../../src/cli/render.js';
import type { CliIO } from '../../../src/cli/io.js';

const article = readFileSync('examples/data/us-china-diplomacy-2023-07.json', 'utf8');

function fakeIO(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIO = {
    stdout: (text) => { out.stdout += text; },
    stderr: (text) => { out.stderr += text; },
    readFile: (path) => (path in files ? Promise.resolve(files[path]!) : Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' }))),
    writeFile: (path, text) => { out.written[path] = text; return Promise.resolve(); },
  };
  return { io, out };
}

describe('render command', () => {
  it('writes an SVG file with the given options', async () => {
    const { io, out } = fakeIO({ 'a.json': article });
    const code = await renderCommand(['a.json', '-o', 'out.svg', '--width', '800', '--lane-by', 'country', '--theme', 'dark', '--reference-date', 'abs-cbn-2023-07-14'], io);
    expect(code).toBe(0);
    const svg = out.written['out.svg']!;
    expect(svg).toContain('width="800"');
    expect(svg).toContain('data-theme="dark"');
    expect(svg).toContain('Published 14 July 2023');
    expect(out.stdout).toBe('');
  });

  it('writes to standard output without -o', async () => {
    const { io, out } = fakeIO({ 'a.json': article });
    expect(await renderCommand(['a.json'], io)).toBe(0);
    expect(out.stdout).toMatch(/^<\?xml/);
  });

  it('reports usage errors with exit 2, naming allowed values', async () => {
    const { io, out } = fakeIO({ 'a.json': article });
    expect(await renderCommand(['a.json', '--theme', 'blue'], io)).toBe(2);
    expect(out.stderr).toContain('"auto", "light", "dark"');
    expect(await renderCommand(['a.json', '--width', 'wide'], io)).toBe(2);
    expect(await renderCommand(['a.json', '--lane-by', 'planet'], io)).toBe(2);
    expect(out.stderr).toContain('"lane-by"');
    expect(await renderCommand([], io)).toBe(2);
    expect(await renderCommand(['a.json', '--bogus'], io)).toBe(2);
  });

  it('reports document problems with paths and exit 1', async () => {
    const { io, out } = fakeIO({ 'bad.json': JSON.stringify({ events: [{ id: 'x', title: 'X', kind: 'talks', when: '2023-13-01' }] }) });
    expect(await renderCommand(['bad.json'], io)).toBe(1);
    expect(out.stderr).toContain('bad.json: events[0].when');
    expect(await renderCommand(['missing.json'], io)).toBe(1);
  });

  it('prints help', async () => {
    const { io, out } = fakeIO({});
    expect(await renderCommand(['--help'], io)).toBe(0);
    expect(out.stdout).toContain('--lane-by');
  });
});
