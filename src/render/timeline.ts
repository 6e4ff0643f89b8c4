/**
 * The interactive timeline: `renderTimeline(container, timeline, options)`.
 *
 * The DOM is built once; `update()` re-runs layout and a keyed join (the
 * same node for the same event in the same lane); zooming redraws only the
 * visible items, at most once per animation frame. Every listener is added
 * with one AbortSignal, so `destroy()` removes them all with the nodes.
 *
 * Input conventions (documented for users):
 * - Ctrl/⌘ + wheel, or a trackpad/touch pinch, zooms the time axis; a plain
 *   vertical wheel scrolls the page (a timeline inside an article must not
 *   trap the wheel); a horizontal wheel or Shift + wheel pans; dragging pans.
 * - Touch: the plot has `touch-action: pan-y`, so a vertical swipe scrolls
 *   the page; a horizontal drag pans; a pinch zooms.
 * - Keyboard: one event at a time is in the tab order (roving tabindex);
 *   ←/→ previous/next event in time, ↑/↓ the neighbouring lane (nearest event
 *   in time), Home/End first/last event, +/− zoom, Enter or Space opens the
 *   details, Escape closes them.
 */
import { axisTop } from 'd3-axis';
import { select } from 'd3-selection';
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { zoom as d3zoom, zoomIdentity } from 'd3-zoom';
import { primaryPlacement, spanOf } from '../layout/computeLayout.js';
import type { DayScale } from '../layout/dayScale.js';
import { itemGeometry } from '../layout/itemGeometry.js';
import type { VerticalLayout } from '../layout/verticalLayout.js';
import { nextRow } from '../layout/verticalLayout.js';
import type { Timeline } from '../model/timeline.js';
import { formatDay } from '../time/calendar.js';
import { fillAccessibleTable } from './accessibleTable.js';
import { CanvasTier, placementsInSight } from './canvasTier.js';
import { fillDetails } from './detailsPanel.js';
import { eventLabel } from './eventText.js';
import type { LaneIndex } from './keyboardNavigation.js';
import { buildLaneIndex, isNavigationKey, nextPlacement } from './keyboardNavigation.js';
import { drawLegend } from './legend.js';
import type { DayRange, NormalizedRenderOptions, RenderOptions } from './options.js';
import { normalizeRenderOptions, sameRenderOptions } from './options.js';
import { rowsInSight } from './rowsInSight.js';
import type { DrawnItem, Frame, SceneSettings } from './scene.js';
import { axisTicks, drawAxisBreaks, drawConnectors, drawDefs, drawGrid, drawItems, drawLanes, drawReference, itemWindow, utcScaleOf } from './scene.js';
import { itemMetrics, sizes } from './sizes.js';
import { placementAt } from './placementAt.js';
import { useTimelineStyles } from './stylesheet.js';
import type { ElementNode } from './svgNode.js';
import { applyAttributes, createNode } from './svgNode.js';
import type { TooltipAnchor } from './tooltip.js';
import { markAnchor, showTooltip } from './tooltip.js';
import { drawVerticalItems, drawVerticalRail, drawVerticalReference, isVertical, layOutVertical, verticalLegend, verticalSizes } from './verticalScene.js';
import type { TimelineViewEventMap, TimelineViewEventType } from './viewEvents.js';
import { ViewEvents } from './viewEvents.js';
import type { ViewModel } from './viewModel.js';
import { buildViewModel, sameTimeline, toTimeline } from './viewModel.js';
import type { ViewIds, ViewShell } from './viewShell.js';
import { buildViewShell, labelToolbar, viewIds } from './viewShell.js';
import { scaleInView, transformPannedBy, transformShowing, transformZoomedBy } from './zoomWindow.js';

export type { DayRange, RenderOptions } from './options.js';
export type { TimelineViewEventMap, TimelineViewEventType } from './viewEvents.js';

/** What `update` takes: a new timeline (or raw document), new options, or both. */
export interface TimelineUpdate {
  /**
   * A `Timeline`, or a raw document (parsed with `parseTimeline`). One with
   * the same content as the timeline on show (compared field by field once
   * parsed) changes nothing.
   */
  readonly timeline?: unknown;
  /**
   * Merged over the current options: a name absent keeps its value, a name
   * present with the value `undefined` returns to its default.
   */
  readonly options?: RenderOptions;
}

/** A live timeline in a container. */
export interface TimelineView {
  /** The timeline on show. */
  readonly timeline: Timeline;
  /**
   * Shows a new timeline and/or options; the DOM stays keyed by event, and
   * the selection and keyboard focus carry over by event id.
   *
   * - Equal content and options: nothing changes, nothing is redrawn.
   * - The window: a view zoomed or panned (by the user or `zoomTo`) keeps
   *   its days in view; a view still at its default window shows the new
   *   default (fitting the new data). A `range` in `options` sets the window.
   * - Atomic: an invalid document or option, or a throwing `filter` or
   *   `laneBy`, throws and leaves the view exactly as it was.
   *
   * @example
   * view.update({ timeline: nextDocument });                 // keeps the user's zoom
   * view.update({ options: { referenceDate: undefined } });  // removes the reference line
   */
  update(next: TimelineUpdate): void;
  /**
   * Shows the days `from`…`to` (inclusive) across the plot: `YYYY-MM-DD`,
   * day numbers, or `Date`s read as their UTC calendar day (never the local one).
   */
  zoomTo(range: DayRange): void;
  /** Selects an event by id and opens its details (undefined clears the selection). */
  select(id: string | undefined): void;
  /** Listens to `select`, `hover` or `zoom`; returns a function that stops listening. */
  on<K extends TimelineViewEventType>(type: K, listener: (detail: TimelineViewEventMap[K]) => void): () => void;
  /** Removes every node and listener the view added. */
  destroy(): void;
}

