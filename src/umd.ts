// The UMD bundle: everything the package exports, plus the custom element,
// which is defined on load so a plain <script> tag is enough.
export * from './index.js';
export { defineTimelineElement, createTimelineElementClass } from './element/index.js';
