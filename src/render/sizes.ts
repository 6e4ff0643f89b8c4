/**
 * The fixed drawing sizes, in pixels, and the item metrics that layout and
 * every drawing tier (SVG marks, canvas, vertical rows) share. On their own,
 * so that the marks and the scene can both read them without importing each
 * other.
 */
import type { ItemMetrics } from '../layout/itemGeometry.js';

/** Fixed drawing sizes, in pixels. */
export const sizes = {
  rowHeight: 44,
  lanePadding: 2,
  laneCaption: 18,
  gutter: 132,
  axisHeight: 30,
  markRadius: 6,
  bandHeight: 10,
  markY: 11,
  titleSize: 12,
  dateSize: 11,
  legendRow: 22,
  tickSpacing: 96,
  referenceStrip: 16,
  /** Dense lanes stop growing here; further items share sub-rows. */
  maxRowsPerLane: 40,
  laneNameSize: 12,
  /** Between the two lines of a wrapped lane name. */
  laneNameLine: 13,
  /** Tick labels closer than this to the plot's ends are left out rather than clipped. */
  tickEdge: 16,
} as const;

/** Item metrics used by layout and drawing alike. */
export const itemMetrics: ItemMetrics = { markRadius: sizes.markRadius, openEndLength: 18, gap: 14 };
