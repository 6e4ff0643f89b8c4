import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertCommand } from '../../../src/cli/convert.js';
import type { CliIO } from '../../../src/cli/io.js';

const sampleText = readFileSync(new URL('../../fixtures/sample.json', import.meta.url), 'utf8');

/** An in-memory CliIO over a few files. */
function fakeIO(files: Record<string, string>): CliIO & { out: string; err: string; files: Record<string, string> } {
  const io = {
    out: '', err: '', files: { ...files },
    stdout(text: string) { io.out += text; },
    stderr(text: string) { io.err += text; },
    readFile(path: string) {
      const text = io.files[path];
      return text === undefined ? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })) : Promise.resolve(text);
    },
    writeFile(path: string, text: string) {
      io.files[path] = text;
      return Promise.resolve();
    },
  };
  return io;
}

describe('diplomatic-timeline convert', () => {
  it('infers formats from file names, writes the output and prints one warning per loss', async () => {
    const io = fakeIO({ 'events.json': sampleText });
    expect(await convertCommand(['events.json', '-o', 'events.ics', '--stamp', '2023-07-14'], io)).toBe(0);
    expect(io.files['events.ics']).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(io.files['events.ics']).toContain('DTSTAMP:20230714T000000Z');
    expect(io.err).toContain('diplomatic-timeline: warning: events.json: blinken-wang-jakarta: participants: ');
    expect(io.err.split('\n').filter((line) => line !== '').every((line) => line.startsWith('diplomatic-timeline: warning: events.json: '))).toBe(true);
  });

  it('converts CSV back to our document format, validated', async () => {
    const io = fakeIO({ 'events.json': sampleText });
    expect(await convertCommand(['events.json', '-o', 'events.csv'], io)).toBe(0);
    const back = fakeIO({ 'events.csv': io.files['events.csv']! });
    expect(await convertCommand(['events.csv', '--to', 'timeline'], back)).toBe(0);
    const document = JSON.parse(back.out) as { events: { id: string }[] };
    expect(document.events.map((e) => e.id).sort()).toEqual((JSON.parse(sampleText) as { events: { id: string }[] }).events.map((e) => e.id).sort());
  });

  it('sniffs unmistakable JSON and asks for --from/--to otherwise', async () => {
    const io = fakeIO({ 'tl.json': JSON.stringify({ events: [{ unique_id: 'a', start_date: { year: 2023 }, text: { headline: 'A' } }] }), 'odd.json': '{"events": []}', 'x.tsv': '' });
    expect(await convertCommand(['tl.json', '--to', 'vis'], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ items: [{ id: 'a', start: '2023-01-01', end: '2024-01-01', type: 'range' }] });
    expect(await convertCommand(['odd.json', '--to', 'csv'], io)).toBe(2);
    expect(io.err).toContain('cannot tell the format of odd.json; say it with --from');
    expect(await convertCommand(['tl.json', '-o', 'out.json'], io)).toBe(2);
    expect(await convertCommand(['x.tsv', '--to', 'csv'], io)).toBe(2);
    expect(await convertCommand(['tl.json', '--from', 'ical', '--to', 'csv'], io)).toBe(2);
    expect(io.err).toContain('--from "ical" is not a format it accepts');
  });

  it('reports bad input as FILE: path: message and exits 1', async () => {
    const io = fakeIO({
      'bad.csv': 'id,title,kind,when\nx,T,meeting,2023\n',
      'invalid.csv': 'id,title,kind,when\nx,T,talks,2023-02-30\n',
      'bad.jsonl': '{"date": "x"}\n',
    });
    expect(await convertCommand(['bad.csv', '--to', 'ical'], io)).toBe(1);
    expect(io.err).toContain('bad.csv: rows[0].kind: "meeting" is not a kind');
    expect(await convertCommand(['invalid.csv', '--to', 'ical'], io)).toBe(1);
    expect(io.err).toMatch(/invalid\.csv: events\[0\]\.when: .*2023-02-30/);
    expect(await convertCommand(['bad.jsonl', '--to', 'csv'], io)).toBe(1);
    expect(io.err).toContain('bad.jsonl: line 1.date: "x" is not a YYYY-MM-DD day');
    expect(await convertCommand(['missing.csv', '--to', 'ical'], io)).toBe(1);
    expect(io.err).toContain('cannot read missing.csv: no such file');
  });

  it('prints help', async () => {
    const io = fakeIO({});
    expect(await convertCommand(['--help'], io)).toBe(0);
    expect(io.out).toContain('Formats read:    timeline, timelinejs, vis, csv, plover, gdelt');
  });
});
