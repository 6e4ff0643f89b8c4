/**
 * The marks of one item in the SVG tier: the day mark or band, its status
 * decorations (half fill, strike, open end) and its faded ends.
 */
import type { ItemGeometry } from '../layout/itemGeometry.js';
import type { TimelineEvent } from '../model/types.js';
import { sizes } from './scene.js';
import type { TreeNode } from './svgNode.js';
import { h } from './svgNode.js';

/**
 * Classes that encode an event's status by shape and fill, never by colour
 * alone: occurred solid; ongoing solid with an arrow running right;
 * scheduled, expected and proposed hollow; postponed hollow and dashed;
 * cancelled and did-not-occur hollow and struck through; unknown hollow with
 * the left half filled (and a dotted outline on a band) — half known, half not.
 */
export function statusClasses(event: TimelineEvent): string {
  switch (event.status) {
    case 'occurred':
      return 'dt-solid';
    case 'ongoing':
      return 'dt-solid dt-ongoing';
    case 'scheduled':
    case 'expected':
    case 'proposed':
      return 'dt-hollow';
    case 'postponed':
      return 'dt-hollow dt-dashed';
    case 'cancelled':
    case 'did-not-occur':
      return 'dt-hollow dt-struck';
    case 'unknown':
      return 'dt-hollow dt-dotted dt-unknown';
  }
}

export function fadeOf(event: TimelineEvent): 'start' | 'end' | 'both' | undefined {
  const { start, end } = event.when;
  const fadeStart = start.approximate || start.uncertain || start.unknown || start.open;
  const fadeEnd = end.approximate || end.uncertain || end.unknown;
  if (fadeStart && fadeEnd) return 'both';
  if (fadeStart) return 'start';
  if (fadeEnd) return 'end';
  return undefined;
}

/** The marks of one item: band or day mark, status decorations, open end. */
export function drawMarks(event: TimelineEvent, geometry: ItemGeometry, point: boolean, openEnd: boolean, cy: number, prefix: string): TreeNode[] {
  const r = sizes.markRadius;
  const nodes: TreeNode[] = [];
  const fade = fadeOf(event);
  if (point) {
    if (fade) nodes.push(h('circle', { class: 'dt-halo', cx: geometry.markX, cy, r: r + 3.5 }));
    nodes.push(h('circle', { class: 'dt-mark', cx: geometry.markX, cy, r }));
    if (event.status === 'unknown') {
      nodes.push(h('path', { class: 'dt-mark-half', d: `M${round(geometry.markX)},${round(cy - r)}A${r},${r} 0 0 0 ${round(geometry.markX)},${round(cy + r)}Z` }));
    }
  } else {
    const half = sizes.bandHeight / 2;
    nodes.push(h('rect', {
      class: 'dt-band', x: geometry.bandX0, y: cy - half, width: geometry.bandX1 - geometry.bandX0, height: sizes.bandHeight, rx: 2,
      mask: fade ? `url(#${prefix}fade-${fade})` : undefined,
    }));
    if (event.status === 'unknown') {
      nodes.push(h('rect', { class: 'dt-mark-half', x: geometry.bandX0, y: cy - half, width: (geometry.bandX1 - geometry.bandX0) / 2, height: sizes.bandHeight, rx: 2, mask: fade ? `url(#${prefix}fade-start)` : undefined }));
    }
    // The marker: a tick across the band's start, where its connector and label attach.
    nodes.push(h('line', { class: 'dt-mark', x1: geometry.bandX0, x2: geometry.bandX0, y1: cy - r - 2, y2: cy + r + 2 }));
  }
  if (openEnd) {
    const from = point ? geometry.markX + r : geometry.bandX1;
    const to = geometry.drawnX1;
    nodes.push(h('line', { class: 'dt-open-end', x1: from, x2: to - 5, y1: cy, y2: cy }));
    nodes.push(h('path', { class: 'dt-open-end-head', d: `M${round(to)},${round(cy)}L${round(to - 7)},${round(cy - 5)}L${round(to - 7)},${round(cy + 5)}Z` }));
  }
  if (event.status === 'cancelled' || event.status === 'did-not-occur') {
    if (point) {
      nodes.push(h('line', { class: 'dt-strike', x1: geometry.markX - r - 3, y1: cy + r + 3, x2: geometry.markX + r + 3, y2: cy - r - 3 }));
    } else {
      nodes.push(h('line', { class: 'dt-strike', x1: geometry.bandX0 - 3, y1: cy, x2: geometry.bandX1 + 3, y2: cy }));
    }
  }
  return nodes;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
