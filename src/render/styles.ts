/**
 * The stylesheet, as a string: inserted through a constructed CSSStyleSheet
 * (`document.adoptedStyleSheets`) where supported, which a strict CSP allows,
 * else a `<style>` element; embedded in `<style>` by `renderToSVG`. Colours
 * come from custom properties so a page can re-theme without new CSS.
 */
import type { ColorRole, PaintName, StrokeDash } from './encoding.js';
import { dashArrays, encodingClasses, hollowFill, partPaints, statusEncoding } from './encoding.js';
import type { Palette } from './palette.js';
import { palettes } from './palette.js';

function variables(palette: Palette): string {
  return [
    `--dt-bg: ${palette.background};`,
    `--dt-lane-bg: ${palette.laneBackground};`,
    `--dt-text: ${palette.text};`,
    `--dt-muted: ${palette.mutedText};`,
    `--dt-mark: ${palette.mark};`,
    `--dt-selected: ${palette.selected};`,
    `--dt-connector: ${palette.connector};`,
    `--dt-reference: ${palette.reference};`,
    `--dt-focus: ${palette.focus};`,
    `--dt-axis: ${palette.axis};`,
    `--dt-grid: ${palette.grid};`,
    'color-scheme: ' + (palette === palettes.dark ? 'dark;' : 'light;'),
  ].join(' ');
}

/** The custom property of each colour the marks are painted with. */
const colorVariables: Readonly<Record<ColorRole, string>> = { mark: 'var(--dt-mark)', background: 'var(--dt-bg)', text: 'var(--dt-text)' };

function colorValue(color: ColorRole | 'none'): string {
  return color === 'none' ? 'none' : colorVariables[color];
}

/** A paint of `encoding.ts` as a rule on its class. */
function paintRule(name: PaintName): string {
  const paint = partPaints[name];
  const declarations = [
    'fill' in paint ? `fill: ${colorValue(paint.fill)};` : '',
    `stroke: ${colorValue(paint.stroke)};`,
    'width' in paint ? `stroke-width: ${paint.width};` : '',
    'dash' in paint ? `stroke-dasharray: ${paint.dash.join(' ')};` : '',
    'cap' in paint ? `stroke-linecap: ${paint.cap};` : '',
  ].filter(Boolean);
  return `.${paint.className} { ${declarations.join(' ')} }`;
}

/**
 * The rules of the status encoding, written from the table: the paint of
 * each part, the hollow fill, and a dash rule per dash style on the parts
 * (mark or band) whose statuses use it.
 */
function markStyles(): string {
  const outlines = ['mark', 'band'] as const;
  const hollow = encodingClasses.hollow;
  const dashRules = (['dashed', 'dotted'] as const satisfies readonly StrokeDash[]).flatMap((dash) => {
    const selectors = outlines
      .filter((part) => Object.values(statusEncoding).some((encoding) => encoding.dash[part] === dash))
      .map((part) => `.${encodingClasses[dash]} .${partPaints[part].className}`);
    return selectors.length > 0 ? [`${selectors.join(', ')} { stroke-dasharray: ${dashArrays[dash].join(' ')}; }`] : [];
  });
  return [
    paintRule('mark'),
    paintRule('band'),
    `${outlines.map((part) => `.${hollow} .${partPaints[part].className}`).join(', ')} { fill: ${colorValue(hollowFill)}; }`,
    ...dashRules,
    paintRule('half'),
    paintRule('halo'),
    paintRule('strike'),
    // The mark is struck through; its title stays legible, in italics, rather than struck out too.
    `.${encodingClasses.strike} .dt-label-title { font-style: italic; }`,
    paintRule('openEnd'),
    paintRule('openEndHead'),
  ].join('\n');
}

