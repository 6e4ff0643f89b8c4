/**
 * The interactive view's DOM, built once: the toolbar, the legend, the
 * scrolling plot under its sticky axis (with its layers in drawing order),
 * the tooltip, the details panel, the live region and the accessible list.
 * Frames and updates only fill these nodes; nothing here listens to events.
 */
import type { Language } from '../i18n/messages.js';
import { sizes } from './sizes.js';
import { svgNamespace } from './svgNode.js';

/** The ids a view gives its nodes, unique in the page. */
export interface ViewIds {
  /** Prefix for every id of the view, including those in its `<defs>`. */
  readonly prefix: string;
  readonly details: string;
  readonly detailsHeading: string;
  readonly table: string;
  readonly instructions: string;
  readonly tooltip: string;
}

/** A view's ids from its prefix. */
export function viewIds(prefix: string): ViewIds {
  return {
    prefix, details: `${prefix}details`, detailsHeading: `${prefix}details-title`, table: `${prefix}table`,
    instructions: `${prefix}instructions`, tooltip: `${prefix}tooltip`,
  };
}

/** The nodes of a view. */
export interface ViewShell {
  readonly root: HTMLDivElement;
  readonly toolbar: HTMLDivElement;
  /** Zoom in, zoom out and reset: the vertical picture, which does not zoom, hides them. */
  readonly zoomIn: HTMLButtonElement;
  readonly zoomOut: HTMLButtonElement;
  readonly zoomReset: HTMLButtonElement;
  readonly listToggle: HTMLButtonElement;
  readonly overviewNote: HTMLParagraphElement;
  readonly legendSvg: SVGSVGElement;
  readonly scroll: HTMLDivElement;
  readonly axisSvg: SVGSVGElement;
  readonly axisGroup: SVGGElement;
  readonly axisBreaks: SVGGElement;
  readonly plotSvg: SVGSVGElement;
  readonly defs: SVGGElement;
  readonly lanesGroup: SVGGElement;
  readonly gridGroup: SVGGElement;
  readonly referenceGroup: SVGGElement;
  readonly connectorsGroup: SVGGElement;
  readonly itemsGroup: SVGGElement;
  readonly labelsGroup: SVGGElement;
  readonly overviewGroup: SVGGElement;
  readonly instructions: HTMLParagraphElement;
  readonly tooltip: HTMLDivElement;
  readonly details: HTMLDivElement;
  readonly live: HTMLDivElement;
  readonly list: HTMLDivElement;
  readonly table: HTMLTableElement;
}

