/**
 * Static rendering: one self-contained SVG string, styles embedded, made in
 * Node without any DOM (the element tree is serialized with escaping).
 */
import { drawLegend } from './legend.js';
import type { RenderOptions } from './options.js';
import { normalizeRenderOptions } from './options.js';
import type { Frame, SceneSettings } from './scene.js';
import { drawConnectors, drawDefs, drawGrid, drawItems, drawLanes, drawReference, drawStaticAxis } from './scene.js';
import { sizes } from './sizes.js';
import { timelineStyles } from './styles.js';
import { h, serializeTree, svgNamespace } from './svgNode.js';
import { drawVerticalItems, drawVerticalRail, drawVerticalReference, isVertical, layOutVertical, verticalLegend } from './verticalScene.js';
import type { ViewModel } from './viewModel.js';
import { buildViewModel, toTimeline } from './viewModel.js';

/**
 * Renders a `Timeline` (or a raw document, parsed first with `parseTimeline`) as an SVG string: the
 * same initial view as `renderTimeline`, with the legend, axis, lanes,
 * connectors, reference line and labels. Light, dark or `auto` (follows
 * `prefers-color-scheme` where the SVG is shown).
 *
 * @example
 * import { writeFile } from 'node:fs/promises';
 * await writeFile('timeline.svg', renderToSVG(timeline, { width: 1200, laneBy: 'country', theme: 'light' }));
 */
export function renderToSVG(timeline: unknown, options?: RenderOptions): string {
  const settings = normalizeRenderOptions(options);
  const model = buildViewModel(toTimeline(timeline), settings, settings.width);
  if (isVertical(settings, settings.width)) return renderVertical(model);
  const { layout, initialScale: scale, width } = model;
  const prefix = 'dt-';
  const { language } = model;
  const scene: SceneSettings = { idPrefix: prefix, locale: settings.locale, language, labels: settings.labels, maxLabelWidth: settings.maxLabelWidth, titles: true, interactive: false, detailLimit: settings.detailLimit };
  const frame: Frame = { scale, selected: -1, focusable: -1 };

  const legend = drawLegend(model.legend, width - 16, prefix);
  const legendTop = 8;
  const axisY = legendTop + legend.height + (legend.height > 0 ? 8 : 0) + sizes.axisHeight - 6;
  const plotTop = axisY + 6;
  const contentHeight = plotTop + layout.height + 4;
  const height = settings.height ?? contentHeight;
  const { items, overview } = drawItems(layout, frame, scene);
  const name = settings.title ?? model.timeline.title ?? language.text('timeline.name');
  const description = language.text('timeline.description', {
    events: language.text('timeline.events', { count: layout.events.length }),
    lanes: language.text('timeline.lanes', { count: layout.lanes.length }),
  });

  const svg = h('svg', {
    xmlns: svgNamespace, class: 'dt-root dt-static', 'data-theme': settings.theme,
    width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${prefix}title ${prefix}desc`,
  },
  h('title', { id: `${prefix}title` }, name),
  h('desc', { id: `${prefix}desc` }, description),
  h('style', {}, timelineStyles),
  drawDefs(prefix, { x: scale.x0, width: scale.x1 - scale.x0, height: layout.height }),
  h('rect', { class: 'dt-background', x: 0, y: 0, width, height }),
  h('g', { transform: `translate(8,${legendTop})` }, legend.node),
  drawStaticAxis(scale, language, axisY, model.breaks),
  h('g', { class: 'dt-plot-content', transform: `translate(0,${plotTop})` },
    drawLanes(layout, width, model.gutter, model.compact),
    h('g', { 'clip-path': `url(#${prefix}clip)` },
      drawGrid(scale, layout.height, settings.locale, model.breaks),
      model.reference ? drawReference(model.reference.day, model.reference.label, scale, layout.height) : null,
      h('g', { class: 'dt-connectors' }, drawConnectors(layout, frame, items)),
      overview,
      h('g', { class: 'dt-items' }, items.map((item) => item.node)),
      h('g', { class: 'dt-labels', 'aria-hidden': 'true' }, items.flatMap((item) => (item.label ? [item.label] : []))))));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeTree(svg)}\n`;
}

/** The vertical picture (`orientation: 'vertical'`, or `'auto'` below `verticalWidth`): one row per event, time running down. */
function renderVertical(model: ViewModel): string {
  const { layout, width, options: settings } = model;
  const prefix = 'dt-';
  const { language } = model;
  const scene: SceneSettings = { idPrefix: prefix, locale: settings.locale, language, labels: true, maxLabelWidth: settings.maxLabelWidth, titles: true, interactive: false, detailLimit: settings.detailLimit };
  const entries = verticalLegend(model.legend);
  const legend = drawLegend(entries, width - 16, prefix);
  const legendTop = 8;
  const plotTop = legendTop + legend.height + (legend.height > 0 ? 6 : 0);
  const vertical = layOutVertical(layout, model.timeline.actors, language, width, model.reference);
  const height = settings.height ?? plotTop + vertical.height + 4;
  const items = drawVerticalItems(layout, vertical, { selected: -1, focusable: -1 }, scene);
  const name = settings.title ?? model.timeline.title ?? language.text('timeline.name');
  const description = language.text('timeline.descriptionVertical', { events: language.text('timeline.events', { count: layout.events.length }) });
  const svg = h('svg', {
    xmlns: svgNamespace, class: 'dt-root dt-static', 'data-theme': settings.theme, 'data-orientation': 'vertical',
    width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${prefix}title ${prefix}desc`,
  },
  h('title', { id: `${prefix}title` }, name),
  h('desc', { id: `${prefix}desc` }, description),
  h('style', {}, timelineStyles),
  drawDefs(prefix, undefined),
  h('rect', { class: 'dt-background', x: 0, y: 0, width, height }),
  h('g', { transform: `translate(8,${legendTop})` }, legend.node),
  h('g', { class: 'dt-plot-content', transform: `translate(0,${plotTop})` },
    drawVerticalRail(vertical),
    model.reference ? drawVerticalReference(vertical, model.reference.label) : null,
    h('g', { class: 'dt-items' }, items.map((item) => item.node)),
    h('g', { class: 'dt-labels', 'aria-hidden': 'true' }, items.flatMap((item) => (item.label ? [item.label] : [])))));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeTree(svg)}\n`;
}
