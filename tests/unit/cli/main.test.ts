import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { exitCodes, run } from '../../../src/cli/main.js';
import type { CliIO } from '../../../src/cli/io.js';
import { packageVersion } from '../../../src/cli/version.js';
import { parseTimeline } from '../../../src/model/parse.js';

const samplePath = 'tests/fixtures/sample.json';

/**
 * Runs the CLI in-process. Files in `files` exist only in memory; any other
 * path is read from disk, so missing files and directories fail for real.
 */
async function cli(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const written: Record<string, string> = {};
  const io: CliIO = {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    readFile: (path) => (path in files ? Promise.resolve(files[path]!) : readFile(path, 'utf8')),
    writeFile: (path, text) => { written[path] = text; return Promise.resolve(); },
  };
  const code = await run(args, io);
  return { code, stdout, stderr, written };
}

const broken = JSON.stringify({ events: [{ id: 'a', title: 'A', kind: 'talks', when: '2023-02-30' }, { id: 'b', title: 'B', kind: 'tlks', when: '2023' }] });

describe('help and version', () => {
  test.each([['--help'], ['-h'], ['help']])('%s prints usage to stdout', async (flag) => {
    const result = await cli([flag]);
    expect(result.code).toBe(exitCodes.ok);
    expect(result.stdout).toMatch(/^Usage: diplomatic-timeline <command>/);
    expect(result.stdout).toContain('validate FILE…');
    expect(result.stderr).toBe('');
  });

  test('no command prints usage to stderr with a usage exit code', async () => {
    const result = await cli([]);
    expect(result.code).toBe(exitCodes.usage);
    expect(result.stderr).toMatch(/^Usage:/);
  });

  test('--version prints the package version, which matches package.json', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(packageVersion).toBe(pkg.version);
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  test('an unknown command or option is one line and a hint, no stack trace', async () => {
    const result = await cli(['frobnicate']);
    expect(result.code).toBe(exitCodes.usage);
    expect(result.stderr).toBe('diplomatic-timeline: unknown command "frobnicate"; expected validate, normalize, render or convert\nRun "diplomatic-timeline --help" for usage.\n');
    expect((await cli(['--frob'])).stderr).toMatch(/^diplomatic-timeline: unknown option "--frob"\n/);
  });

  test('commands have their own help', async () => {
    expect(await cli(['validate', '--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: diplomatic-timeline validate FILE…/) });
    expect(await cli(['normalize', '-h'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: diplomatic-timeline normalize \[--document\] FILE/) });
  });
});

describe('validate', () => {
  test('a valid file exits 0', async () => {
    expect(await cli(['validate', samplePath])).toEqual({ code: 0, stdout: `${samplePath}: valid\n`, stderr: '', written: {} });
  });

  test('prints every problem of every file as FILE: path: message and exits 1', async () => {
    const result = await cli(['validate', samplePath, 'broken.json', 'also.json'], { 'broken.json': broken, 'also.json': '{"events": 3}' });
    expect(result.code).toBe(exitCodes.problems);
    expect(result.stdout).toBe([
      `${samplePath}: valid`,
      'broken.json: events[0].when: "2023-02-30" is not a calendar date',
      'broken.json: events[1].kind: "tlks" is not a known event kind (did you mean "talks"?); expected talks, visit, summit, call, statement, agreement, sanction, expulsion, military, cyber, policy or other',
      'also.json: events: expected an array, got 3',
      '',
    ].join('\n'));
  });

  test('a file that cannot be read is one line on stderr; the other files are still checked', async () => {
    const result = await cli(['validate', 'tests/fixtures/no-such-file.json', 'tests/fixtures', samplePath]);
    expect(result.code).toBe(exitCodes.problems);
    expect(result.stderr).toBe([
      'diplomatic-timeline: cannot read tests/fixtures/no-such-file.json: no such file',
      'diplomatic-timeline: cannot read tests/fixtures: it is a directory',
      '',
    ].join('\n'));
    expect(result.stdout).toBe(`${samplePath}: valid\n`);
  });

  test('bad JSON says where, by line and column', async () => {
    const result = await cli(['validate', 'bad.json'], { 'bad.json': '{\n  "events": [\n    { "id": "a", }\n  ]\n}\n' });
    expect(result.code).toBe(exitCodes.problems);
    expect(result.stderr).toMatch(/^diplomatic-timeline: bad\.json is not valid JSON: .+ at line 3, column 18\n$/);
    expect(result.stderr).not.toMatch(/position|\n\s+at /);
  });

  test('a byte order mark is not an error', async () => {
    expect((await cli(['validate', 'bom.json'], { 'bom.json': '\uFEFF{"events": []}' })).code).toBe(0);
  });

  test('needs a file, and rejects unknown options', async () => {
    expect(await cli(['validate'])).toMatchObject({ code: exitCodes.usage, stderr: expect.stringMatching(/^diplomatic-timeline: validate needs at least one FILE\n/) });
    const unknown = await cli(['validate', '--strict', samplePath]);
    expect(unknown.code).toBe(exitCodes.usage);
    expect(unknown.stderr.split('\n')[0]).toMatch(/^diplomatic-timeline: .*'--strict'/);
  });
});

describe('normalize', () => {
  test('prints the resolved document as JSON', async () => {
    const result = await cli(['normalize', samplePath]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const expected = parseTimeline(JSON.parse(readFileSync(samplePath, 'utf8'))).toJSON();
    expect(JSON.parse(result.stdout)).toEqual(expected);
    expect(result.stdout.endsWith('}\n')).toBe(true);
    expect(result.stdout).not.toMatch(/Day"\s*:\s*-?\d/);
  });

  test('an invalid document prints its problems on stderr and nothing on stdout', async () => {
    const result = await cli(['normalize', 'broken.json'], { 'broken.json': broken });
    expect(result).toMatchObject({ code: exitCodes.problems, stdout: '' });
    expect(result.stderr.split('\n')).toEqual([
      'broken.json: events[0].when: "2023-02-30" is not a calendar date',
      expect.stringMatching(/^broken\.json: events\[1\]\.kind: "tlks" is not a known event kind/),
      '',
    ]);
  });

  test.each([samplePath, 'examples/data/us-china-diplomacy-2023-07.json', 'examples/data/decade-negotiation.json'])(
    '--document prints a document that parses to the same events (%s)', async (path) => {
      const result = await cli(['normalize', '--document', path]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const reread = parseTimeline(JSON.parse(result.stdout));
      const original = parseTimeline(JSON.parse(readFileSync(path, 'utf8')));
      const summary = (timeline: typeof original) => timeline.events.map(({ id, title, when }) => ({
        id, title, earliest: when.earliest, latest: when.latest, precision: when.precision, text: when.text,
      }));
      expect(summary(reread)).toEqual(summary(original));
      expect(reread.toJSON()).toEqual(original.toJSON());
      // And it is a file the other commands read.
      expect(await cli(['validate', 'out.json'], { 'out.json': result.stdout })).toMatchObject({ code: 0, stdout: 'out.json: valid\n' });
    });

  test('--document keeps relative phrases with their anchors', async () => {
    const result = await cli(['normalize', '--document', samplePath]);
    const talks = (JSON.parse(result.stdout) as { events: { id: string; when: unknown }[] }).events.find((event) => event.id === 'blinken-wang-jakarta');
    expect(talks?.when).toEqual({ relative: 'on Thursday', anchor: 'report' });
  });

  test('takes exactly one file', async () => {
    expect((await cli(['normalize'])).code).toBe(exitCodes.usage);
    expect(await cli(['normalize', samplePath, samplePath])).toMatchObject({ code: exitCodes.usage, stderr: expect.stringContaining('exactly one FILE') });
    expect(await cli(['normalize', 'missing.json'])).toMatchObject({ code: exitCodes.problems, stderr: 'diplomatic-timeline: cannot read missing.json: no such file\n' });
  });
});

test('render and convert are dispatched to their modules', async () => {
  for (const command of ['render', 'convert']) {
    const result = await cli([command]);
    expect(result.code).not.toBe(exitCodes.ok);
    expect(result.stderr).not.toContain('internal error');
    expect(result.stderr).not.toContain('unknown command');
  }
});
