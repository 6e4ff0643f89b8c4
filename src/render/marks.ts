/**
 * The marks of one item in SVG: the parts that `encoding.ts` lays out for
 * its status, precision and fades, as elements whose classes the stylesheet
 * paints from the same table.
 */
import type { ItemGeometry } from '../layout/itemGeometry.js';
import type { EventStatus, TimelineEvent } from '../model/types.js';
import type { MarkPart, MarkShape, MarkSize, StatusEncoding } from './encoding.js';
import { encodingClasses, fadeOf, markParts, partPaints, partSizes, paintOfPart, statusEncoding } from './encoding.js';
import { sizes } from './sizes.js';
import type { TreeNode } from './svgNode.js';
import { h } from './svgNode.js';

/** The classes of an encoding: its fill, then each dash other than solid, the strike and the open end. */
export function encodingClassList(encoding: StatusEncoding): string[] {
  const classes: string[] = [encoding.fill === 'solid' ? encodingClasses.solid : encodingClasses.hollow];
  for (const dash of new Set([encoding.dash.mark, encoding.dash.band])) if (dash !== 'solid') classes.push(encodingClasses[dash]);
  if (encoding.strike) classes.push(encodingClasses.strike);
  if (encoding.openEnd) classes.push(encodingClasses.openEnd);
  if (encoding.fill === 'half') classes.push(encodingClasses.half);
  return classes;
}

/**
 * Classes that encode an event's status by shape and fill, never by colour
 * alone (see `statusEncoding`).
 *
 * @example statusClasses(event) // 'dt-hollow dt-dashed' for a postponed event
 */
export function statusClasses(event: TimelineEvent | { readonly status: EventStatus }): string {
  return encodingClassList(statusEncoding[event.status]).join(' ');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** One part as an SVG element; `prefix` names the fade masks of `drawDefs`. */
export function partNode(part: MarkPart, prefix: string): TreeNode {
  const className = partPaints[paintOfPart[part.kind]].className;
  switch (part.kind) {
    case 'halo':
    case 'dot':
      return h('circle', { class: className, cx: part.cx, cy: part.cy, r: part.r });
    case 'half-dot': {
      const { cx, cy, r } = part;
      return h('path', { class: className, d: `M${round(cx)},${round(cy - r)}A${r},${r} 0 0 0 ${round(cx)},${round(cy + r)}Z` });
    }
    case 'band':
    case 'half-band':
      return h('rect', {
        class: className, x: part.x, y: part.y, width: part.width, height: part.height, rx: partSizes.bandCorner,
        mask: part.fade ? `url(#${prefix}fade-${part.fade})` : undefined,
      });
    case 'marker':
    case 'open-end':
      return h('line', { class: className, x1: part.x1, x2: part.x2, y1: part.y1, y2: part.y2 });
    case 'strike':
      return h('line', { class: className, x1: part.x1, y1: part.y1, x2: part.x2, y2: part.y2 });
    case 'open-end-head': {
      const { x, y } = part, back = x - partSizes.headLength, spread = partSizes.headHalfWidth;
      return h('path', { class: className, d: `M${round(x)},${round(y)}L${round(back)},${round(y - spread)}L${round(back)},${round(y + spread)}Z` });
    }
  }
}

/** Marks of an encoding and shape as SVG elements, at any size (the legend draws its swatches with it). */
export function markNodes(encoding: StatusEncoding, shape: MarkShape, geometry: Pick<ItemGeometry, 'markX' | 'bandX0' | 'bandX1' | 'drawnX1'>, cy: number, size: MarkSize, prefix: string): TreeNode[] {
  return markParts(encoding, shape, geometry, cy, size).map((part) => partNode(part, prefix));
}

/** The marks of one item: band or day mark, status decorations, open end. */
export function drawMarks(event: TimelineEvent, geometry: ItemGeometry, point: boolean, openEnd: boolean, cy: number, prefix: string): TreeNode[] {
  return markNodes(statusEncoding[event.status], { point, openEnd, fade: fadeOf(event), marker: true }, geometry, cy, { radius: sizes.markRadius, bandHeight: sizes.bandHeight }, prefix);
}
