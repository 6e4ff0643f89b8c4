/**
 * The interactive view's canvas tier: past the canvas threshold the marks in
 * sight go on a canvas (and past the detail limit, density bins), while SVG
 * keeps only the selected event and the item that holds the tab stop. The
 * canvas is created the first time it is needed and covers only the part of
 * the plot in sight, so a page scroll redraws it; `destroy()` removes the
 * page listener it added.
 */
import type { TimelineLayout } from '../layout/computeLayout.js';
import type { DayScale } from '../layout/dayScale.js';
import { densityBins } from '../layout/densityBins.js';
import type { CanvasViewport } from './canvasLayer.js';
import { defaults as canvasDefaults, drawCanvasBins, drawCanvasMarks, prepareCanvas } from './canvasLayer.js';
import type { DrawnItem, Frame, SceneSettings } from './scene.js';
import { drawItemList } from './scene.js';
import { sizes } from './sizes.js';

/** How the marks of a frame are drawn: SVG elements, canvas marks, or canvas density bins. */
export type MarkTier = 'svg' | 'canvas' | 'bins';

/** The view's nodes the canvas sits in and measures against. */
export interface CanvasHost {
  /** Holds the theme's custom properties and, when bounded, `data-bounded`. */
  readonly root: HTMLElement;
  /** The scroller the canvas is placed in, over the plot. */
  readonly scroll: HTMLElement;
  readonly plot: SVGSVGElement;
}

/** What a canvas frame draws. */
export interface CanvasFrame {
  readonly layout: TimelineLayout;
  /** Each lane's placement starts, sorted (the density bins count them). */
  readonly laneStarts: readonly Float64Array[];
  readonly frame: Frame;
  /** The placements `[lo, hi)` that may be in sight, and the first day in sight (from `itemWindow`). */
  readonly window: readonly [number, number, number];
  readonly settings: SceneSettings;
  /** The plot's width, in CSS pixels. */
  readonly width: number;
  /** Past this many events in sight, density bins instead of marks. */
  readonly detailLimit: number;
  readonly locale: string;
}

/**
 * How many placements are in sight, counted only up to just past `limit`:
 * the binary-searched window also holds long items that ended before the
 * view, which must not tip a small view onto the canvas.
 */
export function placementsInSight(layout: TimelineLayout, window: readonly [number, number, number], toDay: number, limit: number): number {
  const [lo, hi, fromDay] = window;
  if (hi - lo <= limit) return hi - lo;
  const { placements } = layout;
  let count = 0;
  for (let p = lo; p < hi && count <= limit; p += 1) if (placements.end[p]! > fromDay && placements.start[p]! < toDay) count += 1;
  return count;
}

/** The canvas of one view, and which tier its last frame was drawn in. */
export class CanvasTier {
  readonly #host: CanvasHost;
  readonly #document: Document;
  readonly #redraw: () => void;
  #canvas: HTMLCanvasElement | undefined;
  /** The canvas's 2D context; null where there is none (jsdom), undefined until first needed. */
  #context: CanvasRenderingContext2D | null | undefined;
  #tier: MarkTier = 'svg';
  #countFormat: Intl.NumberFormat | undefined;

  /** `redraw` is called when a page scroll moves the part of the plot in sight while the canvas shows. */
  constructor(host: CanvasHost, redraw: () => void) {
    this.#host = host;
    this.#document = host.root.ownerDocument;
    this.#redraw = redraw;
  }

  /** The tier of the last frame. */
  get tier(): MarkTier {
    return this.#tier;
  }

  /** The canvas's 2D context, creating the canvas the first time; null where the browser has none. */
  context(): CanvasRenderingContext2D | null {
    if (this.#context === undefined) {
      const canvas = this.#document.createElement('canvas');
      canvas.className = 'dt-canvas';
      canvas.setAttribute('aria-hidden', 'true');
      // Set here, not in the stylesheet, which the static SVG embeds and which has no canvas.
      for (const [name, value] of [['position', 'absolute'], ['left', '0'], ['pointer-events', 'none']]) canvas.style.setProperty(name!, value!);
      let context: CanvasRenderingContext2D | null;
      try {
        context = canvas.getContext('2d');
      } catch {
        context = null;
      }
      this.#context = context;
      if (context) {
        this.#canvas = canvas;
        this.#host.scroll.append(canvas);
        // The canvas covers only the part of the plot in sight, which a page scroll moves; removed in destroy().
        this.#document.addEventListener('scroll', this.#onPageScroll, { capture: true, passive: true });
      }
    }
    return this.#context;
  }

