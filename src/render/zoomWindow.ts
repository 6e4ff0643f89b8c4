/**
 * The zoom maths between a d3 `ZoomTransform` and a `DayScale`: the
 * transform acts on pixels of the initial scale, so a window of days comes
 * from mapping the plot's ends back through the transform and the scale.
 * On a compressed scale (one with a warp) the same holds, because the
 * initial scale is linear in warp units: zoom and pan need no special case.
 */
import type { ZoomTransform } from 'd3-zoom';
import { zoomIdentity } from 'd3-zoom';
import type { DayScale } from '../layout/dayScale.js';
import { dayToX, xToDay, zoomFactor } from '../layout/dayScale.js';

/** The part of a `ZoomTransform` the time axis uses: a horizontal offset and a scale factor. */
export interface AxisTransform {
  readonly x: number;
  readonly k: number;
}

/**
 * The scale in view under a transform: the days at the plot's ends, over
 * the same pixels and warp as the initial scale.
 *
 * @example
 * scaleInView({ from: 0, to: 100, x0: 0, x1: 1000 }, zoomIdentity.scale(2)) // { from: 0, to: 50, … }
 */
export function scaleInView(initial: DayScale, transform: AxisTransform): DayScale {
  const { x, k } = transform;
  return {
    from: xToDay(initial, (initial.x0 - x) / k),
    to: xToDay(initial, (initial.x1 - x) / k),
    x0: initial.x0,
    x1: initial.x1,
    warp: initial.warp,
  };
}

/** The transform that shows days `[from, to)` across the plot. */
export function transformShowing(initial: DayScale, from: number, to: number): ZoomTransform {
  const k = zoomFactor(initial, from, to);
  const x = initial.x0 - k * dayToX(initial, from);
  return zoomIdentity.translate(x, 0).scale(k);
}

/**
 * The transform zoomed by `factor` (clamped to `[minK, maxK]`) about the
 * pixel `centerX`, by default the plot's middle: the day under that pixel
 * stays there.
 */
export function transformZoomedBy(initial: DayScale, transform: AxisTransform, factor: number,
  [minK, maxK]: readonly [number, number], centerX?: number): ZoomTransform {
  const k = Math.min(maxK, Math.max(minK, transform.k * factor));
  // Scale about the centre in pixels: the same on a linear and a compressed scale.
  const cx = centerX ?? (initial.x0 + initial.x1) / 2;
  return zoomIdentity.translate(cx - (cx - transform.x) * (k / transform.k), 0).scale(k);
}

/** The transform panned by a number of pixels (positive moves the view later in time). */
export function transformPannedBy(transform: AxisTransform, pixels: number): ZoomTransform {
  return zoomIdentity.translate(transform.x - pixels, 0).scale(transform.k);
}
