// The filter option: hides events from the picture while the timeline stays
// whole. Marks, connectors, legend, the accessible list and the counts read
// the events shown; the static SVG shares the option.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/model/types.js';
import { renderToSVG } from '../../src/render/renderToSVG.js';
import { renderTimeline } from '../../src/render/timeline.js';
import { smallDocument, useSmallViews } from './fixtures.js';

const mount = useSmallViews();

const drawn = (container: HTMLElement) => [...new Set([...container.querySelectorAll('g.dt-item')].map((node) => node.getAttribute('data-event-id')))].sort();
const listed = (container: HTMLElement) => [...container.querySelectorAll('table.dt-table tbody tr')].map((row) => row.getAttribute('data-event-id')).sort();
const connectors = (container: HTMLElement) => [...container.querySelectorAll('.dt-connector[data-event-id]')].map((node) => node.getAttribute('data-event-id')).sort();
const legend = (container: HTMLElement) => container.querySelector('svg.dt-legend-svg')!.getAttribute('aria-label')!;
const plotLabel = (container: HTMLElement) => container.querySelector('svg.dt-plot')!.getAttribute('aria-label')!;

/** Only the events with one participant: no connectors, and none of the struck-through ones. */
const oneParty = (event: TimelineEvent) => event.participants.length === 1;

describe('the filter option', () => {
  it('hides events from marks, connectors, legend, list and counts, and keeps the timeline whole', () => {
    const { container: all } = mount();
    expect(connectors(all)).toEqual(['austin-li', 'beijing', 'jakarta']);
    expect(legend(all)).toContain('Same event in several lanes');
    expect(legend(all)).toContain('Did not occur');
    expect(plotLabel(all)).toMatch(/: 6 events in 2 lanes$/);

    const { container, view } = mount({ filter: oneParty });
    expect(drawn(container)).toEqual(['kerry', 'outreach', 'sanctions']);
    expect(listed(container)).toEqual(['kerry', 'outreach', 'sanctions']);
    expect(connectors(container)).toEqual([]);
    expect(legend(container)).not.toContain('Same event in several lanes');
    expect(legend(container)).not.toContain('Did not occur');
    expect(plotLabel(container)).toMatch(/: 3 events in 1 lanes?$/);
    // The timeline is whole and valid: every event, references resolved.
    expect(view.timeline.events).toHaveLength(6);
    expect(view.timeline.event('jakarta')?.participants.map((p) => p.actor)).toEqual(['blinken', 'wang-yi']);
  });

  it('drops the connector of a hidden event and keeps the others', () => {
    const { container } = mount({ filter: (event: TimelineEvent) => event.id !== 'jakarta' });
    expect(connectors(container)).toEqual(['austin-li', 'beijing']);
  });

  it('follows update(): a new filter, and filter: undefined shows every event again', () => {
    const { container, view } = mount();
    view.update({ options: { filter: oneParty } });
    expect(drawn(container)).toEqual(['kerry', 'outreach', 'sanctions']);
    view.update({ options: { filter: undefined } });
    expect(drawn(container)).toEqual(['austin-li', 'beijing', 'jakarta', 'kerry', 'outreach', 'sanctions']);
    expect(listed(container)).toHaveLength(6);
  });

  it('closes the details of an event it hides, and refuses to select a hidden event by name', () => {
    const { container, view } = mount();
    const selections: (string | undefined)[] = [];
    view.on('select', ({ event }) => selections.push(event?.id));
    view.select('jakarta');
    view.update({ options: { filter: oneParty } });
    expect(selections).toEqual(['jakarta', undefined]);
    expect(container.querySelector<HTMLElement>('.dt-details')!.hidden).toBe(true);
    expect(() => { view.select('jakarta'); }).toThrow(/filter option hides the event with id "jakarta"/);
    expect(() => { view.select('nowhere'); }).toThrow(/has no event with id "nowhere"/);
  });

  it('a throwing filter throws, and leaves the old picture', () => {
    const { container, view } = mount();
    view.select('kerry');
    const root = container.querySelector('.dt-root')!;
    const before = root.outerHTML;
    const failing = () => { throw new Error('filter failed'); };
    expect(() => { view.update({ options: { filter: failing } }); }).toThrow('filter failed');
    expect(root.outerHTML).toBe(before);
    const fresh = document.createElement('div');
    expect(() => renderTimeline(fresh, smallDocument(), { filter: failing })).toThrow('filter failed');
    expect(fresh.childNodes).toHaveLength(0);
    expect(() => renderTimeline(fresh, smallDocument(), { filter: 'kind=talks' as unknown as () => boolean })).toThrow(/Option "filter" must be a function/);
  });

  it('applies to renderToSVG', () => {
    const svg = renderToSVG(smallDocument(), { filter: oneParty, theme: 'light' });
    expect(svg).toContain('<desc id="dt-desc">3 events in 1 lane.</desc>');
    for (const id of ['jakarta', 'beijing', 'austin-li']) expect(svg).not.toContain(`data-event-id="${id}"`);
    for (const id of ['kerry', 'outreach', 'sanctions']) expect(svg).toContain(`data-event-id="${id}"`);
    expect(svg).not.toContain('dt-connector"');
    expect(() => renderToSVG(smallDocument(), { filter: () => { throw new Error('filter failed'); } })).toThrow('filter failed');
  });
});
