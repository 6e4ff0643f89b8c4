/**
 * Where a label sits around its item, and how tall the item is with it: the
 * one geometry that layout packs with and that the SVG and the static SVG
 * draw with. Positions are relative to the item's top; x comes from
 * `itemGeometry` at the scale in use.
 */
import type { ItemGeometry } from './itemGeometry.js';

/** Right of the mark (level with it), left of it (text ending there), or below a band. */
export type LabelSide = 'right' | 'left' | 'below';

/** Vertical sizes of items and labels, in pixels. */
export const labelMetrics = {
  titleSize: 12,
  dateSize: 11,
  /** Baseline to baseline between title lines. */
  lineHeight: 14,
  /** From the last title line's baseline to the date line's. */
  dateLine: 13,
  /** Centre of the mark below the item's top. */
  markY: 11,
  bandHeight: 10,
  /** Space between the label and its mark. */
  offset: 4,
  /** Height of an item drawn without a label. */
  markHeight: 18,
  /** Space below the last line (descenders). */
  descent: 3,
} as const;

/** A label's text, broken into lines, and its width. */
export interface LabelShape {
  readonly lines: readonly string[];
  /** The date line, or '' for none. */
  readonly date: string;
  /** The widest line, in pixels. */
  readonly width: number;
}

/** A label's box, relative to its item's top. */
export interface LabelBox {
  /** Where the text is anchored: its start, or its end for a left label. */
  readonly textX: number;
  readonly anchor: 'start' | 'end';
  /** Baseline of the first title line. */
  readonly baseline: number;
  /** The item's footprint with its label: left, right, and bottom. */
  readonly x0: number;
  readonly x1: number;
  readonly bottom: number;
}

/** The sides a label may take around an item: beside a day mark, or also below a band. */
export function labelSides(point: boolean): readonly LabelSide[] {
  return point ? ['right', 'left'] : ['below', 'right', 'left'];
}

/** The box of a label on `side` of an item, and the item's footprint with it. */
export function labelBox(geometry: ItemGeometry, side: LabelSide, shape: LabelShape): LabelBox {
  const m = labelMetrics;
  const below = side === 'below';
  const baseline = below ? m.markY + m.bandHeight / 2 + m.titleSize + 1 : m.markY + 4;
  const bottom = baseline + (shape.lines.length - 1) * m.lineHeight + (shape.date ? m.dateLine : 0) + m.descent;
  const x0 = geometry.bandX0, x1 = geometry.drawnX1;
  if (side === 'left') {
    const textX = x0 - m.offset;
    return { textX, anchor: 'end', baseline, x0: textX - shape.width, x1, bottom };
  }
  const textX = below ? x0 + m.offset : x1 + m.offset;
  return { textX, anchor: 'start', baseline, x0, x1: Math.max(x1, textX + shape.width), bottom: Math.max(bottom, m.markHeight) };
}

/** An item's footprint without a label. */
export function markBox(geometry: ItemGeometry): { x0: number; x1: number; bottom: number } {
  return { x0: geometry.bandX0 - 2, x1: geometry.drawnX1 + 2, bottom: labelMetrics.markHeight };
}
