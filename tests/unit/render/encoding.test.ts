// The encoding table against the design, and every reader of it: the
// legend's entries and swatches, the stylesheet's rules, the fade masks and
// the layout's open-end rule.
import { describe, expect, it } from 'vitest';
import { languageOf } from '../../../src/i18n/messages.js';
import { computeLayout } from '../../../src/layout/computeLayout.js';
import { eventSpan } from '../../../src/layout/eventSpan.js';
import { parseTimeline } from '../../../src/model/parse.js';
import { eventStatuses } from '../../../src/model/types.js';
import type { StatusEncoding } from '../../../src/render/encoding.js';
import { dashArrays, fadeBox, fadeRamps, partPaints, statusEncoding } from '../../../src/render/encoding.js';
import { drawLegend, legendEntries, statusLegend, swatchMark } from '../../../src/render/legend.js';
import { encodingClassList, statusClasses } from '../../../src/render/marks.js';
import { drawDefs } from '../../../src/render/scene.js';
import { timelineStyles } from '../../../src/render/styles.js';
import type { ElementNode, TreeNode } from '../../../src/render/svgNode.js';

function elements(node: TreeNode): ElementNode[] {
  return typeof node === 'string' ? [] : [node, ...node.children.flatMap(elements)];
}

const classOf = (node: ElementNode) => String(node.attributes.class ?? '').split(' ').filter(Boolean);

describe('the encoding table', () => {
  it('says what the design says', () => {
    const { occurred, ongoing, scheduled, expected, proposed, postponed, cancelled, unknown } = statusEncoding;
    expect(occurred).toMatchObject({ fill: 'solid', strike: false, openEnd: false, dash: { mark: 'solid', band: 'solid' } });
    expect(ongoing).toMatchObject({ fill: 'solid', openEnd: true });
    for (const planned of [scheduled, expected, proposed]) expect(planned).toEqual({ fill: 'hollow', strike: false, openEnd: false, dash: { mark: 'solid', band: 'solid' } });
    expect(postponed).toMatchObject({ fill: 'hollow', dash: { mark: 'dashed', band: 'dashed' } });
    expect(cancelled).toEqual(statusEncoding['did-not-occur']);
    expect(cancelled).toMatchObject({ fill: 'hollow', strike: true });
    expect(unknown).toMatchObject({ fill: 'half', dash: { mark: 'solid', band: 'dotted' } });
    expect(dashArrays.solid).toEqual([]);
    expect(dashArrays.dashed.length).toBeGreaterThan(0);
    expect(dashArrays.dotted.length).toBeGreaterThan(0);
  });

  it('gives every status a distinct look, unless it shares a legend entry', () => {
    const looks = new Map<string, string>();
    for (const status of eventStatuses) {
      const entry = statusLegend.find((each) => each.statuses.includes(status))!.id;
      const look = JSON.stringify(statusEncoding[status]);
      expect(looks.get(look) ?? entry, status).toBe(entry);
      looks.set(look, entry);
    }
  });
});

describe('the legend', () => {
  it('lists every status in exactly one entry, statuses drawn alike together', () => {
    const listed = statusLegend.flatMap((entry) => entry.statuses);
    expect([...listed].sort()).toEqual([...eventStatuses].sort());
    for (const entry of statusLegend) {
      for (const status of entry.statuses) expect(statusEncoding[status], `${entry.id}: ${status}`).toEqual(statusEncoding[entry.statuses[0]!]);
    }
  });

  it('has an entry for each status in use', () => {
    const timeline = parseTimeline({ events: eventStatuses.map((status, i) => ({ id: `e${i}`, title: status, kind: 'talks', status, when: '2023-07-13' })) });
    const ids = legendEntries(computeLayout(timeline, { laneBy: 'none' }), undefined, languageOf('en-GB')).map((entry) => entry.id);
    expect(ids).toEqual(['day', ...statusLegend.map((entry) => entry.id)]);
  });

  it('draws each status swatch as the table says', () => {
    const legend = drawLegend(statusLegend.map((entry) => ({ id: entry.id, label: entry.id })), 2000, 'dt-').node;
    for (const entry of statusLegend) {
      const encoding: StatusEncoding = statusEncoding[entry.statuses[0]!];
      const swatch = legend.children.find((node) => typeof node !== 'string' && node.attributes['data-legend'] === entry.id) as ElementNode;
      const group = swatch.children[0] as ElementNode;
      const parts = elements(group).flatMap(classOf);
      expect(classOf(group), entry.id).toEqual(encodingClassList(encoding));
      expect(classOf(group), entry.id).toEqual(statusClasses({ status: entry.statuses[0]! }).split(' '));
      expect(parts.includes(partPaints.mark.className), entry.id).toBe(true);
      expect(parts.includes(partPaints.half.className), entry.id).toBe(encoding.fill === 'half');
      expect(parts.includes(partPaints.strike.className), entry.id).toBe(encoding.strike);
      expect(parts.includes(partPaints.openEndHead.className), entry.id).toBe(encoding.openEnd);
      expect(swatchMark(entry.id)?.status).toBe(entry.statuses[0]);
    }
  });

  it('draws precision and fade swatches as a day mark, a band and a faded band', () => {
    const legend = drawLegend([{ id: 'day', label: '' }, { id: 'span', label: '' }, { id: 'approximate', label: '' }], 2000, 'dt-').node;
    const [day, span, approximate] = legend.children.map((node) => elements((node as ElementNode).children[0]!));
    expect(day!.map((node) => node.tag)).toEqual(['g', 'circle']);
    expect(span!.map((node) => node.tag)).toEqual(['g', 'rect', 'line']);
    expect(approximate!.find((node) => node.tag === 'rect')!.attributes.mask).toBe('url(#dt-fade-both)');
  });
});

