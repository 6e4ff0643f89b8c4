/**
 * `<diplomatic-timeline src="events.json" lane-by="country">` — a custom
 * element that embeds a timeline in any page without writing code.
 *
 * The element reads its attributes, fetches `src` (the only network request
 * the library ever makes, and only to the URL it was given), renders with
 * `renderTimeline`, shows a readable error in place when the file is
 * missing or invalid, reports `dt-select` and `dt-zoom`, and removes
 * everything it added when it leaves the page.
 *
 * Importing this entry point in a browser defines the element (the package
 * lists it in `sideEffects`, so bundlers keep the import). Calling
 * {@link defineTimelineElement} says so explicitly and survives any
 * tree-shaking; the UMD bundle defines the element on load.
 *
 * @example
 * ```js
 * import { defineTimelineElement } from 'diplomatic-timeline/element';
 * defineTimelineElement(); // <diplomatic-timeline> now works in this page
 * ```
 */
import { defineTimelineElement } from './timelineElement.js';

export { createTimelineElementClass, defineTimelineElement, timelineElementAttributes } from './timelineElement.js';
export type { TimelineElement, TimelineElementEventMap, TimelineElementSvelteAttributes } from './timelineElement.js';

// A plain module import in a browser defines the element at once.
if (typeof globalThis.customElements !== 'undefined' && typeof globalThis.HTMLElement !== 'undefined') {
  defineTimelineElement();
}
