// Hostile text through the static outputs: renderToSVG (in Node, no DOM) and
// the CLI's render command. The SVG must be well-formed XML in which no
// payload became an element, attribute or URL; every payload must read back
// verbatim from the parsed SVG; control characters that XML forbids must not
// break it. jsdom is used here only to parse the output.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderCommand } from '../../../src/cli/render.js';
import type { CliIO } from '../../../src/cli/io.js';
import { parseTimeline } from '../../../src/model/parse.js';
import { renderToSVG } from '../../../src/render/renderToSVG.js';
import { findInjectedMarkup, hostileDocument, hostileTexts } from '../../support/payloads.js';

const hostile = hostileDocument();
const { window } = new JSDOM('');

function parseSvg(text: string): Document {
  const parsed = new window.DOMParser().parseFromString(text, 'image/svg+xml');
  const error = parsed.getElementsByTagName('parsererror')[0];
  expect(error?.textContent, 'the SVG is not well-formed XML').toBeUndefined();
  return parsed;
}

/** All text and attribute values of a parsed document, to look for verbatim payloads. */
function everythingShown(document: Document): string {
  const parts: string[] = [document.documentElement.textContent];
  for (const element of document.querySelectorAll('*')) for (const attribute of element.attributes) parts.push(attribute.value);
  return parts.join('\n');
}

function expectClean(svgText: string): Document {
  expect(svgText).not.toMatch(/<script|<img|<iframe|<foreignObject|<animate/i);
  const document = parseSvg(svgText);
  expect(findInjectedMarkup(document.documentElement)).toEqual([]);
  // The raw form of a payload with markup never appears in the source.
  for (const text of hostileTexts) if (/[<>]/.test(text)) expect(svgText.includes(text), text).toBe(false);
  return document;
}

describe('renderToSVG with hostile text', () => {
  for (const laneBy of ['actor', 'country', 'kind'] as const) {
    it(`escapes every field (lanes by ${laneBy}) and shows each title verbatim`, () => {
      const svg = renderToSVG(hostile.document, { laneBy, referenceDate: 'src-main', title: hostileTexts[3]!, width: 1400 });
      const document = expectClean(svg);
      const shown = everythingShown(document);
      for (const title of hostileTexts) expect(shown, title).toContain(title);
      expect(shown).toContain(hostileTexts[3]!);
    });
  }

  it('shows lane names (actor names) verbatim, wrapped, or cut with the full name in a <title>', () => {
    const document = expectClean(renderToSVG(hostile.document, { laneBy: 'actor', width: 1400 }));
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const names = [...document.querySelectorAll('text.dt-lane-label')].map((node) => {
      const spans = [...node.querySelectorAll('tspan')];
      const shown = spans.length > 0 ? spans.map((span) => span.textContent).join(' ') : [...node.childNodes].filter((child) => child.nodeType === 3).map((child) => child.textContent).join('');
      return { shown, full: node.querySelector('title')?.textContent };
    });
    for (const placed of hostile.placed.filter((p) => p.field === 'actor name' && p.text.startsWith('state '))) {
      const seen = names.some(({ shown, full }) => shown === placed.text || squeeze(shown) === squeeze(placed.text) || full === placed.text);
      expect(seen, placed.text).toBe(true);
    }
  });

  it('stays well-formed with control characters, lone surrogates and XML-special text', () => {
    const odd = ['nul\u0000here', 'esc\u001b[31mred', 'bell\u0007', 'vt\u000bff\u000c', 'lone \ud800 surrogate', 'end \udfff',
      '\ufffe\uffff', ']]>', '<?xml version="1.0"?>', '<!DOCTYPE x [<!ENTITY a "b">]>&a;', '&amp;&lt;', 'tab\tnew\nline\r'];
    const events = odd.map((title, i) => ({ id: `o${i}`, title, kind: 'talks', when: `2023-07-${String(i + 1).padStart(2, '0')}` }));
    const svg = renderToSVG({ title: odd.join(' '), events }, { width: 900 });
    expectClean(svg);
    // Lone surrogates cannot be encoded as UTF-8; writing them would corrupt the file.
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(svg), 'lone surrogate in output').toBe(false);
  });

  it('never writes a hostile option value as markup', () => {
    const timeline = parseTimeline(hostile.document);
    for (const value of hostileTexts.slice(0, 12)) {
      expectClean(renderToSVG(timeline, { title: value, referenceLabel: value, referenceDate: '2023-07-14', width: 800 }));
      for (const option of ['laneBy', 'theme', 'locale', 'referenceDate'] as const) {
        let output: string | undefined;
        try {
          output = renderToSVG(timeline, { [option]: value, width: 800 });
        } catch (error) {
          // Refusing is fine; the refusal is a RangeError naming the option.
          expect(error).toBeInstanceOf(RangeError);
          expect((error as Error).message).toContain(option);
        }
        if (output !== undefined) expectClean(output);
      }
    }
  });
});

describe('the CLI render command with hostile text', () => {
  function fakeIO(files: Record<string, string>): CliIO & { written: Record<string, string>; out: string[]; err: string[] } {
    const written: Record<string, string> = {};
    const out: string[] = [];
    const err: string[] = [];
    return {
      written, out, err,
      stdout: (text) => { out.push(text); },
      stderr: (text) => { err.push(text); },
      readFile: (path) => (path in files ? Promise.resolve(files[path]!) : Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }))),
      writeFile: (path, text) => { written[path] = text; return Promise.resolve(); },
    };
  }

  it('writes a clean SVG that shows every title verbatim', async () => {
    const io = fakeIO({ 'hostile.json': JSON.stringify(hostile.document) });
    const code = await renderCommand(['hostile.json', '-o', 'out.svg', '--lane-by', 'actor', '--width', '1200'], io);
    expect(io.err.join('')).toBe('');
    expect(code).toBe(0);
    const svg = io.written['out.svg'] ?? io.out.join('');
    const shown = everythingShown(expectClean(svg));
    for (const title of hostileTexts) expect(shown, title).toContain(title);
  });

  it('reports hostile invalid data on stderr as one plain line per problem, without a stack trace', async () => {
    const broken = { events: hostileTexts.slice(0, 5).map((text, i) => ({ id: `e${i}`, title: text, kind: text, when: text })) };
    const io = fakeIO({ 'broken.json': JSON.stringify(broken) });
    const code = await renderCommand(['broken.json', '-o', 'out.svg'], io);
    expect(code).not.toBe(0);
    expect(io.written['out.svg']).toBeUndefined();
    expect(io.err.join('')).not.toMatch(/\n\s+at /);
  });
});
