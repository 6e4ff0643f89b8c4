import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

// The bin runs the built CLI (dist/cli.js). `npm test` builds first; a bare
// `vitest run` before any build skips this file, and says why.
const built = existsSync('dist/cli.js');
if (!built) console.warn('tests/unit/cli/bin.test.ts skipped: dist/cli.js does not exist; run `npm run build` first');

const execute = promisify(execFile);

async function bin(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execute(process.execPath, ['bin/diplomatic-timeline.js', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe.skipIf(!built)('bin/diplomatic-timeline.js', () => {
  test('validates a file and sets the exit code', async () => {
    expect(await bin(['validate', 'tests/fixtures/sample.json'])).toEqual({ code: 0, stdout: 'tests/fixtures/sample.json: valid\n', stderr: '' });
    const missing = await bin(['validate', 'tests/fixtures/missing.json']);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'diplomatic-timeline: cannot read tests/fixtures/missing.json: no such file\n' });
  });

  test('normalizes a file to JSON on stdout', async () => {
    const result = await bin(['normalize', 'tests/fixtures/sample.json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { events: { id: string; when: { earliest: string } }[] };
    expect(json.events.map((event) => event.when.earliest)[0]).toBe('2023-06-01');
  });

  test('an unknown command exits 2 without a stack trace', async () => {
    const result = await bin(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
