/**
 * The UMD bundle for a plain <script> tag: the model, dates, layout, the
 * renderer and the custom element (defined on load), with the d3 modules
 * inside. The interchange formats are left out to keep the page's download
 * small; they are in the ESM and CommonJS builds (and the CLI). Only values
 * are listed: a script tag has no use for types.
 */
export {
  parseTimeline, validateTimeline, TimelineValidationError, Timeline,
  eventKinds, eventStatuses, actorKinds, relations,
  parseEdtf, formatEdtf, resolveRelative, describeWhen, describeSpan, DateExtent, formatDay, parseDay, precisions,
  computeLayout, laneOf, packRows,
  renderTimeline, renderToSVG,
  messagesFor, messageTables, shippedLanguages,
} from './index.js';
export { defineTimelineElement, createTimelineElementClass } from './element/index.js';
