/**
 * The legend: one entry per encoding the timeline actually uses, drawn with
 * the same classes as the marks so it always matches them.
 */
import type { TimelineLayout } from '../layout/computeLayout.js';
import { spanFlags } from '../layout/computeLayout.js';
import { estimateTextWidth } from '../layout/textWidth.js';
import type { EventStatus } from '../model/types.js';
import { statusText } from './eventText.js';
import type { ElementNode, TreeNode } from './svgNode.js';
import { h } from './svgNode.js';

/** One legend entry: its swatch classes and shape, and its words. */
export interface LegendEntry {
  readonly id: string;
  readonly label: string;
}

const planned: readonly EventStatus[] = ['scheduled', 'expected', 'proposed'];
const notHappened: readonly EventStatus[] = ['cancelled', 'did-not-occur'];

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function listOf(statuses: readonly EventStatus[], used: ReadonlySet<EventStatus>): string {
  return capitalize(statuses.filter((status) => used.has(status)).map(statusText).join(', '));
}

/**
 * The entries for the encodings in use, in a fixed order: precision, then
 * qualifiers, then status, then connectors and the reference line.
 */
export function legendEntries(layout: TimelineLayout, referenceLabel: string | undefined): LegendEntry[] {
  const used = new Set(layout.events.map((event) => event.status));
  const entries: LegendEntry[] = [];
  const points = layout.eventFlags.reduce((sum, flags) => sum + (flags & spanFlags.point), 0);
  if (points > 0) entries.push({ id: 'day', label: 'One day' });
  if (points < layout.events.length) entries.push({ id: 'span', label: 'Week, month, season or year: the whole span' });
  if (layout.events.some((event) => event.when.approximate || event.when.uncertain)) entries.push({ id: 'approximate', label: 'Approximate or uncertain' });
  if (used.has('occurred')) entries.push({ id: 'occurred', label: 'Occurred' });
  if (used.has('ongoing')) entries.push({ id: 'ongoing', label: 'Ongoing' });
  if (planned.some((status) => used.has(status))) entries.push({ id: 'planned', label: listOf(planned, used) });
  if (used.has('postponed')) entries.push({ id: 'postponed', label: 'Postponed' });
  if (notHappened.some((status) => used.has(status))) entries.push({ id: 'not-happened', label: listOf(notHappened, used) });
  if (used.has('unknown')) entries.push({ id: 'unknown', label: 'Status unknown' });
  if (layout.connectorCount > 0) entries.push({ id: 'connector', label: 'Same event in several lanes' });
  if (referenceLabel) entries.push({ id: 'reference', label: referenceLabel });
  return entries;
}

function swatch(id: string, prefix: string): TreeNode {
  const cy = 10;
  switch (id) {
    case 'day':
    case 'occurred':
      return h('g', { class: 'dt-solid' }, h('circle', { class: 'dt-mark', cx: 12, cy, r: 5 }));
    case 'span':
      return h('g', { class: 'dt-solid' },
        h('rect', { class: 'dt-band', x: 2, y: cy - 4, width: 22, height: 8, rx: 2 }),
        h('line', { class: 'dt-mark', x1: 2, x2: 2, y1: cy - 7, y2: cy + 7 }));
    case 'approximate':
      return h('g', { class: 'dt-solid' }, h('rect', { class: 'dt-band', x: 2, y: cy - 4, width: 22, height: 8, rx: 2, mask: `url(#${prefix}fade-both)` }));
    case 'ongoing':
      return h('g', { class: 'dt-solid' },
        h('circle', { class: 'dt-mark', cx: 7, cy, r: 5 }),
        h('line', { class: 'dt-open-end', x1: 12, x2: 20, y1: cy, y2: cy }),
        h('path', { class: 'dt-open-end-head', d: `M25,${cy}L18,${cy - 5}L18,${cy + 5}Z` }));
    case 'planned':
      return h('g', { class: 'dt-hollow' }, h('circle', { class: 'dt-mark', cx: 12, cy, r: 5 }));
    case 'postponed':
      return h('g', { class: 'dt-hollow dt-dashed' }, h('circle', { class: 'dt-mark', cx: 12, cy, r: 5 }));
    case 'not-happened':
      return h('g', { class: 'dt-hollow dt-struck' },
        h('circle', { class: 'dt-mark', cx: 12, cy, r: 5 }),
        h('line', { class: 'dt-strike', x1: 4, y1: cy + 8, x2: 20, y2: cy - 8 }));
    case 'unknown':
      return h('g', { class: 'dt-hollow dt-unknown' },
        h('circle', { class: 'dt-mark', cx: 12, cy, r: 5 }),
        h('path', { class: 'dt-mark-half', d: `M12,${cy - 5}A5,5 0 0 0 12,${cy + 5}Z` }));
    case 'connector':
      return h('g', {},
        h('line', { class: 'dt-connector', x1: 12, x2: 12, y1: 1, y2: 19 }),
        h('g', { class: 'dt-solid' }, h('circle', { class: 'dt-mark', cx: 12, cy: 3, r: 3 }), h('circle', { class: 'dt-mark', cx: 12, cy: 17, r: 3 })));
    default:
      return h('line', { class: 'dt-reference-line', x1: 12, x2: 12, y1: 0, y2: 20 });
  }
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
      swatch(entry.id, prefix),
      h('text', { class: 'dt-legend-text', x: swatchWidth, y: 14 }, entry.label)));
    x += entryWidth;
  }
  const height = entries.length > 0 ? y + rowHeight : 0;
  return { node: h('g', { class: 'dt-legend' }, nodes), height };
}
