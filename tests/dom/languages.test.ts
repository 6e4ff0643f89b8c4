import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineTimelineElement } from '../../src/element/index.js';
import type { TimelineElement } from '../../src/element/index.js';
import { renderTimeline } from '../../src/render/timeline.js';
import type { RenderOptions, TimelineView } from '../../src/render/timeline.js';
import { renderToSVG } from '../../src/render/renderToSVG.js';
import { hostileTitle, smallDocument } from './fixtures.js';

let views: TimelineView[] = [];
afterEach(() => {
  for (const view of views) view.destroy();
  views = [];
  document.body.replaceChildren();
});

function mount(options: RenderOptions) {
  const container = document.createElement('div');
  document.body.append(container);
  const view = renderTimeline(container, smallDocument(), { referenceDate: 'article', width: 900, ...options });
  views.push(view);
  return { container, view };
}

const buttons = (container: HTMLElement) => [...container.querySelectorAll<HTMLButtonElement>('.dt-toolbar button')];
const jakarta = (container: HTMLElement) => container.querySelector<SVGGElement>('g.dt-item[data-event-id="jakarta"]:not(.dt-echo)')!;

describe('the view in French', () => {
  it('has French controls, legend, list, spoken labels and details', () => {
    const { container, view } = mount({ locale: 'fr' });
    expect(buttons(container).map((button) => button.getAttribute('aria-label') ?? button.textContent))
      .toEqual(['Zoom avant', 'Zoom arrière', 'Réinitialiser le zoom', 'Afficher en liste']);
    expect(buttons(container)[2]!.textContent).toBe('Réinitialiser');
    const legend = [...container.querySelectorAll('.dt-legend-text')].map((node) => node.textContent);
    expect(legend).toContain('Un jour');
    expect(legend).toContain('A eu lieu');
    expect(legend).toContain('Publié le 14 juillet 2023');
    expect(container.querySelector('svg.dt-legend-svg')!.getAttribute('aria-label')).toMatch(/^Légende\u00a0: Un jour; /);
    expect(container.querySelector('table.dt-table caption')!.textContent).toBe('US–China, July 2023\u00a0: événements par ordre chronologique');
    expect([...container.querySelectorAll('table.dt-table th')].map((th) => th.textContent)).toEqual(['Date', 'Événement', 'Type', 'Statut', 'Participants']);
    expect(jakarta(container).getAttribute('aria-label')).toBe('13 juillet 2023, pourparlers, a eu lieu\u00a0: Blinken and Wang Yi hold talks in Jakarta');
    expect(container.querySelector('svg.dt-plot')!.getAttribute('aria-label')).toMatch(/^US–China, July 2023\u00a0: 6 événements sur \d lignes$/);
    expect(container.querySelector('.dt-visually-hidden[id$="instructions"]')!.textContent).toMatch(/^Les flèches/);

    view.select('jakarta');
    const details = container.querySelector('.dt-details')!;
    expect([...details.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Tel qu’écrit', 'Date', 'Période résolue', 'Type', 'Statut', 'Lieu', 'Participants']);
    expect(details.querySelector('dd')!.textContent).toBe('«\u00a0on Thursday\u00a0» (par rapport à Article, 14 juillet 2023)');
    expect(details.querySelector('button')!.getAttribute('aria-label')).toBe('Fermer les détails');
    expect(container.querySelector('[aria-live="polite"]')!.textContent).toMatch(/^Sélectionné\u00a0: 13 juillet 2023, pourparlers/);

    buttons(container)[3]!.click();
    expect(buttons(container)[3]!.textContent).toBe('Masquer la liste');
  });

  it('follows a change of locale on update, and fr-CA is French', () => {
    const { container, view } = mount({});
    expect(buttons(container)[3]!.textContent).toBe('Show as list');
    view.update({ options: { locale: 'fr-CA' } });
    expect(buttons(container)[3]!.textContent).toBe('Afficher en liste');
    view.update({ options: { locale: 'pt-BR' } });
    expect(buttons(container)[3]!.textContent).toBe('Show as list');
  });

  it('takes any message from the messages option, as text only', () => {
    const { container } = mount({ locale: 'fr', messages: { 'toolbar.showList': hostileTitle, 'legend.day': 'Jour unique' } });
    expect(buttons(container)[3]!.textContent).toBe(hostileTitle);
    expect(buttons(container)[3]!.children).toHaveLength(0);
    expect([...container.querySelectorAll('.dt-legend-text')].map((node) => node.textContent)).toContain('Jour unique');
    expect(buttons(container)[0]!.getAttribute('aria-label')).toBe('Zoom avant');
  });

  it('refuses an unknown message name', () => {
    expect(() => renderToSVG(smallDocument(), { messages: { 'toolbar.list': 'List' } as never })).toThrow(/no message "toolbar.list"/);
  });

  it('writes the static SVG in the language too', () => {
    const svg = renderToSVG(smallDocument(), { locale: 'de', referenceDate: 'article', width: 900, theme: 'light' });
    expect(svg).toMatch(/<desc id="dt-desc">6 Ereignisse in \d Zeilen\.<\/desc>/);
    expect(svg).toContain('>Ein Tag<');
    expect(svg).toContain('Veröffentlicht am 14. Juli 2023');
  });

  it('names lanes of kinds, and the one lane of all events, in the language', () => {
    const byKind = renderToSVG(smallDocument(), { locale: 'fr', laneBy: 'kind', width: 900 });
    expect(byKind).toContain('>Pourparlers<');
    expect(byKind).toContain('>Visite<');
    expect(renderToSVG(smallDocument(), { locale: 'es', laneBy: 'none', width: 900 })).toContain('>Eventos<');
  });
});

describe('the custom element in German', () => {
  it('says in place, in German, that the data is not valid', async () => {
    defineTimelineElement('dt-element-in-german');
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(JSON.stringify({ events: [{ id: 'a', title: '', kind: 'talks', when: '2023-02-30' }] }), { status: 200 }))));
    try {
      const element = document.createElement('dt-element-in-german') as TimelineElement;
      element.setAttribute('locale', 'de');
      element.setAttribute('src', 'bad.json');
      document.body.append(element);
      await element.ready.catch(() => undefined);
      const lines = [...element.querySelectorAll('[role="alert"] p')].map((line) => line.textContent);
      expect(lines[0]).toBe('Die Daten der Zeitleiste in „bad.json“ sind nicht gültig:');
      expect(lines.slice(1).join('\n')).toContain('events[0].when');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
