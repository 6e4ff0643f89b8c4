/**
 * One `TimelineView` kept in step with a component's props: created on
 * mount, updated with only what changed, destroyed on unmount. The React
 * and Vue components both drive their view through it, so they agree on
 * what "changed" means.
 */
import { renderTimeline } from '../render/timeline.js';
import type { RenderOptions, TimelineView, TimelineViewEventMap } from 'diplomatic-timeline';
import { optionChanges, snapshotOptions } from './optionChanges.js';

/** Where a binding reports the view's events. */
export interface ViewBindingListeners {
  select(detail: TimelineViewEventMap['select']): void;
  zoom(detail: TimelineViewEventMap['zoom']): void;
}

/**
 * @example
 * const binding = new ViewBinding({ select: ({ event }) => console.log(event?.id), zoom: () => {} });
 * binding.show(container, json, { laneBy: 'country' }); // renders
 * binding.show(container, json, { laneBy: 'country' }); // equal props: nothing happens
 * binding.destroy();
 */
export class ViewBinding {
  readonly #listeners: ViewBindingListeners;
  #view: TimelineView | undefined;
  #timeline: unknown;
  #options: RenderOptions | undefined;

  constructor(listeners: ViewBindingListeners) {
    this.#listeners = listeners;
  }

  /** The live view, if one is shown. */
  get view(): TimelineView | undefined {
    return this.#view;
  }

  /**
   * Shows `timeline` with `options` in `container`: renders the first time
   * (or after a failed first render), and afterwards passes the view only
   * what changed — a timeline that is not the same object, options that
   * differ in content. Throws what the renderer throws; a failed update
   * leaves the old picture, and the next call tries again.
   */
  show(container: HTMLElement, timeline: unknown, options: RenderOptions | undefined): void {
    const view = this.#view;
    if (!view) {
      const created = renderTimeline(container, timeline, options);
      created.on('select', (detail) => { this.#listeners.select(detail); });
      created.on('zoom', (detail) => { this.#listeners.zoom(detail); });
      this.#view = created;
      this.#timeline = timeline;
      this.#options = snapshotOptions(options);
      return;
    }
    const changedOptions = optionChanges(this.#options, options);
    const changedTimeline = timeline !== this.#timeline;
    if (!changedTimeline && !changedOptions) return;
    view.update({
      ...(changedTimeline ? { timeline } : {}),
      ...(changedOptions ? { options: changedOptions } : {}),
    });
    this.#timeline = timeline;
    this.#options = snapshotOptions(options);
  }

  /** Destroys the view (nothing of it stays in the page); `show` may render again. */
  destroy(): void {
    this.#view?.destroy();
    this.#view = undefined;
    this.#timeline = undefined;
    this.#options = undefined;
  }
}
