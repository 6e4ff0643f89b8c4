// The hostile-text suites pass only if the scanner that looks for injected
// markup would have seen it. Here every payload is deliberately parsed as
// HTML (the mistake the library must never make), and the scanner must
// report each one that produced an element or broke out of an attribute.
import { describe, expect, it } from 'vitest';
import { findInjectedMarkup, hostileTexts, hostileUrls, isSafeUrl, linkableUrls } from '../support/payloads.js';

// An inert document (no browsing context), so that nothing parsed here loads or runs.
const inert = document.implementation.createHTMLDocument('inert');

function parsedAsHtml(markup: string): HTMLDivElement {
  const box = inert.createElement('div');
  box.innerHTML = markup;
  return box;
}

describe('the injected-markup scanner', () => {
  it('reports every payload that becomes an element when parsed as HTML', () => {
    let reported = 0;
    for (const payload of hostileTexts) {
      const box = parsedAsHtml(payload);
      if (box.querySelector('*') === null) continue;
      expect(findInjectedMarkup(box), payload).not.toEqual([]);
      reported += 1;
    }
    // Most payloads are markup; a few are text-only tricks (entities, template syntax).
    expect(reported).toBeGreaterThan(hostileTexts.length / 2);
  });

  it('reports every payload that breaks out of an attribute value built by string concatenation', () => {
    for (const payload of hostileTexts.filter((p) => p.startsWith('"') || p.includes('"><'))) {
      expect(findInjectedMarkup(parsedAsHtml(`<span title="${payload}">x</span>`)), payload).not.toEqual([]);
    }
  });

  it('reports a link to any URL that is not http(s), and a link without rel="noopener noreferrer"', () => {
    for (const url of hostileUrls) {
      const box = document.createElement('div');
      const link = document.createElement('a');
      link.setAttribute('href', url);
      link.rel = 'noopener noreferrer';
      box.append(link);
      expect(findInjectedMarkup(box), url).not.toEqual([]);
    }
    for (const url of linkableUrls) {
      expect(isSafeUrl(url)).toBe(true);
      const box = document.createElement('div');
      const link = document.createElement('a');
      link.setAttribute('href', url);
      box.append(link);
      expect(findInjectedMarkup(box)).toEqual([expect.objectContaining({ problem: expect.stringContaining('noopener') })]);
      link.rel = 'noopener noreferrer';
      expect(findInjectedMarkup(box)).toEqual([]);
    }
  });

  it('accepts text nodes and attribute values that merely contain payload text', () => {
    const box = document.createElement('div');
    for (const payload of hostileTexts) {
      const span = document.createElement('span');
      span.textContent = payload;
      span.setAttribute('aria-label', payload);
      span.setAttribute('title', payload);
      box.append(span);
    }
    expect(findInjectedMarkup(box)).toEqual([]);
  });
});
