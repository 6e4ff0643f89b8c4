// Small documents for the jsdom tests: every precision and status the
// renderer encodes, a bilateral event, and hostile text.
import { afterEach } from 'vitest';
import type { RenderOptions, TimelineView } from '../../src/render/timeline.js';
import { renderTimeline } from '../../src/render/timeline.js';

export const source = { id: 'article', title: 'Article', publisher: 'News', url: 'https://example.org/a', published: '2023-07-14' };

export const actors = [
  { id: 'us', name: 'United States', kind: 'state', country: 'US' },
  { id: 'cn', name: 'China', kind: 'state', country: 'CN' },
  { id: 'blinken', name: 'Antony Blinken', kind: 'person', affiliation: 'us', role: 'Secretary of State' },
  { id: 'wang-yi', name: 'Wang Yi', kind: 'person', affiliation: 'cn' },
];

export function smallDocument(): Record<string, unknown> {
  return {
    title: 'US–China, July 2023',
    sources: [source],
    actors,
    events: [
      {
        id: 'jakarta', title: 'Blinken and Wang Yi hold talks in Jakarta', kind: 'talks', status: 'occurred',
        when: { relative: 'on Thursday', anchor: 'article' },
        participants: [{ actor: 'blinken', role: 'visitor' }, { actor: 'wang-yi' }],
        place: { name: 'Jakarta', country: 'ID' },
        evidence: [{ source: 'article', quote: 'candid and constructive' }],
      },
      { id: 'beijing', title: 'Blinken visits Beijing', kind: 'visit', status: 'occurred', when: { relative: 'last month', anchor: 'article' }, participants: [{ actor: 'blinken' }, { actor: 'cn', role: 'host' }] },
      { id: 'kerry', title: 'Kerry expected in China', kind: 'visit', status: 'expected', when: { relative: 'next week', anchor: 'article' }, participants: [{ actor: 'us' }] },
      { id: 'austin-li', title: 'Austin–Li talks', kind: 'talks', status: 'did-not-occur', when: '2023-06-03', participants: [{ actor: 'us' }, { actor: 'cn' }] },
      { id: 'sanctions', title: 'US sanctions on Li Shangfu', kind: 'sanction', status: 'ongoing', when: '2023-07-14', participants: [{ actor: 'us' }] },
      { id: 'outreach', title: 'Several sets of talks', kind: 'talks', status: 'occurred', when: '2023-06~/2023-07-12', participants: [{ actor: 'us' }] },
    ],
  };
}

export const hostileTitle = '<script>alert("x")</script> & \'quotes\' "double" <img src=x onerror=alert(1)>';

export function hostileDocument(): Record<string, unknown> {
  return {
    title: hostileTitle,
    sources: [{ id: 's', title: '</title><script>bad()</script>', url: 'javascript:alert(1)', published: '2023-07-14' }],
    actors: [{ id: 'a', name: '<b>Actor</b>', kind: 'state', country: 'US' }],
    events: [{ id: 'e', title: hostileTitle, kind: 'talks', status: 'occurred', when: '2023-07-13', participants: [{ actor: 'a' }], evidence: [{ source: 's', quote: '<i>quote</i>' }] }],
  };
}

/**
 * `mount(options)` renders the small document (reference line on the
 * article) into a fresh container in the page; every view it made is
 * destroyed, and the page emptied, after each test of the calling file.
 */
export function useSmallViews(): (options?: RenderOptions) => { container: HTMLDivElement; view: TimelineView } {
  let views: TimelineView[] = [];
  afterEach(() => {
    for (const view of views) view.destroy();
    views = [];
    document.body.replaceChildren();
  });
  return (options = {}) => {
    const container = document.createElement('div');
    document.body.append(container);
    const view = renderTimeline(container, smallDocument(), { referenceDate: 'article', ...options });
    views.push(view);
    return { container, view };
  };
}