describe('the stylesheet', () => {
  // Rules as [selectors, declarations]; enough of CSS for these flat rules.
  const rules = [...timelineStyles.matchAll(/^([^{@\n]+)\{([^}]*)\}/gm)].map(([, selectors, body]) => ({
    selectors: selectors!.split(',').map((selector) => selector.trim()),
    declarations: Object.fromEntries(body!.split(';').map((part) => part.split(':').map((text) => text.trim())).filter(([name]) => name)),
  }));
  /** The value of a property on a part inside a group with these classes. */
  const valueOn = (classes: readonly string[], part: string, property: string) => {
    let value: string | undefined;
    for (const rule of rules) {
      const applies = rule.selectors.some((selector) => selector === `.${part}` || classes.some((name) => selector === `.${name} .${part}`));
      if (applies && property in rule.declarations) value = rule.declarations[property];
    }
    return value;
  };

  it('dashes and fills each status as the table says', () => {
    for (const status of eventStatuses) {
      const encoding = statusEncoding[status];
      const classes = statusClasses({ status }).split(' ');
      for (const part of ['mark', 'band'] as const) {
        const className = partPaints[part].className;
        const dash = dashArrays[encoding.dash[part]];
        expect(valueOn(classes, className, 'stroke-dasharray'), `${status} ${part}`).toBe(dash.length > 0 ? dash.join(' ') : undefined);
        expect(valueOn(classes, className, 'fill'), `${status} ${part}`).toBe(encoding.fill === 'solid' ? 'var(--dt-mark)' : 'var(--dt-bg)');
      }
    }
  });

  it('paints each part as the table says', () => {
    for (const paint of Object.values(partPaints)) {
      expect(valueOn([], paint.className, 'stroke-width'), paint.className).toBe('width' in paint ? String(paint.width) : undefined);
      expect(valueOn([], paint.className, 'stroke-dasharray'), paint.className).toBe('dash' in paint ? paint.dash.join(' ') : undefined);
    }
  });
});

describe('the readers outside render/encoding', () => {
  it('fades through masks whose ramps and box are the table’s', () => {
    const defs = elements(drawDefs('dt-', undefined));
    for (const [fade, ramp] of Object.entries(fadeRamps)) {
      const gradient = defs.find((node) => node.attributes.id === `dt-fade-${fade}-gradient`)!;
      const stops = (gradient.children as ElementNode[]).map((stop) => [stop.attributes.offset, parseInt(String(stop.attributes['stop-color']).slice(1, 3), 16) / 255]);
      expect(stops, fade).toEqual(ramp);
      const mask = defs.find((node) => node.attributes.id === `dt-fade-${fade}`)!;
      expect([mask.attributes.x, mask.attributes.y, mask.attributes.width, mask.attributes.height].map(Number)).toEqual([fadeBox.x, fadeBox.y, fadeBox.width, fadeBox.height]);
    }
  });

  it('gives an event an open end exactly when the table gives its status an arrow (for a closed date)', () => {
    const timeline = parseTimeline({ events: eventStatuses.map((status, i) => ({ id: `e${i}`, title: status, kind: 'talks', status, when: '2023-07' })) });
    for (const event of timeline.events) expect(eventSpan(event).openEnd, event.status).toBe(statusEncoding[event.status].openEnd);
  });
});
