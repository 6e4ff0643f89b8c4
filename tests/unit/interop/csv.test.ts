import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { eventToJSON } from '../../../src/model/normalized.js';
import { eventKinds } from '../../../src/model/types.js';
import { parseTimeline } from '../../../src/model/parse.js';
import { csvColumns, escapeFormula, fromCsv, toCsv, unescapeFormula } from '../../../src/interop/csv.js';
import { FormatError } from '../../../src/interop/format-error.js';
import { richDocument } from './support/documents.js';

const article = parseTimeline(JSON.parse(readFileSync(new URL('../../../examples/data/us-china-diplomacy-2023-07.json', import.meta.url), 'utf8')));
const sample = parseTimeline(JSON.parse(readFileSync(new URL('../../fixtures/sample.json', import.meta.url), 'utf8')));

function formatErrorOf(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('expected a FormatError');
}

describe('toCsv / fromCsv', () => {
  it('writes a header and one CRLF-terminated row per event', () => {
    const { output } = toCsv(sample);
    const lines = output.split('\r\n');
    expect(lines[0]).toBe(csvColumns.join(','));
    expect(lines.at(-1)).toBe('');
    const parsed = Papa.parse<string[]>(output, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(sample.events.length + 1);
  });

  it('keeps every event field over a round trip of the article', () => {
    const { document, warnings } = fromCsv(toCsv(article).output);
    const back = parseTimeline(document);
    expect(back.events.map(eventToJSON)).toEqual(article.events.map(eventToJSON));
    expect(warnings.some((w) => w.field.startsWith('actors.'))).toBe(true);
  });

  it('round-trips generated documents field for field, and papaparse reads the same cells', () => {
    fc.assert(fc.property(richDocument, (input) => {
      const timeline = parseTimeline(input);
      const { output } = toCsv(timeline);
      const back = parseTimeline(fromCsv(output).document);
      expect(back.events.map(eventToJSON)).toEqual(timeline.events.map(eventToJSON));
      const second = Papa.parse<string[]>(output, { skipEmptyLines: 'greedy' });
      expect(second.errors).toEqual([]);
      expect(second.data.slice(1).map((row) => row[0])).toEqual(timeline.events.map((e) => escapeFormula(e.id)));
      expect(second.data.slice(1).map((row) => row[1])).toEqual(timeline.events.map((e) => escapeFormula(e.title)));
    }), { numRuns: 40 });
  });

  it('escapes formula starts on export and removes exactly that prefix on import', () => {
    for (const text of ['=1+1', '+A1', '-2', '@SUM(A1)', '\tx', '\rx', "'=x", "''@x"]) {
      expect(escapeFormula(text)).toBe(`'${text}`);
      expect(unescapeFormula(escapeFormula(text))).toBe(text);
    }
    for (const text of ["'plain", 'plain', "'", '', 'a=b']) {
      expect(escapeFormula(text)).toBe(text);
      expect(unescapeFormula(text)).toBe(text);
    }
    fc.assert(fc.property(fc.string(), (text) => unescapeFormula(escapeFormula(text)) === text));
  });

  it('puts no formula in any cell a spreadsheet would run', () => {
    const timeline = parseTimeline({
      events: [{ id: '=HYPERLINK("http://x")', title: '+cmd|calc', summary: '@SUM(1)', kind: 'talks', when: '2023-07-13', place: { name: '-x', coordinates: { lat: -6.2, lon: -106.85 } } }],
    });
    const { output } = toCsv(timeline);
    const row = Papa.parse<string[]>(output, { skipEmptyLines: true }).data[1]!;
    const cells = Object.fromEntries(csvColumns.map((c, i) => [c, row[i]!]));
    expect(cells.id).toBe('\'=HYPERLINK("http://x")');
    expect(cells.title).toBe("'+cmd|calc");
    expect(cells.summary).toBe("'@SUM(1)");
    expect(cells.place).toBe("'-x");
    expect(cells.lat).toBe('-6.2');
    const back = parseTimeline(fromCsv(output).document).events[0]!;
    expect([back.id, back.title, back.summary, back.place?.name]).toEqual(['=HYPERLINK("http://x")', '+cmd|calc', '@SUM(1)', '-x']);
  });

  it('reads a hand-written file: BOM, any column order, earliest/latest without when, relative dates with anchors', () => {
    const text = '\ufeffTitle,id,kind,earliest,latest,when,anchor,anchor_day,participants,evidence\n' +
      'Talks,a,talks,2023-06-01,2023-06-30,,,,us:host;cn,\n' +
      '"Visit, with ""quotes""",b,visit,,,on Thursday,paper,2023-07-14,,paper|said \\; so\n';
    const { document, warnings } = fromCsv(text);
    const timeline = parseTimeline(document);
    expect(timeline.event('a')!.when.edtf).toBe('2023-06');
    expect(timeline.event('a')!.participants).toEqual([{ actor: 'us', role: 'host' }, { actor: 'cn' }]);
    expect(timeline.event('b')!.title).toBe('Visit, with "quotes"');
    expect(timeline.event('b')!.when.earliest).toBe('2023-07-13');
    expect(timeline.event('b')!.evidence).toEqual([{ source: 'paper', quote: 'said ; so' }]);
    expect(timeline.source('paper')!.published).toBe('2023-07-14');
    expect(warnings.map((w) => w.field).sort()).toEqual(['actors.cn', 'actors.us', 'sources.paper']);
  });

  it('rejects malformed files with paths and line numbers', () => {
    expect(formatErrorOf(() => fromCsv('')).issues[0]!.path).toBe('header');
    expect(formatErrorOf(() => fromCsv('a,b,c\n1,2,3\n')).issues.map((i) => i.path)).toContain('header[0]');
    expect(formatErrorOf(() => fromCsv('id,title,kind,when\nx,"unclosed,talks,2023\n')).issues).toEqual([
      { path: 'line 2', message: 'a quoted cell opened on this line is never closed' },
    ]);
    expect(formatErrorOf(() => fromCsv('id,title,kind,when\nx,"a"b,talks,2023\n')).issues[0]!.message).toMatch(/after a closing quote/);
    const rows = formatErrorOf(() => fromCsv('id,title,kind,when\r\nx,T,meeting,2023\r\ny,T\r\n"z\nz",T,talks,,\r\n'));
    expect(rows.issues).toEqual([
      { path: 'rows[0].kind', message: `"meeting" is not a kind; allowed: ${eventKinds.join(', ')} (line 2)` },
      { path: 'rows[1]', message: 'expected 4 cells like the header, found 2 (line 3)' },
      { path: 'rows[2]', message: 'expected 4 cells like the header, found 5 (line 4)' },
    ]);
    expect(formatErrorOf(() => fromCsv('id,title,kind,when,lat,lon,place\nx,T,talks,2023,abc,1,P\n')).issues[0]).toEqual({ path: 'rows[0].lat', message: '"abc" is not a latitude in decimal degrees (line 2)' });
    expect(formatErrorOf(() => fromCsv({})).issues[0]!.message).toBe('expected CSV text');
  });
});
