import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parse.js';
import { renderToSVG } from '../../src/render/renderToSVG.js';
import { hostileDocument, hostileTitle, smallDocument } from './fixtures.js';

function parseSvg(text: string): Document {
  return new DOMParser().parseFromString(text, 'image/svg+xml');
}

describe('renderToSVG', () => {
  it('matches the stored snapshot (light, wide, by actor)', async () => {
    const svg = renderToSVG(parseTimeline(smallDocument()), { width: 900, theme: 'light', referenceDate: 'article' });
    await expect(svg).toMatchFileSnapshot('../snapshots/small-light-900.svg');
  });

  it('matches the stored snapshot (dark, phone width, by kind)', async () => {
    const svg = renderToSVG(smallDocument(), { width: 360, theme: 'dark', laneBy: 'kind', orientation: 'horizontal' });
    await expect(svg).toMatchFileSnapshot('../snapshots/small-dark-360-kind.svg');
  });

  it('parses as XML with no parsererror, with the styles embedded', () => {
    const doc = parseSvg(renderToSVG(smallDocument(), { referenceDate: 'article' }));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('svg');
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelector('style')?.textContent).toContain('--dt-mark');
    expect(doc.querySelectorAll('[data-event-id="jakarta"].dt-item')).toHaveLength(2);
    expect(doc.querySelector('.dt-connector[data-event-id="jakarta"]')).not.toBeNull();
    expect(doc.querySelector('.dt-reference-label')?.textContent).toBe('Published 14 July 2023');
  });

  it('keeps hostile text as text', () => {
    const text = renderToSVG(hostileDocument(), { referenceDate: 's' });
    const doc = parseSvg(text);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    expect(doc.querySelector('svg > title')?.textContent).toBe(hostileTitle);
    expect(doc.querySelector('.dt-item title')?.textContent).toContain(hostileTitle);
  });

  it('encodes status by shape: hollow, struck, open-ended', () => {
    const doc = parseSvg(renderToSVG(smallDocument()));
    const item = (id: string) => doc.querySelector(`.dt-item[data-event-id="${id}"]`)!;
    expect(item('kerry').getAttribute('class')).toContain('dt-hollow');
    expect(item('austin-li').querySelector('.dt-strike')).not.toBeNull();
    expect(item('sanctions').querySelector('.dt-open-end-head')).not.toBeNull();
    expect(item('beijing').querySelector('.dt-band')).not.toBeNull();
    expect(item('outreach').querySelector('.dt-band')?.getAttribute('mask')).toMatch(/fade-start/);
    const legend = [...doc.querySelectorAll('.dt-legend-text')].map((node) => node.textContent);
    expect(legend).toEqual(['One day', 'Week, month, season or year: the whole span', 'Approximate or uncertain', 'Occurred', 'Ongoing', 'Expected', 'Did not occur', 'Same event in several lanes']);
  });

  it('refuses unknown option values, naming the allowed ones', () => {
    expect(() => renderToSVG(smallDocument(), { theme: 'blue' as 'dark' })).toThrow(/"theme".*"auto", "light", "dark"/);
    expect(() => renderToSVG(smallDocument(), { laneBy: 'planet' as 'kind' })).toThrow(/"laneBy".*"actor", "country", "kind", "none"/);
    expect(() => renderToSVG(smallDocument(), { referenceDate: 'nope' })).toThrow(/"referenceDate".*"article"/);
    expect(() => renderToSVG(smallDocument(), { widht: 3 } as never)).toThrow(/Unknown option "widht"/);
  });
});