/** View-level constants. */
const viewDefaults = {
  /** The widest window: 200 years. */
  maxWindowDays: 200 * 365.25,
  /** The narrowest window: one day. */
  minWindowDays: 1,
  /** +/− and the zoom buttons multiply the scale by this. */
  zoomStep: 2,
  /** Pixels a horizontal wheel notch in line mode pans. */
  lineHeight: 16,
  /** The accessible list holds at most this many rows (and at most `detailLimit`): the page stays small. */
  listRows: 150,
  /** Clicking a density bin zooms in by this factor around it. */
  binZoom: 4,
} as const;

let viewCount = 0;

/**
 * Renders a `Timeline` into `container` and returns the live view. A raw
 * document is parsed with `parseTimeline` (invalid data throws its
 * `TimelineValidationError`, listing every problem with its path).
 *
 * @example
 * const view = renderTimeline(document.getElementById('timeline'), json, { laneBy: 'country', referenceDate: 'article' });
 * view.on('select', ({ event }) => console.log(event?.title));
 * view.zoomTo({ from: '2023-07-10', to: '2023-07-16' });
 */
export function renderTimeline(container: HTMLElement, timeline: unknown, options?: RenderOptions): TimelineView {
  return new InteractiveTimeline(checkContainer(container), toTimeline(timeline), normalizeRenderOptions(options));
}

/**
 * The container, checked before anything is parsed or built: an element of
 * any realm (the page's, an iframe's, a jsdom window's), so checked by its
 * node type rather than `instanceof HTMLElement`.
 */
function checkContainer(container: unknown): HTMLElement {
  const node = container as Partial<Element> | null | undefined;
  if (typeof node !== 'object' || node === null || node.nodeType !== 1 || typeof node.append !== 'function' || !node.ownerDocument) {
    const got = container === null ? 'null' : typeof container === 'object' ? 'an object that is not an element' : typeof container;
    throw new TypeError(`renderTimeline: the container must be a DOM element to draw into; got ${got}.`);
  }
  return container as HTMLElement;
}

class InteractiveTimeline implements TimelineView {
  readonly #container: HTMLElement;
  readonly #document: Document;
  /** One signal for every listener; from the container's own window, whose `addEventListener` only takes its own realm's signals. */
  readonly #abort: AbortController;
  readonly #events = new ViewEvents();
  readonly #releaseStyles: () => void;
  readonly #ids: ViewIds;
  /** The nodes, built once. */
  readonly #shell: ViewShell;
  readonly #canvas: CanvasTier;
  readonly #zoom: ZoomBehavior<SVGSVGElement, unknown>;
  readonly #resizeObserver: ResizeObserver | undefined;

  #options: NormalizedRenderOptions;
  #model!: ViewModel;
  #laneIndex!: LaneIndex;
  #transform: ZoomTransform = zoomIdentity;
  #selected = -1;
  #focusable = 0;
  #hovered = -1;
  #frameRequest: number | undefined;
  #lastZoom = '';
  #listCaption = '';
  #listWindow = '';
  #listTimer: ReturnType<typeof setTimeout> | undefined;
  #laneLabels: { node: SVGTextElement; y: number; top: number; bottom: number }[] = [];
  /** Whether the window was chosen (zoomed, panned, `zoomTo`) rather than the default one, which follows the data. */
  #windowChosen = false;
  /** The vertical picture's geometry while time runs down the page; undefined in the horizontal one. */
  #vertical: VerticalLayout | undefined;
  /** What the vertical geometry was laid out for: the open details panel's row and height. */
  #verticalFor = '';
  #destroyed = false;

