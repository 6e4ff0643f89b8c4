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

function mount(options = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const view = renderTimeline(container, smallDocument(), options);
  views.push(view);
  return { container, view };
}

// Late in the UTC day: local time is already the next day east of UTC (Kiritimati, +14)
// and still the same day west of it; either way the UTC day is what counts.
const lateOnThe10th = new Date(Date.UTC(2023, 6, 10, 23, 30));
const earlyOnThe16th = new Date(Date.UTC(2023, 6, 16, 0, 30));

describe('days given as Date objects, read in UTC', () => {
  it('zoomTo takes Dates as their UTC days, whatever the time zone', () => {
    const { view } = mount();
    const windows: string[] = [];
    view.on('zoom', ({ from, to }) => windows.push(`${from}/${to}`));
    view.zoomTo({ from: lateOnThe10th, to: earlyOnThe16th });
    expect(windows).toEqual(['2023-07-10/2023-07-16']);
    // Mixed with a string, and a Date from Date.parse of a plain ISO day (UTC midnight by the standard).
    view.zoomTo({ from: new Date('2023-07-01'), to: '2023-07-31' });
    expect(windows.at(-1)).toBe('2023-07-01/2023-07-31');
  });

  it('the range option takes Dates as their UTC days', () => {
    const fromDates = mount({ range: { from: lateOnThe10th, to: earlyOnThe16th } });
    const fromText = mount({ range: { from: '2023-07-10', to: '2023-07-16' } });
    const ticks = (container: HTMLElement) => [...container.querySelectorAll('.dt-axis .tick text')].map((node) => node.textContent).join('|');
    expect(ticks(fromDates.container)).toBe(ticks(fromText.container));
    expect(ticks(fromDates.container)).toContain('13 Jul');
  });

  it('referenceDate takes a Date as its UTC day, in the label and the line', () => {
    const { container } = mount({ referenceDate: lateOnThe10th });
    expect(container.querySelector('.dt-reference-label')?.textContent).toBe('10 July 2023');
    const { container: asText } = mount({ referenceDate: '2023-07-10' });
    expect(container.querySelector('.dt-reference-line')?.getAttribute('x1')).toBe(asText.querySelector('.dt-reference-line')?.getAttribute('x1'));
  });

  it('a Date of another realm counts as a Date', () => {
    const { view } = mount();
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const FrameDate = (frame.contentWindow as unknown as { Date: DateConstructor }).Date;
    expect(new FrameDate(0) instanceof Date).toBe(false);
    const windows: string[] = [];
    view.on('zoom', ({ from, to }) => windows.push(`${from}/${to}`));
    view.zoomTo({ from: new FrameDate(Date.UTC(2023, 6, 10)), to: new FrameDate(Date.UTC(2023, 6, 16)) });
    expect(windows).toEqual(['2023-07-10/2023-07-16']);
  });

  it('refuses an invalid Date with a RangeError naming the option', () => {
    const invalid = new Date('not a day');
    const { view } = mount();
    expect(() => { view.zoomTo({ from: invalid, to: '2023-07-16' }); }).toThrow(RangeError);
    expect(() => { view.zoomTo({ from: invalid, to: '2023-07-16' }); }).toThrow(/"range\.from" must be a valid Date/);
    expect(() => { view.zoomTo({ from: '2023-07-10', to: invalid }); }).toThrow(/"range\.to" must be a valid Date/);
    expect(() => mount({ range: { from: invalid, to: earlyOnThe16th } })).toThrow(/"range\.from" must be a valid Date/);
    expect(() => mount({ referenceDate: invalid })).toThrow(/"referenceDate" must be a valid Date/);
    expect(() => { view.update({ options: { referenceDate: invalid } }); }).toThrow(/"referenceDate" must be a valid Date/);
  });
});
