import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderToSVG } from '../../../src/render/renderToSVG.js';

const article = JSON.parse(readFileSync('examples/data/us-china-diplomacy-2023-07.json', 'utf8'));

describe('renderToSVG', () => {
  it('renders the article in Node as one self-contained SVG', () => {
    const svg = renderToSVG(article, { width: 1200, laneBy: 'country', theme: 'light', referenceDate: article.sources[0].id });
    mkdirSync('tests/__output__/svg', { recursive: true });
    writeFileSync('tests/__output__/svg/article-light.svg', svg);
    writeFileSync('tests/__output__/svg/article-dark-narrow.svg', renderToSVG(article, { width: 375, theme: 'dark', referenceDate: article.sources[0].id }));
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('<style>');
    expect(svg).toContain('Published 14 July 2023');
    for (const event of article.events) expect(svg).toContain(`data-event-id="${event.id}"`);
  });
});