/** The CSS of the timeline, for both the interactive view and static SVG. */
export const timelineStyles = `
.dt-root { ${variables(palettes.light)} --dt-font: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; font-family: var(--dt-font); font-size: 12px; line-height: 1.35; color: var(--dt-text); background: var(--dt-bg); }
.dt-root[data-theme="dark"] { ${variables(palettes.dark)} }
@media (prefers-color-scheme: dark) { .dt-root[data-theme="auto"] { ${variables(palettes.dark)} } }
div.dt-root { position: relative; box-sizing: border-box; }
.dt-root *, .dt-root *::before, .dt-root *::after { box-sizing: inherit; }
.dt-background { fill: var(--dt-bg); }
.dt-title { fill: var(--dt-text); font-size: 14px; font-weight: 600; }
.dt-lane-bg { fill: var(--dt-bg); }
.dt-lane-bg.dt-lane-alt { fill: var(--dt-lane-bg); }
.dt-lane-separator { stroke: var(--dt-grid); stroke-width: 1; }
.dt-lane-label { fill: var(--dt-text); font-weight: 600; font-size: 12px; }
.dt-gridline { stroke: var(--dt-grid); stroke-width: 1; }
.dt-break-band { fill: var(--dt-grid); opacity: 0.45; }
.dt-axis-break-gap { fill: var(--dt-bg); }
.dt-axis-break-glyph { fill: none; stroke: var(--dt-axis); stroke-width: 1.5; }
.dt-axis-break-text { fill: var(--dt-muted); font-size: 10px; font-family: var(--dt-font); }
.dt-axis .domain { stroke: var(--dt-axis); }
.dt-axis .tick line { stroke: var(--dt-axis); }
.dt-axis .tick text, .dt-axis-text { fill: var(--dt-muted); font-size: 11px; font-family: var(--dt-font); }
.dt-item { cursor: pointer; outline: none; }
.dt-hit { fill: transparent; stroke: none; }
.dt-focus-ring { fill: none; stroke: none; }
.dt-item:focus .dt-focus-ring, .dt-item:focus-visible .dt-focus-ring { stroke: var(--dt-focus); stroke-width: 2; }
${markStyles()}
.dt-labels { pointer-events: none; }
.dt-labels text { paint-order: stroke; stroke: var(--dt-bg); stroke-width: 3px; stroke-linejoin: round; }
.dt-labels .dt-in-alt-lane text { stroke: var(--dt-lane-bg); }
.dt-label-title { fill: var(--dt-text); font-size: 12px; font-weight: 500; }
.dt-label-date { fill: var(--dt-muted); font-size: 11px; }
.dt-selected .dt-mark, .dt-selected .dt-band { stroke: var(--dt-selected); stroke-width: 3; }
.dt-selected .dt-label-title { fill: var(--dt-selected); font-weight: 700; }
.dt-overview { fill: none; stroke: var(--dt-mark); stroke-width: 8; }
.dt-overview-note { margin: 0 0 0 6px; color: var(--dt-muted); }
.dt-overview-note[hidden] { display: none; }
.dt-connector { stroke: var(--dt-connector); stroke-width: 1.5; }
.dt-connector-end { fill: var(--dt-connector); }
.dt-reference-line { stroke: var(--dt-reference); stroke-width: 1.5; stroke-dasharray: 6 3; }
.dt-reference-label { fill: var(--dt-reference); font-size: 11px; font-weight: 600; }
.dt-legend-text { fill: var(--dt-text); font-size: 11px; }
.dt-legend-heading { fill: var(--dt-text); font-size: 11px; font-weight: 700; }
.dt-toolbar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 2px 0; }
.dt-button { font: inherit; color: var(--dt-text); background: var(--dt-bg); border: 1px solid var(--dt-axis); border-radius: 4px; min-height: 28px; min-width: 28px; padding: 2px 10px; cursor: pointer; }
.dt-button:hover { background: var(--dt-lane-bg); }
.dt-button:focus-visible, .dt-details-close:focus-visible, .dt-details a:focus-visible { outline: 2px solid var(--dt-focus); outline-offset: 2px; }
.dt-legend-svg { display: block; }
.dt-scroll { position: relative; overflow-x: hidden; }
.dt-root[data-bounded] .dt-scroll { overflow-y: auto; max-height: var(--dt-max-height, none); }
.dt-axis-svg { position: sticky; top: 0; z-index: 1; display: block; background: var(--dt-bg); }
.dt-plot { display: block; touch-action: pan-y; user-select: none; -webkit-user-select: none; }
.dt-tooltip { position: absolute; z-index: 3; pointer-events: none; max-width: 300px; padding: 6px 8px; border: 1px solid var(--dt-axis); border-radius: 4px; background: var(--dt-bg); color: var(--dt-text); box-shadow: 0 2px 6px rgba(0, 0, 0, 0.25); }
.dt-tooltip[hidden], .dt-details[hidden] { display: none; }
.dt-tooltip-title { font-weight: 600; }
.dt-tooltip-date { color: var(--dt-muted); }
.dt-details { margin-top: 8px; padding: 10px 12px; border: 1px solid var(--dt-axis); border-radius: 6px; background: var(--dt-bg); color: var(--dt-text); }
.dt-details-header { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; }
.dt-details-title { margin: 0 0 4px; font-size: 15px; }
.dt-details-close { font: inherit; color: var(--dt-text); background: transparent; border: 1px solid var(--dt-axis); border-radius: 4px; min-width: 28px; min-height: 28px; cursor: pointer; }
.dt-details dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
.dt-details dt { color: var(--dt-muted); }
.dt-details dd { margin: 0; }
.dt-details ul { margin: 4px 0; padding-left: 18px; }
.dt-details blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid var(--dt-grid); }
.dt-details a { color: var(--dt-mark); }
.dt-evidence { margin: 4px 0; }
.dt-details-evidence-heading { margin: 8px 0 2px; font-weight: 600; }
.dt-table { border-collapse: collapse; width: 100%; margin-top: 8px; }
.dt-table caption { text-align: left; font-weight: 600; padding: 4px 0; }
.dt-table th, .dt-table td { text-align: left; padding: 4px 6px; border-bottom: 1px solid var(--dt-grid); vertical-align: top; }
.dt-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: -1px !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; white-space: nowrap !important; border: 0 !important; }
.dt-message { padding: 8px; }
/* --- Vertical orientation (narrow containers): time runs down, one row per event. --- */
.dt-root[data-orientation="vertical"] .dt-axis-svg { display: none; }
.dt-root[data-orientation="vertical"] .dt-plot { touch-action: auto; user-select: text; -webkit-user-select: text; }
.dt-root[data-orientation="vertical"] .dt-labels text { stroke: none; }
.dt-root[data-orientation="vertical"] .dt-label-title { font-size: 13px; font-weight: 500; }
.dt-root[data-orientation="vertical"] .dt-selected .dt-label-title { font-weight: 500; }
.dt-root[data-orientation="vertical"] .dt-label-date { font-size: 11px; fill: var(--dt-text); }
.dt-label-participants { fill: var(--dt-muted); font-size: 11px; }
.dt-rail { stroke: var(--dt-grid); stroke-width: 2; }
.dt-root[data-orientation="vertical"] .dt-item:hover .dt-hit, .dt-root[data-orientation="vertical"] .dt-selected .dt-hit { fill: var(--dt-lane-bg); }
.dt-root[data-orientation="vertical"] .dt-scroll > .dt-details { position: absolute; left: 0; right: 0; margin: 0; z-index: 2; }
@media (prefers-reduced-motion: reduce) { .dt-root *, .dt-root *::before, .dt-root *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }
`;