  /** Back to the SVG tier: the canvas, if any, is hidden. */
  hide(): void {
    this.#tier = 'svg';
    if (this.#canvas && !this.#canvas.hidden) this.#canvas.hidden = true;
  }

  /**
   * A frame with many items in sight: marks (or, past the detail limit,
   * density bins) on the canvas; in SVG only the selected event and the one
   * item that holds the tab stop, so keyboard and screen reader users keep
   * a focusable element and the DOM stays small.
   */
  draw(context: CanvasRenderingContext2D, input: CanvasFrame): { items: readonly DrawnItem[]; overview: null; visibleCount: number } {
    const { layout, frame, window } = input;
    const { placements } = layout;
    const [lo, hi, fromDay] = window;
    const { scale } = frame;
    const inView = (p: number) => p >= lo && p < hi && placements.end[p]! > fromDay && placements.start[p]! < scale.to;
    let events = 0, firstInView = -1;
    for (let p = lo; p < hi; p += 1) {
      if (placements.end[p]! <= fromDay || placements.start[p]! >= scale.to) continue;
      if (firstInView < 0) firstInView = p;
      if (p === lo || placements.event[p] !== placements.event[p - 1]) events += 1;
    }
    const bins = events > input.detailLimit;
    this.#tier = bins ? 'bins' : 'canvas';
    const special = new Set<number>();
    if (frame.selected >= 0) {
      const first = placements.firstOfEvent[frame.selected]!;
      for (let p = first; p < first + placements.countOfEvent[frame.selected]!; p += 1) if (inView(p)) special.add(p);
    }
    const tabStop = inView(frame.focusable) ? frame.focusable : firstInView;
    if (tabStop >= 0) special.add(tabStop);
    const chosen = [...special].sort((a, b) => a - b);
    const items = drawItemList(layout, { ...frame, focusable: tabStop }, input.settings, chosen);

    const canvas = this.#canvas!;
    const viewport = this.#viewport(layout, input.width, scale);
    canvas.hidden = false;
    canvas.style.setProperty('top', `${sizes.axisHeight + viewport.top}px`);
    canvas.style.setProperty('width', `${viewport.width}px`);
    canvas.style.setProperty('height', `${viewport.height}px`);
    const pixelRatio = this.#document.defaultView?.devicePixelRatio ?? 1;
    prepareCanvas(canvas, context, viewport, pixelRatio > 0 ? pixelRatio : 1);
    context.save();
    context.beginPath();
    context.rect(scale.x0, viewport.top, scale.x1 - scale.x0, viewport.height);
    context.clip();
    if (bins) {
      // Bin edges on fixed multiples of the bin's days, so counts hold still while panning.
      const binDays = (canvasDefaults.binWidth * (scale.to - scale.from)) / (scale.x1 - scale.x0);
      const from = Math.floor(scale.from / binDays) * binDays;
      const binCount = Math.ceil((scale.to - from) / binDays);
      this.#countFormat ??= new Intl.NumberFormat(input.locale, { notation: 'compact' });
      const format = this.#countFormat;
      drawCanvasBins(context, layout, viewport, densityBins(input.laneStarts, from, from + binCount * binDays, binCount), (count) => format.format(count));
    } else {
      drawCanvasMarks(context, layout, viewport, lo, hi, fromDay, special);
    }
    context.restore();
    canvas.dataset.tier = this.#tier;
    return { items, overview: null, visibleCount: bins ? events : 0 };
  }

  /** Removes the page listener the canvas added (the canvas goes with the view's nodes). */
  destroy(): void {
    if (this.#canvas) this.#document.removeEventListener('scroll', this.#onPageScroll, { capture: true });
  }

  readonly #onPageScroll = (): void => {
    if (this.#tier !== 'svg') this.#redraw();
  };

  /** The part of the plot in sight (inside the scrolling lanes and the window), with the colours to draw it in. */
  #viewport(layout: TimelineLayout, width: number, scale: DayScale): CanvasViewport {
    const { root, scroll, plot } = this.#host;
    const plotBox = plot.getBoundingClientRect();
    const scroller = scroll.getBoundingClientRect();
    const bounded = root.hasAttribute('data-bounded');
    const windowHeight = this.#document.defaultView?.innerHeight ?? Infinity;
    const clipTop = Math.max(bounded ? scroller.top + sizes.axisHeight : scroller.top, 0);
    const clipBottom = Math.min(bounded ? scroller.bottom : Infinity, windowHeight);
    const top = Math.max(0, Math.floor(clipTop - plotBox.top));
    const bottom = Math.min(layout.height, Math.ceil(clipBottom - plotBox.top));
    const style = this.#document.defaultView?.getComputedStyle(root);
    const color = (name: string, fallback: string) => style?.getPropertyValue(name).trim() || fallback;
    return {
      scale, top, height: Math.max(1, bottom - top), width,
      fontFamily: style?.fontFamily || 'sans-serif',
      colors: {
        mark: color('--dt-mark', '#1f4e79'), background: color('--dt-bg', '#ffffff'), text: color('--dt-text', '#1a1a1a'),
        muted: color('--dt-muted', '#555555'), connector: color('--dt-connector', '#777777'),
      },
    };
  }
}
