// What renderTimeline and its view accept at the boundary: the container,
// and days given as Date objects (read as their UTC calendar day, whatever
// the machine's time zone; the suite runs under four zones).
import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineView } from '../../src/render/timeline.js';
import { renderTimeline } from '../../src/render/timeline.js';
import { smallDocument } from './fixtures.js';

let views: TimelineView[] = [];
afterEach(() => {
  for (const view of views) view.destroy();
  views = [];
  document.body.replaceChildren();
});

describe('the container', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', '#timeline'],
    ['a plain object', { ownerDocument: document }],
    ['a text node', document.createTextNode('x')],
    ['a document', document],
  ])('refuses %s with a TypeError saying an element is needed', (_, container) => {
    expect(() => renderTimeline(container as unknown as HTMLElement, smallDocument())).toThrow(TypeError);
    expect(() => renderTimeline(container as unknown as HTMLElement, smallDocument())).toThrow(/container must be a DOM element/);
  });

  it('checks the container before the document', () => {
    expect(() => renderTimeline(undefined as unknown as HTMLElement, { events: 'not a list' })).toThrow(TypeError);
  });
});