  constructor(container: HTMLElement, timeline: Timeline, options: NormalizedRenderOptions) {
    this.#container = container;
    this.#document = container.ownerDocument;
    this.#abort = new (this.#document.defaultView?.AbortController ?? AbortController)();
    this.#options = options;
    viewCount += 1;
    this.#ids = viewIds(`dt${viewCount}-`);
    this.#releaseStyles = useTimelineStyles(container);
    const shell = buildViewShell(this.#document, this.#ids);
    this.#shell = shell;
    const signal = this.#abort.signal;
    const onClick = (button: HTMLButtonElement, action: () => void) => {
      button.addEventListener('click', action, { signal });
    };
    onClick(shell.zoomIn, () => { this.#zoomBy(viewDefaults.zoomStep); });
    onClick(shell.zoomOut, () => { this.#zoomBy(1 / viewDefaults.zoomStep); });
    onClick(shell.zoomReset, () => {
      this.#windowChosen = false;
      this.#setTransform(zoomIdentity);
    });
    onClick(shell.listToggle, () => { this.#toggleList(); });
    this.#canvas = new CanvasTier({ root: shell.root, scroll: shell.scroll, plot: shell.plotSvg }, () => { this.#schedule(); });

    this.#zoom = d3zoom<SVGSVGElement, unknown>()
      // Ctrl/⌘ + wheel (and pinch, which browsers report as ctrl + wheel) zooms; a plain wheel scrolls the page.
      .filter((event: Event) => {
        // The vertical picture does not zoom or pan: the page scrolls it.
        if (this.#vertical) return false;
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type === 'dblclick') return false;
        const mouse = event as MouseEvent;
        return !mouse.ctrlKey && !mouse.button;
      })
      // d3's default multiplies ctrl + wheel by 10 for pinches; a mouse notch (±100) would then zoom 4×. Gentler: 1.5× a notch.
      .wheelDelta((event: WheelEvent) => -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * 3)
      // d3's default reads the global `navigator`, which a Node process rendering into a jsdom window may lack.
      .touchable(function touchable(this: SVGSVGElement) {
        return Boolean(this.ownerDocument.defaultView?.navigator.maxTouchPoints) || 'ontouchstart' in this;
      })
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
        this.#transform = event.transform;
        // A drag, wheel or pinch; calls made here (zoom.transform) have no source event.
        if (event.sourceEvent) this.#windowChosen = true;
        this.#schedule();
      });
    select(shell.plotSvg).call(this.#zoom);

    shell.plotSvg.addEventListener('wheel', (event) => { this.#onWheel(event); }, { signal, passive: false });
    shell.plotSvg.addEventListener('click', (event) => { this.#onClick(event); }, { signal });
    shell.plotSvg.addEventListener('keydown', (event) => { this.#onKeyDown(event); }, { signal });
    shell.plotSvg.addEventListener('pointerover', (event) => { this.#onPointerOver(event); }, { signal });
    shell.plotSvg.addEventListener('pointermove', (event) => { this.#onPointerMove(event); }, { signal, passive: true });
    shell.plotSvg.addEventListener('pointerleave', () => { this.#hover(-1, undefined); }, { signal });
    shell.plotSvg.addEventListener('focusin', (event) => { this.#onFocusIn(event); }, { signal });
    shell.plotSvg.addEventListener('focusout', (event) => {
      if (!shell.plotSvg.contains(event.relatedTarget as Node | null)) this.#hover(-1, undefined);
    }, { signal });
    shell.scroll.addEventListener('scroll', () => {
      this.#stickLaneLabels();
      if (this.#canvas.tier !== 'svg' || this.#verticalWindowed()) this.#schedule();
    }, { signal, passive: true });

    shell.details.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.#closeDetails(true);
      }
    }, { signal });

    container.append(shell.root);
    const view = this.#document.defaultView;
    const Observer = view?.ResizeObserver;
    this.#resizeObserver = Observer ? new Observer(() => { this.#onResize(); }) : undefined;
    this.#resizeObserver?.observe(container);

    try {
      this.#rebuild(buildViewModel(timeline, options, this.#width()), false);
    } catch (error) {
      // A refused option (say, an unknown reference source) must not leave a half-built view behind.
      this.destroy();
      throw error;
    }
  }

  get timeline(): Timeline {
    return this.#model.timeline;
  }

  update(next: TimelineUpdate): void {
    this.#assertAlive('update');
    // Whatever can refuse the update (options, the document, reference, filter, laneBy) runs before anything
    // changes, so a throw leaves the picture, options, timeline, window and selection as they were.
    const options = next.options === undefined ? this.#options : normalizeRenderOptions(next.options, this.#options);
    const current = this.#model.timeline;
    const given = next.timeline === undefined ? current : toTimeline(next.timeline);
    // Equal content keeps the Timeline on show: nothing is redrawn, and view.timeline stays the same object.
    const timeline = sameTimeline(given, current) ? current : given;
    const rangeGiven = next.options?.range !== undefined;
    if (timeline === current && !rangeGiven && sameRenderOptions(options, this.#options)) return;
    const model = buildViewModel(timeline, options, this.#width(options));
    this.#options = options;
    this.#rebuild(model, !rangeGiven);
  }

  zoomTo(range: DayRange): void {
    this.#assertAlive('zoomTo');
    const { range: days } = normalizeRenderOptions({ range });
    if (!days) return;
    this.#windowChosen = true;
    this.#showDays(days.from, days.to + 1);
  }

  select(id: string | undefined): void {
    this.#assertAlive('select');
    if (id === undefined) {
      this.#closeDetails(false);
      return;
    }
    const index = this.#model.layout.events.findIndex((event) => event.id === id);
    if (index < 0) {
      const hidden = this.#model.timeline.event(id) !== undefined;
      throw new RangeError(`select: ${hidden ? 'the filter option hides the event' : 'the timeline has no event'} with id ${JSON.stringify(id)}.`);
    }
    this.#selectEvent(index, false);
  }

  on<K extends TimelineViewEventType>(type: K, listener: (detail: TimelineViewEventMap[K]) => void): () => void {
    return this.#events.on(type, listener);
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#cancelFrame();
    if (this.#listTimer !== undefined) clearTimeout(this.#listTimer);
    this.#resizeObserver?.disconnect();
    select(this.#shell.plotSvg).on('.zoom', null);
    // Mid-drag, d3-zoom listens on the window (and d3-drag blocks text selection
    // there) until the button is released; a destroyed view must not wait for that.
    const view = this.#document.defaultView;
    if (view) select(view).on('mousemove.zoom mouseup.zoom dragstart.drag selectstart.drag click.drag', null);
    this.#abort.abort();
    this.#canvas.destroy();
    if (this.#rowsFollowScroll) this.#document.removeEventListener('scroll', this.#onRowsScroll, { capture: true });
    this.#events.clear();
    this.#shell.root.remove();
    this.#releaseStyles();
  }

  // --- building ----------------------------------------------------------

  #assertAlive(method: string): void {
    if (this.#destroyed) throw new Error(`${method}: the view has been destroyed.`);
  }

  #width(options = this.#options): number {
    const measured = this.#container.clientWidth;
    return measured > 0 ? measured : options.width;
  }

  /**
   * Shows a view model built for the current options: keeps the days in view
   * when `keepWindow` and the window was chosen, else shows the model's
   * default window; the selection and focus carry over by event id.
   */
  #rebuild(model: ViewModel, keepWindow: boolean): void {
    const previous = this.#model as ViewModel | undefined;
    const keep = previous && keepWindow && this.#windowChosen ? this.#currentScale() : undefined;
    const selectedId = this.#selected >= 0 ? previous?.layout.events[this.#selected]?.id : undefined;
    const focusedId = previous ? previous.layout.events[previous.layout.placements.event[this.#focusable] ?? -1]?.id : undefined;

    const { timeline, width } = model;
    this.#model = model;
    this.#laneIndex = buildLaneIndex(model.layout);
    const { layout } = model;
    const options = this.#options;
    const { language } = model;
    const name = options.title ?? timeline.title ?? language.text('timeline.name');

    this.#shell.root.dataset.theme = options.theme;
    this.#shell.root.setAttribute('aria-label', name);
    this.#shell.root.toggleAttribute('data-compact', model.compact);
    // In a narrow container (or when asked) time runs down the page, one row per event.
    const vertical = isVertical(options, width);
    this.#vertical = undefined;
    this.#verticalFor = '';
    this.#shell.root.toggleAttribute('data-orientation', vertical);
    if (vertical) this.#shell.root.dataset.orientation = 'vertical';
    for (const button of [this.#shell.zoomIn, this.#shell.zoomOut, this.#shell.zoomReset]) button.hidden = vertical;
    labelToolbar(this.#shell, language);
    this.#shell.instructions.textContent = language.text(vertical ? 'keys.vertical' : 'keys.horizontal');
    // The details open under their row in the vertical picture, so they scroll with it; below the plot otherwise.
    if (vertical) this.#shell.scroll.append(this.#shell.details);
    else if (this.#shell.details.parentNode !== this.#shell.root) this.#shell.tooltip.after(this.#shell.details);
    if (!vertical) this.#shell.details.style.removeProperty('top');
    const events = language.text('timeline.events', { count: layout.events.length });
    this.#shell.plotSvg.setAttribute('aria-label', vertical
      ? language.text('timeline.plotLabelVertical', { name, events })
      : language.text('timeline.plotLabel', { name, events, lanes: language.text('timeline.lanes', { count: layout.lanes.length }) }));

    // Legend.
    // The legend has its own defs (its swatches use masks), with their own ids.
    const legendPrefix = `${this.#ids.prefix}legend-`;
    const entries = vertical ? verticalLegend(model.legend) : model.legend;
    const legend = drawLegend(entries, width - 8, legendPrefix);
    this.#shell.legendSvg.setAttribute('width', String(width));
    this.#shell.legendSvg.setAttribute('height', String(legend.height + (legend.height > 0 ? 6 : 0)));
    this.#shell.legendSvg.setAttribute('aria-label', language.text('legend.label', { entries: entries.map((entry) => entry.label).join('; ') }));
    this.#shell.legendSvg.toggleAttribute('hidden', entries.length === 0);
    this.#shell.legendSvg.replaceChildren(createNode(this.#document, drawDefs(legendPrefix, undefined)),
      createNode(this.#document, { tag: 'g', attributes: { transform: 'translate(4,2)' }, children: [legend.node] }));

    // Plot frame, lanes and defs.
    const scale = model.initialScale;
    this.#shell.axisSvg.setAttribute('width', String(width));
    this.#shell.plotSvg.setAttribute('width', String(width));
    this.#shell.plotSvg.setAttribute('height', String(Math.max(1, layout.height)));
    const defs = drawDefs(this.#ids.prefix, { x: scale.x0, width: scale.x1 - scale.x0, height: layout.height });
    this.#shell.defs.replaceChildren(createNode(this.#document, defs));
    this.#shell.lanesGroup.replaceChildren(createNode(this.#document, drawLanes(layout, width, model.gutter, model.compact)));
    // Only gutter names slide; a caption sliding down would cover the lane's marks.
    this.#laneLabels = model.compact ? [] : [...this.#shell.lanesGroup.querySelectorAll<SVGTextElement>('text.dt-lane-label')].map((node, i) => {
      const lane = layout.lanes[i]!;
      return { node, y: Number(node.getAttribute('y')), top: lane.top, bottom: lane.top + lane.height };
    });
    this.#stickLaneLabels();
    if (vertical) {
      this.#shell.lanesGroup.replaceChildren();
      this.#laneLabels = [];
      // Hidden until a selection opens it (below), so the rows are laid out without its gap first.
      this.#shell.details.hidden = true;
      this.#layOutRows();
    } else {
      this.#applyBounds();
    }

    // Zoom limits relative to the initial window; extent is the plot area.
    const initialDays = scale.to - scale.from;
    this.#zoom
      .extent([[scale.x0, 0], [scale.x1, Math.max(1, layout.height)]])
      .scaleExtent([initialDays / viewDefaults.maxWindowDays, Math.max(1, initialDays / viewDefaults.minWindowDays)]);

    // The accessible table and the selection carried over by id.
    this.#listCaption = name;
    this.#listWindow = '';
    this.#selected = selectedId === undefined ? -1 : layout.events.findIndex((event) => event.id === selectedId);
    const focusedEvent = focusedId === undefined ? -1 : layout.events.findIndex((event) => event.id === focusedId);
    this.#focusable = focusedEvent >= 0 ? layout.placements.firstOfEvent[focusedEvent]! : 0;
    if (this.#selected >= 0) this.#showDetails(this.#selected);
    else {
      this.#shell.details.hidden = true;
      this.#shell.details.replaceChildren();
    }

    if (keep) this.#showDays(keep.from, keep.to);
    else {
      this.#windowChosen = false;
      this.#setTransform(zoomIdentity);
    }
    // The selected event is gone (removed, or hidden by the filter): say so, as closing its details would.
    if (selectedId !== undefined && this.#selected < 0) this.#events.emit('select', { event: undefined });
  }

  /** A bounded container (with a height) scrolls the lanes under a sticky axis. */
  #applyBounds(): void {
    const explicit = this.#options.height;
    // Measured without the bounds set last time: a container whose height follows
    // its content would otherwise keep an old height when the picture grows
    // (turning vertical, say, or opening details under a row).
    const scrolled = this.#shell.scroll.scrollTop;
    this.#shell.root.toggleAttribute('data-bounded', false);
    const available = this.#container.clientHeight;
    if (explicit !== undefined || available > 0) {
      const chrome = this.#shell.toolbar.offsetHeight + this.#shell.legendSvg.getBoundingClientRect().height;
      const height = explicit ?? Math.max(120, available - chrome);
      this.#shell.root.toggleAttribute('data-bounded', true);
      this.#shell.root.style.setProperty('--dt-max-height', `${Math.round(height)}px`);
      this.#shell.scroll.scrollTop = scrolled;
    } else {
      this.#shell.root.toggleAttribute('data-bounded', false);
      this.#shell.root.style.removeProperty('--dt-max-height');
    }
  }

  // --- zooming -----------------------------------------------------------

  #currentScale(): DayScale {
    return scaleInView(this.#model.initialScale, this.#transform);
  }

  #setTransform(transform: ZoomTransform): void {
    // zoom.transform fires the zoom listener, which records the transform.
    select(this.#shell.plotSvg).call((selection) => {
      this.#zoom.transform(selection, transform);
    });
    this.#transform = transform;
    this.#renderNow();
  }

  /** Shows days `[from, to)` across the plot. */
  #showDays(from: number, to: number): void {
    this.#setTransform(transformShowing(this.#model.initialScale, from, to));
  }

  /** Zooms by a factor about a pixel (the plot's middle by default). */
  #zoomBy(factor: number, centerX?: number): void {
    this.#windowChosen = true;
    this.#setTransform(transformZoomedBy(this.#model.initialScale, this.#transform, factor, this.#zoom.scaleExtent(), centerX));
  }

  /** Pans by a number of pixels (positive moves the view later in time). */
  #panBy(pixels: number): void {
    this.#windowChosen = true;
    this.#setTransform(transformPannedBy(this.#transform, pixels));
  }

  #onWheel(event: WheelEvent): void {
    if (this.#vertical || event.ctrlKey || event.metaKey) return; // d3-zoom zooms; the vertical picture scrolls with the page
    const unit = event.deltaMode === 1 ? viewDefaults.lineHeight : event.deltaMode === 2 ? this.#model.width : 1;
    const horizontal = event.shiftKey ? event.deltaY || event.deltaX : Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : 0;
    if (horizontal === 0) return; // a vertical wheel scrolls the page
    event.preventDefault();
    this.#panBy(horizontal * unit);
  }

  // --- drawing -----------------------------------------------------------

  #schedule(): void {
    if (this.#frameRequest !== undefined || this.#destroyed) return;
    const view = this.#document.defaultView;
    if (view?.requestAnimationFrame) {
      this.#frameRequest = view.requestAnimationFrame(() => {
        this.#frameRequest = undefined;
        this.#renderNow();
      });
    } else {
      this.#frameRequest = setTimeout(() => {
        this.#frameRequest = undefined;
        this.#renderNow();
      }, 16) as unknown as number;
    }
  }

  #cancelFrame(): void {
    if (this.#frameRequest === undefined) return;
    const view = this.#document.defaultView;
    if (view?.cancelAnimationFrame) view.cancelAnimationFrame(this.#frameRequest);
    else clearTimeout(this.#frameRequest);
    this.#frameRequest = undefined;
  }

  #settings(): SceneSettings {
    const options = this.#options;
    return {
      idPrefix: this.#ids.prefix, locale: options.locale, language: this.#model.language, labels: options.labels, maxLabelWidth: options.maxLabelWidth,
      titles: false, interactive: true, detailsId: this.#ids.details, detailLimit: options.detailLimit,
    };
  }

  #renderNow(): void {
    this.#cancelFrame();
    if (this.#destroyed) return;
    if (this.#vertical) {
      this.#renderVertical();
      return;
    }
    const model = this.#model;
    const { layout } = model;
    const scale = this.#currentScale();
    const frame: Frame = { scale, selected: this.#selected, focusable: this.#focusable };
    const settings = this.#settings();
    const window = itemWindow(layout, scale, settings);
    const { canvasThreshold, detailLimit, locale } = this.#options;
    const context = placementsInSight(layout, window, scale.to, canvasThreshold) > canvasThreshold ? this.#canvas.context() : null;
    const canvasFrame = { layout, laneStarts: this.#laneIndex.starts, frame, window, settings, width: model.width, detailLimit, locale };
    const { items, overview, visibleCount } = context ? this.#canvas.draw(context, canvasFrame) : drawItems(layout, frame, settings);
    if (!context) this.#hideCanvas();

    // Axis with d3-axis on a (poly)linear UTC scale, at the ticks and labels chosen for it.
    const ticks = axisTicks(scale, this.#options.locale, model.breaks);
    const tickLabels = new Map(ticks.map((tick) => [tick.date.getTime(), tick.label]));
    select(this.#shell.axisGroup).call(axisTop(utcScaleOf(scale)).tickValues(ticks.map((tick) => tick.date))
      .tickFormat((value) => tickLabels.get((value as Date).getTime()) ?? ''));
    this.#shell.axisBreaks.replaceChildren(createNode(this.#document, drawAxisBreaks(scale, model.breaks, model.language)));

    const doc = this.#document;
    this.#shell.gridGroup.replaceChildren(createNode(doc, drawGrid(scale, layout.height, this.#options.locale, model.breaks)));
    const reference = model.reference ? drawReference(model.reference.day, model.reference.label, scale, layout.height) : null;
    this.#shell.referenceGroup.replaceChildren(...(reference ? [createNode(doc, reference)] : []));
    this.#shell.connectorsGroup.replaceChildren(...drawConnectors(layout, frame, items).map((node) => createNode(doc, node)));
    this.#shell.overviewGroup.replaceChildren(...(overview ? [createNode(doc, overview)] : []));
    this.#showOverviewNote(overview || this.#canvas.tier === 'bins' ? visibleCount : 0);
    this.#joinItems(items);
    this.#shell.labelsGroup.replaceChildren(...items.flatMap((item) => (item.label ? [createNode(doc, item.label)] : [])));
    this.#emitZoom(scale);
    this.#updateList(scale);
  }

  // --- the vertical picture ------------------------------------------------

  /**
   * Lays out the vertical rows, with a gap under the selected row for its
   * open details panel (measured where it is drawn), and sizes the plot to them.
   */
  #layOutRows(): void {
    const model = this.#model;
    const open = this.#selected >= 0 && !this.#shell.details.hidden;
    const detailsHeight = open ? this.#shell.details.offsetHeight : 0;
    this.#verticalFor = open ? `${this.#selected}/${detailsHeight}` : '';
    const vertical = layOutVertical(model.layout, model.timeline.actors, model.language, model.width, model.reference,
      open ? { row: this.#selected, height: detailsHeight } : undefined);
    this.#vertical = vertical;
    this.#shell.plotSvg.setAttribute('height', String(Math.max(1, Math.ceil(vertical.height))));
    this.#shell.defs.replaceChildren(createNode(this.#document, drawDefs(this.#ids.prefix, { x: 0, width: model.width, height: vertical.height })));
    if (open) this.#shell.details.style.setProperty('top', `${Math.round(vertical.gapTop[vertical.gapTop.length - 1]! + verticalSizes.detailsMargin)}px`);
    this.#applyBounds();
  }

  /** A vertical frame: the rows, the rail and the reference line; the open details panel sits in a gap under its row. */
  #renderVertical(): void {
    const open = this.#selected >= 0 && !this.#shell.details.hidden;
    if ((open ? `${this.#selected}/${this.#shell.details.offsetHeight}` : '') !== this.#verticalFor) this.#layOutRows();
    const vertical = this.#vertical!;
    const model = this.#model;
    const { layout } = model;
    const doc = this.#document;
    const focusRow = layout.placements.event[this.#focusable] ?? -1;
    const rows = this.#rowsToDraw(vertical, focusRow);
    const items = drawVerticalItems(layout, vertical, { selected: this.#selected, focusable: focusRow }, this.#settings(), rows);
    this.#hideCanvas();
    const rail = drawVerticalRail(vertical);
    this.#shell.gridGroup.replaceChildren(...(rail ? [createNode(doc, rail)] : []));
    const reference = model.reference ? drawVerticalReference(vertical, model.reference.label) : null;
    this.#shell.referenceGroup.replaceChildren(...(reference ? [createNode(doc, reference)] : []));
    this.#shell.connectorsGroup.replaceChildren();
    this.#shell.overviewGroup.replaceChildren();
    this.#showOverviewNote(0);
    this.#joinItems(items);
    this.#shell.labelsGroup.replaceChildren(...items.flatMap((item) => (item.label ? [createNode(doc, item.label)] : [])));
    // A windowed list follows the rows drawn.
    const first = rows?.[0] ?? 0, last = rows?.[rows.length - 1] ?? layout.events.length - 1;
    this.#updateList({ ...model.initialScale, from: layout.eventStart[first] ?? 0, to: (layout.eventStart[last] ?? 0) + 1 });
  }

  /** Whether the vertical picture draws only the rows in sight (past the canvas threshold), and so redraws on scroll. */
  #verticalWindowed(): boolean {
    return this.#vertical !== undefined && this.#vertical.count > this.#options.canvasThreshold;
  }

  /** Whether the page's scroll redraws the rows in sight; the listener is added the first time it is needed, removed in destroy(). */
  #rowsFollowScroll = false;

  readonly #onRowsScroll = (): void => {
    if (this.#verticalWindowed()) this.#schedule();
  };

  /**
   * The rows to draw: all of them (undefined) up to the canvas threshold;
   * past it, those in sight (in the window, and in the scroller when it is
   * bounded) with a screen's height above and below, the spans that run
   * into them, and the focused and selected rows: the page stays small at
   * any length, and the tab stop is always drawn.
   */
  #rowsToDraw(vertical: VerticalLayout, focusRow: number): readonly number[] | undefined {
    if (!this.#verticalWindowed()) return undefined;
    if (!this.#rowsFollowScroll) {
      this.#rowsFollowScroll = true;
      this.#document.addEventListener('scroll', this.#onRowsScroll, { capture: true, passive: true });
    }
    const plot = this.#shell.plotSvg.getBoundingClientRect();
    const windowHeight = this.#document.defaultView?.innerHeight || 800;
    let top = -plot.top, bottom = windowHeight - plot.top;
    if (this.#shell.root.hasAttribute('data-bounded')) {
      const scroller = this.#shell.scroll.getBoundingClientRect();
      top = Math.max(top, scroller.top - plot.top);
      bottom = Math.min(bottom, scroller.bottom - plot.top);
    }
    return rowsInSight(this.#model.layout, vertical, top - windowHeight, bottom + windowHeight, focusRow, this.#selected);
  }

  #hideCanvas(): void {
    if (this.#canvas.tier !== 'svg') this.#shell.plotSvg.style.removeProperty('cursor');
    this.#canvas.hide();
  }

  /**
   * Fills the accessible list: at once the first time and whenever every
   * event fits; when it is windowed to the events in view, once zooming
   * settles rather than on every frame.
   */
  #updateList(scale: DayScale): void {
    const { layout } = this.#model;
    const limit = Math.min(this.#options.detailLimit, viewDefaults.listRows);
    const windowed = layout.events.length > limit;
    const key = windowed ? `${Math.floor(scale.from)}/${Math.ceil(scale.to)}` : 'all';
    if (key === this.#listWindow) return;
    const fill = () => {
      this.#listTimer = undefined;
      this.#listWindow = key;
      fillAccessibleTable(this.#shell.table, layout, this.#model.timeline, this.#model.language, this.#listCaption,
        { from: scale.from, to: scale.to, limit });
    };
    if (this.#listTimer !== undefined) clearTimeout(this.#listTimer);
    if (this.#listWindow === '' || !windowed) fill();
    else this.#listTimer = setTimeout(fill, 250);
  }

  /**
   * Keeps each lane's name in sight while its lane scrolls under the sticky
   * axis: the name slides down with the view, but never out of its lane.
   */
  #stickLaneLabels(): void {
    const visibleTop = this.#shell.scroll.scrollTop;
    for (const label of this.#laneLabels) {
      const offset = label.y - label.top;
      const y = Math.min(Math.max(label.y, visibleTop + offset), label.bottom - 6);
      label.node.setAttribute('y', String(Math.round(y)));
    }
  }

  /** Says why marks are merged, and what to do about it, while the view is an overview. */
  #showOverviewNote(count: number): void {
    const { language } = this.#model;
    const how = language.text(this.#canvas.tier === 'bins' ? 'toolbar.overviewBins' : 'toolbar.overviewMarks');
    const text = count > 0 ? language.text('toolbar.overview', { count, how }) : '';
    if (this.#shell.overviewNote.textContent !== text) this.#shell.overviewNote.textContent = text;
    this.#shell.overviewNote.hidden = count === 0;
  }

  /** Keyed join: one `<g>` per event and lane, reused across frames and updates. */
  #joinItems(items: readonly DrawnItem[]): void {
    const doc = this.#document;
    select(this.#shell.itemsGroup)
      .selectAll<SVGGElement, DrawnItem>('g.dt-item')
      .data(items, (item) => item.key)
      .join(
        (enter) => enter.append((item) => createNode(doc, item.node) as SVGGElement),
        (update) => update.each(function patch(item) {
          patchElement(this, item.node);
        }),
        (exit) => exit.remove())
      .order();
    // Keep exactly one item in the tab order, even when the focusable one scrolled away.
    if (!items.some((item) => item.placement === this.#focusable) && items.length > 0) {
      this.#shell.itemsGroup.querySelector('g.dt-item')?.setAttribute('tabindex', '0');
    }
  }

  #emitZoom(scale: DayScale): void {
    const from = formatDay(Math.floor(scale.from));
    const to = formatDay(Math.ceil(scale.to) - 1);
    const key = `${from}/${to}`;
    if (key === this.#lastZoom) return;
    this.#lastZoom = key;
    this.#events.emit('zoom', { from, to });
  }

  // --- interaction -------------------------------------------------------

  #itemOf(target: EventTarget | null): { placement: number; node: SVGGElement } | undefined {
    // Realm-safe duck typing: jsdom and iframes have their own Element class.
    const candidate = target as Partial<Element> | null;
    const node = typeof candidate?.closest === 'function' ? candidate.closest<SVGGElement>('g.dt-item') : null;
    if (!node || !this.#shell.itemsGroup.contains(node)) return undefined;
    const item = (node as unknown as { __data__?: DrawnItem }).__data__;
    return item ? { placement: item.placement, node } : undefined;
  }

  /** Plot coordinates of a pointer event. */
  #plotPoint(event: MouseEvent): { x: number; y: number } {
    const box = this.#shell.plotSvg.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  /** On the canvas, the placement under the pointer (hit-tested in the layout), or -1. */
  #canvasHit(event: MouseEvent): number {
    if (this.#canvas.tier !== 'canvas') return -1;
    const { x, y } = this.#plotPoint(event);
    return placementAt(this.#model.layout, this.#currentScale(), x, y);
  }

  #onPointerMove(event: PointerEvent): void {
    if (this.#canvas.tier === 'svg' || this.#itemOf(event.target)) return;
    const placement = this.#canvasHit(event);
    this.#shell.plotSvg.style.setProperty('cursor', placement >= 0 || this.#canvas.tier === 'bins' ? 'pointer' : '');
    if (placement >= 0) this.#hover(placement, this.#markBox(placement));
    else this.#hover(-1, undefined);
  }

  /** Where a placement's mark is on screen, for the tooltip. */
  #markBox(placement: number): TooltipAnchor {
    return markAnchor(this.#model.layout, this.#currentScale(), placement, this.#shell.plotSvg.getBoundingClientRect());
  }

  #onClick(event: MouseEvent): void {
    const item = this.#itemOf(event.target);
    if (!item) {
      if (this.#canvas.tier === 'bins') {
        this.#zoomBy(viewDefaults.binZoom, this.#plotPoint(event).x);
        return;
      }
      const placement = this.#canvasHit(event);
      if (placement < 0) return;
      this.#focusPlacement(placement, false);
      this.#selectEvent(this.#model.layout.placements.event[placement]!, false);
      this.#hover(placement, this.#markBox(placement));
      return;
    }
    this.#focusPlacement(item.placement, false);
    this.#selectEvent(this.#model.layout.placements.event[item.placement]!, false);
    this.#hover(item.placement, item.node);
  }

  #onPointerOver(event: PointerEvent): void {
    const item = this.#itemOf(event.target);
    if (item) this.#hover(item.placement, item.node);
  }

  #onFocusIn(event: FocusEvent): void {
    const item = this.#itemOf(event.target);
    if (item) this.#hover(item.placement, item.node);
  }

  #onKeyDown(event: KeyboardEvent): void {
    const item = this.#itemOf(event.target);
    if (!item) return;
    const { layout } = this.#model;
    const key = event.key;
    if (isNavigationKey(key)) {
      event.preventDefault();
      const target = this.#vertical
        // One row per event: every arrow moves through time.
        ? layout.placements.firstOfEvent[nextRow(layout.events.length, layout.placements.event[item.placement]!, key)] ?? -1
        : nextPlacement(layout, this.#laneIndex, item.placement, key);
      if (target >= 0) this.#focusPlacement(target, true);
    } else if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      this.#selectEvent(layout.placements.event[item.placement]!, false);
    } else if (key === 'Escape') {
      if (this.#selected >= 0) {
        event.preventDefault();
        this.#closeDetails(false);
      }
    } else if (!this.#vertical && (key === '+' || key === '=' || key === '-' || key === '_')) {
      event.preventDefault();
      const geometry = itemGeometry(spanOf(layout, layout.placements.event[item.placement]!), this.#currentScale(), itemMetrics);
      this.#zoomBy(key === '+' || key === '=' ? viewDefaults.zoomStep : 1 / viewDefaults.zoomStep, geometry.markX);
      this.#focusPlacement(item.placement, true);
    }
  }

  /** Makes a placement the focusable one (where its event is labelled, never an echo), panning it into view, and optionally focuses it. */
  #focusPlacement(target: number, moveFocus: boolean): void {
    const { layout } = this.#model;
    const placement = this.#vertical ? target : primaryPlacement(layout, target);
    this.#focusable = placement;
    if (this.#vertical) {
      this.#renderNow();
      // Focus scrolls the row into view, in the page or in a bounded scroller.
      if (moveFocus) this.#nodeOf(placement)?.focus();
      return;
    }
    const scale = this.#currentScale();
    const geometry = itemGeometry(spanOf(layout, layout.placements.event[placement]!), scale, itemMetrics);
    const margin = 24;
    if (geometry.markX < scale.x0 + margin || geometry.markX > scale.x1 - margin) {
      this.#panBy(geometry.markX - (scale.x0 + scale.x1) / 2);
    } else {
      this.#renderNow();
    }
    if (!moveFocus) return;
    const node = this.#nodeOf(placement);
    node?.focus({ preventScroll: true });
    this.#scrollIntoView(placement);
  }

  #nodeOf(placement: number): SVGGElement | undefined {
    for (const node of this.#shell.itemsGroup.children) {
      if ((node as unknown as { __data__?: DrawnItem }).__data__?.placement === placement) return node as SVGGElement;
    }
    return undefined;
  }

  /** Scrolls the lanes vertically so the focused row is visible below the sticky axis. */
  #scrollIntoView(placement: number): void {
    if (!this.#shell.root.hasAttribute('data-bounded')) return;
    const top = this.#model.layout.placements.top[placement]!;
    const scroller = this.#shell.scroll;
    const visibleTop = scroller.scrollTop;
    const visibleHeight = scroller.clientHeight - sizes.axisHeight;
    if (top < visibleTop || top + sizes.rowHeight > visibleTop + visibleHeight) {
      scroller.scrollTop = Math.max(0, top - visibleHeight / 2);
    }
  }

  #hover(placement: number, node: TooltipAnchor | undefined): void {
    const { layout } = this.#model;
    const e = placement >= 0 ? layout.placements.event[placement]! : -1;
    if (!node || e < 0) {
      this.#shell.tooltip.hidden = true;
      if (this.#hovered !== -1) {
        this.#hovered = -1;
        this.#events.emit('hover', { event: undefined });
      }
      return;
    }
    const event = layout.events[e]!;
    // A vertical row shows its whole title; with its details open under it, a tooltip would only cover them.
    if (this.#vertical && e === this.#selected) this.#shell.tooltip.hidden = true;
    else showTooltip(this.#shell.tooltip, this.#shell.root, event, node, this.#model.language);
    if (this.#hovered !== e) {
      this.#hovered = e;
      this.#events.emit('hover', { event });
    }
  }

  #selectEvent(e: number, moveFocus: boolean): void {
    const changed = this.#selected !== e;
    this.#selected = e;
    this.#showDetails(e);
    this.#renderNow();
    const event = this.#model.layout.events[e]!;
    const { language } = this.#model;
    this.#announce(language.text('event.selected', { label: eventLabel(event, language) }));
    if (moveFocus) this.#shell.details.querySelector('button')?.focus();
    if (changed) this.#events.emit('select', { event });
  }

  #showDetails(e: number): void {
    const event = this.#model.layout.events[e]!;
    const close = fillDetails(this.#shell.details, event, this.#model.timeline, this.#model.language, this.#ids.detailsHeading);
    close.addEventListener('click', () => { this.#closeDetails(true); }, { signal: this.#abort.signal });
    this.#shell.details.hidden = false;
  }

  #closeDetails(returnFocus: boolean): void {
    const wasSelected = this.#selected;
    this.#shell.details.hidden = true;
    this.#shell.details.replaceChildren();
    if (wasSelected < 0) return;
    this.#selected = -1;
    this.#renderNow();
    this.#announce(this.#model.language.text('event.closed'));
    if (returnFocus) this.#nodeOf(this.#focusable)?.focus({ preventScroll: true });
    this.#events.emit('select', { event: undefined });
  }

  #announce(text: string): void {
    this.#shell.live.textContent = text;
  }

  #toggleList(): void {
    const shown = !this.#shell.list.classList.toggle('dt-visually-hidden');
    this.#shell.listToggle.setAttribute('aria-expanded', String(shown));
    const action = this.#model.language.text(shown ? 'toolbar.hideList' : 'toolbar.showList');
    this.#shell.listToggle.textContent = action;
    this.#shell.listToggle.setAttribute('aria-label', action);
  }

  #onResize(): void {
    if (this.#destroyed) return;
    const width = this.#width();
    if (Math.abs(width - this.#model.width) < 1) {
      this.#applyBounds();
      return;
    }
    this.#rebuild(buildViewModel(this.#model.timeline, this.#options, width), true);
  }
}

/** Updates a reused element in place from a tree node: attributes, then children. */
function patchElement(element: Element, node: ElementNode): void {
  applyAttributes(element, node.attributes);
  const doc = element.ownerDocument;
  element.replaceChildren(...node.children.map((child) => createNode(doc, child)));
}
