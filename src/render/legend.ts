/**
 * The legend: one entry per encoding the timeline actually uses, its swatch
 * drawn from the encoding table by the same code as the marks, so it always
 * matches them.
 */
import type { Language, MessageKey } from '../i18n/messages.js';
import type { TimelineLayout } from '../layout/computeLayout.js';
import { spanFlags } from '../layout/computeLayout.js';
import { estimateTextWidth } from '../layout/textWidth.js';
import type { ItemGeometry } from '../layout/itemGeometry.js';
import type { EventStatus } from '../model/types.js';
import type { MarkShape, MarkSize } from './encoding.js';
import { statusEncoding } from './encoding.js';
import { statusText } from './eventText.js';
import { markNodes, statusClasses } from './marks.js';
import type { ElementNode, TreeNode } from './svgNode.js';
import { h } from './svgNode.js';

/** One legend entry: its swatch classes and shape, and its words. */
export interface LegendEntry {
  readonly id: string;
  readonly label: string;
  /** The picture runs time down the page: a band's swatch stands upright, as the bars do. */
  readonly upright?: boolean;
}

/** Statuses drawn alike share one entry; `label` (a message) left out lists the statuses in use. */
export const statusLegend: readonly { readonly id: string; readonly statuses: readonly EventStatus[]; readonly label?: MessageKey }[] = [
  { id: 'occurred', statuses: ['occurred'], label: 'legend.occurred' },
  { id: 'ongoing', statuses: ['ongoing'], label: 'legend.ongoing' },
  { id: 'planned', statuses: ['scheduled', 'expected', 'proposed'] },
  { id: 'postponed', statuses: ['postponed'], label: 'legend.postponed' },
  { id: 'not-happened', statuses: ['cancelled', 'did-not-occur'] },
  { id: 'unknown', statuses: ['unknown'], label: 'legend.unknown' },
];

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function listOf(statuses: readonly EventStatus[], used: ReadonlySet<EventStatus>, language: Language): string {
  return capitalize(statuses.filter((status) => used.has(status)).map((status) => statusText(status, language)).join(', '));
}

/**
 * The entries for the encodings in use, in a fixed order: precision, then
 * qualifiers, then status, then connectors and the reference line.
 */
export function legendEntries(layout: TimelineLayout, referenceLabel: string | undefined, language: Language): LegendEntry[] {
  const used = new Set(layout.events.map((event) => event.status));
  const entries: LegendEntry[] = [];
  const points = layout.eventFlags.reduce((sum, flags) => sum + (flags & spanFlags.point), 0);
  if (points > 0) entries.push({ id: 'day', label: language.text('legend.day') });
  if (points < layout.events.length) entries.push({ id: 'span', label: language.text('legend.span') });
  if (layout.events.some((event) => event.when.approximate || event.when.uncertain)) entries.push({ id: 'approximate', label: language.text('legend.approximate') });
  for (const { id, statuses, label } of statusLegend) {
    if (statuses.some((status) => used.has(status))) entries.push({ id, label: label ? language.text(label) : listOf(statuses, used, language) });
  }
  if (layout.connectorCount > 0) entries.push({ id: 'connector', label: language.text('legend.connector') });
  if (referenceLabel) entries.push({ id: 'reference', label: referenceLabel });
  return entries;
}

/** What a swatch shows: the mark of a status, as a day mark or a band. */
export interface SwatchMark {
  readonly status: EventStatus;
  readonly shape: MarkShape;
}

const swatchSize: MarkSize = { radius: 5, bandHeight: 8 };
const swatchY = 10;

/**
 * The mark an entry's swatch shows, or `undefined` for the connector and
 * reference entries. Precision and fade entries show an occurred event; a
 * status entry shows a day mark in its status (with its arrow, if it has one).
 */
export function swatchMark(id: string): SwatchMark | undefined {
  const band = { point: false, openEnd: false, fade: undefined, marker: true };
  switch (id) {
    case 'day':
      return { status: 'occurred', shape: { ...band, point: true } };
    case 'span':
      return { status: 'occurred', shape: band };
    case 'approximate':
      // The fade alone: no marker, which a band only needs for its connector and label.
      return { status: 'occurred', shape: { ...band, fade: 'both', marker: false } };
  }
  const status = statusLegend.find((entry) => entry.id === id)?.statuses[0];
  return status && { status, shape: { ...band, point: true, openEnd: statusEncoding[status].openEnd } };
}

/** Where a swatch's mark sits in its 24 × 20 box: centred, or to the left to leave room for an arrow. */
function swatchGeometry(shape: MarkShape): Pick<ItemGeometry, 'markX' | 'bandX0' | 'bandX1' | 'drawnX1'> {
  const r = swatchSize.radius;
  if (!shape.point) return { markX: 2, bandX0: 2, bandX1: 24, drawnX1: 24 };
  const markX = shape.openEnd ? 7 : 12;
  return { markX, bandX0: markX - r, bandX1: markX + r, drawnX1: shape.openEnd ? 25 : markX + r };
}

function swatch(id: string, prefix: string, upright: boolean): TreeNode {
  const mark = swatchMark(id);
  if (mark) {
    const nodes = markNodes(statusEncoding[mark.status], mark.shape, swatchGeometry(mark.shape), swatchY, swatchSize, prefix);
    // Upright, a band is turned a quarter about the swatch's centre, as the vertical view turns its marks.
    return h('g', { class: statusClasses(mark), transform: upright && !mark.shape.point ? `rotate(90 13 ${swatchY}) translate(2,0) scale(0.8,1)` : undefined }, nodes);
  }
  if (id === 'connector') {
    const end = { point: true, openEnd: false, fade: undefined, marker: true };
    const geometry = { markX: 12, bandX0: 9, bandX1: 15, drawnX1: 15 };
    const size = { radius: 3, bandHeight: swatchSize.bandHeight };
    return h('g', {},
      h('line', { class: 'dt-connector', x1: 12, x2: 12, y1: 1, y2: 19 }),
      h('g', { class: statusClasses({ status: 'occurred' }) },
        markNodes(statusEncoding.occurred, end, geometry, 3, size, prefix),
        markNodes(statusEncoding.occurred, end, geometry, 17, size, prefix)));
  }
  return h('line', { class: 'dt-reference-line', x1: 12, x2: 12, y1: 0, y2: 20 });
}

/** The legend laid out in rows that wrap at `width`; its height comes with it. */
export function drawLegend(entries: readonly LegendEntry[], width: number, prefix: string): { readonly node: ElementNode; readonly height: number } {
  const swatchWidth = 30, gap = 16, rowHeight = 22;
  let x = 0, y = 0;
  const nodes: ElementNode[] = [];
  for (const entry of entries) {
    const entryWidth = swatchWidth + estimateTextWidth(entry.label, 11) + gap;
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      y += rowHeight;
    }
    nodes.push(h('g', { class: 'dt-legend-entry', 'data-legend': entry.id, transform: `translate(${Math.round(x)},${y})` },
      swatch(entry.id, prefix, entry.upright === true),
      h('text', { class: 'dt-legend-text', x: swatchWidth, y: 14 }, entry.label)));
    x += entryWidth;
  }
  const height = entries.length > 0 ? y + rowHeight : 0;
  return { node: h('g', { class: 'dt-legend' }, nodes), height };
}