/** Builds a view's nodes in `doc`, detached: the caller adds the listeners and puts `root` in the page. */
export function buildViewShell(doc: Document, ids: ViewIds): ViewShell {
  const html = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    node.className = className;
    return node;
  };
  const svg = (tag: string, className: string): SVGElement => {
    const node = doc.createElementNS(svgNamespace, tag);
    node.setAttribute('class', className);
    return node;
  };

  const root = html('div', 'dt-root');
  // A labelled group, not a landmark: a landmark would oblige every embedding page to put all its content in landmarks.
  root.setAttribute('role', 'group');
  const toolbar = html('div', 'dt-toolbar');
  // Their words come with the view's language (see `labelToolbar`).
  const button = () => {
    const node = html('button', 'dt-button');
    node.type = 'button';
    toolbar.append(node);
    return node;
  };
  const zoomIn = button();
  const zoomOut = button();
  const zoomReset = button();
  const listToggle = button();
  listToggle.setAttribute('aria-controls', ids.table);
  listToggle.setAttribute('aria-expanded', 'false');
  const overviewNote = html('p', 'dt-overview-note');
  overviewNote.hidden = true;
  toolbar.append(overviewNote);

  const legendSvg = svg('svg', 'dt-legend-svg') as SVGSVGElement;
  legendSvg.setAttribute('role', 'img');
  const scroll = html('div', 'dt-scroll');
  const axisSvg = svg('svg', 'dt-axis-svg') as SVGSVGElement;
  axisSvg.setAttribute('aria-hidden', 'true');
  axisSvg.setAttribute('height', String(sizes.axisHeight));
  const axisGroup = svg('g', 'dt-axis') as SVGGElement;
  axisGroup.setAttribute('transform', `translate(0,${sizes.axisHeight - 1})`);
  const axisBreaks = svg('g', 'dt-axis-breaks-layer') as SVGGElement;
  axisBreaks.setAttribute('transform', `translate(0,${sizes.axisHeight - 1})`);
  axisSvg.append(axisGroup, axisBreaks);

  const plotSvg = svg('svg', 'dt-plot') as SVGSVGElement;
  plotSvg.setAttribute('role', 'group');
  plotSvg.setAttribute('aria-describedby', ids.instructions);
  const defs = svg('g', 'dt-defs') as SVGGElement;
  const lanesGroup = svg('g', 'dt-lanes-layer') as SVGGElement;
  const clipped = svg('g', 'dt-plot-area') as SVGGElement;
  clipped.setAttribute('clip-path', `url(#${ids.prefix}clip)`);
  const gridGroup = svg('g', 'dt-grid-layer') as SVGGElement;
  const referenceGroup = svg('g', 'dt-reference-layer') as SVGGElement;
  const connectorsGroup = svg('g', 'dt-connectors') as SVGGElement;
  const itemsGroup = svg('g', 'dt-items') as SVGGElement;
  const labelsGroup = svg('g', 'dt-labels') as SVGGElement;
  const overviewGroup = svg('g', 'dt-overview-layer') as SVGGElement;
  overviewGroup.setAttribute('aria-hidden', 'true');
  labelsGroup.setAttribute('aria-hidden', 'true');
  clipped.append(gridGroup, referenceGroup, overviewGroup, connectorsGroup, itemsGroup, labelsGroup);
  plotSvg.append(defs, lanesGroup, clipped);
  scroll.append(axisSvg, plotSvg);

  const instructions = html('p', 'dt-visually-hidden');
  instructions.id = ids.instructions;
  const tooltip = html('div', 'dt-tooltip');
  tooltip.id = ids.tooltip;
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  const details = html('div', 'dt-details');
  details.setAttribute('role', 'group');
  details.id = ids.details;
  details.hidden = true;
  const live = html('div', 'dt-live dt-visually-hidden');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  // The table hides in a wrapper: a table never shrinks below its content, so it cannot be visually hidden itself.
  const list = html('div', 'dt-list dt-visually-hidden');
  list.id = ids.table;
  const table = html('table', 'dt-table');
  list.append(table);
  root.append(toolbar, legendSvg, scroll, instructions, tooltip, details, live, list);

  return {
    root, toolbar, zoomIn, zoomOut, zoomReset, listToggle, overviewNote,
    legendSvg, scroll, axisSvg, axisGroup, axisBreaks, plotSvg, defs, lanesGroup, gridGroup, referenceGroup,
    connectorsGroup, itemsGroup, labelsGroup, overviewGroup, instructions, tooltip, details, live, list, table,
  };
}

/**
 * Puts the words of the view's language on the toolbar's buttons: a
 * symbol's spoken name, and the list toggle's action ("Show as list" or
 * "Hide list", whichever it will do).
 */
export function labelToolbar(shell: ViewShell, language: Language): void {
  const name = (button: HTMLButtonElement, text: string, label: string) => {
    button.textContent = text;
    if (label !== text) button.setAttribute('aria-label', label);
  };
  name(shell.zoomIn, '+', language.text('toolbar.zoomIn'));
  name(shell.zoomOut, '−', language.text('toolbar.zoomOut'));
  name(shell.zoomReset, language.text('toolbar.reset'), language.text('toolbar.resetZoom'));
  const listShown = shell.listToggle.getAttribute('aria-expanded') === 'true';
  const listAction = language.text(listShown ? 'toolbar.hideList' : 'toolbar.showList');
  shell.listToggle.textContent = listAction;
  // Once toggled, the toggle carries its action as its name too.
  if (shell.listToggle.hasAttribute('aria-label')) shell.listToggle.setAttribute('aria-label', listAction);
}
