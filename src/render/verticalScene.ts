/**
 * The vertical drawing (narrow containers): pure functions from the layout
 * and the vertical geometry to element trees, shared by the interactive view
 * and `renderToSVG`. One row per event: its marks on the time rail, drawn by
 * the same `drawMarks` as the horizontal picture turned a quarter so that
 * time runs down, and its texts in a separate layer.
 */
import type { Language } from '../i18n/messages.js';
import type { TimelineLayout } from '../layout/computeLayout.js';
import { spanOf } from '../layout/computeLayout.js';
import type { ItemGeometry } from '../layout/itemGeometry.js';
import { estimateTextWidth } from '../layout/textWidth.js';
import type { VerticalLayout, VerticalLayoutOptions, VerticalRowText } from '../layout/verticalLayout.js';
import { inlineSeparator, lineBaselines, verticalLayout } from '../layout/verticalLayout.js';
import { lowerBound } from '../layout/visibleRange.js';
import type { Actor, TimelineEvent } from '../model/types.js';
import { describeResolved } from './dateText.js';
import { eventLabel } from './eventText.js';
import type { LegendEntry } from './legend.js';
import { fadeOf, statusEncoding } from './encoding.js';
import { markNodes, statusClasses } from './marks.js';
import type { NormalizedRenderOptions } from './options.js';
import type { DrawnItem, SceneSettings } from './scene.js';
import { itemMetrics } from './sizes.js';
import type { ElementNode } from './svgNode.js';
import { h } from './svgNode.js';
import type { Reference } from './viewModel.js';

/** Fixed sizes of the vertical picture, in pixels. */
export const verticalSizes = {
  /** The strip that holds the reference line and its label, between two rows. */
  referenceStrip: 22,
  /** Space between the bottom of a row and an open details panel, above and below it. */
  detailsMargin: 6,
  /** A span's bar is narrower than the horizontal band, so that overlapping spans sit close. */
  barWidth: 6,
} as const;

/**
 * Which way time runs for an orientation option at a width: `'auto'` turns
 * vertical below `verticalWidth`.
 */
export function isVertical(options: Pick<NormalizedRenderOptions, 'orientation' | 'verticalWidth'>, width: number): boolean {
  return options.orientation === 'vertical' || (options.orientation === 'auto' && width < options.verticalWidth);
}

/**
 * An actor's short name: the shortest of its name and aliases ("US" for
 * "United States"), the name when none is shorter.
 */
export function shortName(actor: Actor): string {
  let best = actor.name;
  for (const alias of actor.aliases) if (alias.length > 0 && alias.length < best.length) best = alias;
  return best;
}

/** The participants' short names, each once, in the event's order. */
export function participantNames(event: TimelineEvent, actors: ReadonlyMap<string, Actor>): string {
  const names: string[] = [];
  for (const participant of event.participants) {
    const actor = actors.get(participant.actor);
    const name = actor ? shortName(actor) : participant.actor;
    if (!names.includes(name)) names.push(name);
  }
  return names.join(', ');
}

/**
 * The texts of each row: the date at its precision ("12 July 2023", "June
 * 2023", "Week of 10 July 2023", "c. June 2023"), the title and the
 * participants. The source's own relative words ("last month") are left to
 * the details panel: on a phone they would push the participants onto a
 * line of their own in most rows.
 */
export function verticalTexts(layout: TimelineLayout, actors: readonly Actor[], language: Language): (e: number) => VerticalRowText {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  return (e) => {
    const event = layout.events[e]!;
    return { date: describeResolved(event.when, language), title: event.title, participants: participantNames(event, byId) };
  };
}

/**
 * The vertical geometry of a view: rows at `width`, with a strip for the
 * reference line before the first event that starts after it, and room
 * for an open details panel under its row.
 */
export function layOutVertical(layout: TimelineLayout, actors: readonly Actor[], language: Language, width: number,
  reference: Reference | undefined, details?: { readonly row: number; readonly height: number }): VerticalLayout {
  const gaps: VerticalLayoutOptions['gaps'][number][] = [];
  if (reference && layout.events.length > 0) gaps.push({ row: referenceRow(layout, reference.day), height: verticalSizes.referenceStrip });
  if (details) gaps.push({ row: details.row, height: details.height + 2 * verticalSizes.detailsMargin, after: true });
  return verticalLayout(layout, verticalTexts(layout, actors, language), {
    width, markRadius: itemMetrics.markRadius, openEndLength: itemMetrics.openEndLength, offsetTop: 4, gaps,
  });
}

/** The row the reference line goes before: the first event that starts after the reference day. */
function referenceRow(layout: TimelineLayout, day: number): number {
  return lowerBound(layout.eventStart, day + 1);
}

/**
 * The legend entries of the vertical picture: the same, less the connector
 * (each event is one row) and the reference line, which runs across the
 * rows here with its label on it.
 */
export function verticalLegend(entries: readonly LegendEntry[]): LegendEntry[] {
  return entries.filter((entry) => entry.id !== 'connector' && entry.id !== 'reference').map((entry) => ({ ...entry, upright: true }));
}

/** The state of a vertical frame: what is selected and which row holds the tab stop. */
export interface VerticalFrame {
  /** Index into `layout.events` of the selected event, or -1. */
  readonly selected: number;
  /** The row (event index) that holds the roving tabindex, or -1. */
  readonly focusable: number;
}

/** An event's spoken label, formatted once per language. */
const labels = new WeakMap<TimelineEvent, { language: Language; label: string }>();

function labelOf(event: TimelineEvent, language: Language): string {
  let entry = labels.get(event);
  if (entry?.language !== language) {
    entry = { language, label: eventLabel(event, language) };
    labels.set(event, entry);
  }
  return entry.label;
}

/**
 * The rows (event indexes, in time order; all of them by default), each a
 * `<g>` button with its marks, and its texts for the label layer. An item's
 * `placement` is its event's first placement, so the view's selection and
 * tab stop work on it as in the horizontal picture.
 */
export function drawVerticalItems(layout: TimelineLayout, vertical: VerticalLayout, frame: VerticalFrame, settings: SceneSettings,
  rows?: readonly number[]): DrawnItem[] {
  const items: DrawnItem[] = [];
  const count = rows ? rows.length : vertical.count;
  for (let i = 0; i < count; i += 1) {
    const e = rows ? rows[i]! : i;
    items.push(drawRow(layout, vertical, frame, settings, e));
  }
  return items;
}

function drawRow(layout: TimelineLayout, vertical: VerticalLayout, frame: VerticalFrame, settings: SceneSettings, e: number): DrawnItem {
  const event = layout.events[e]!;
  const span = spanOf(layout, e);
  const selected = frame.selected === e;
  const fullLabel = labelOf(event, settings.language);
  const top = vertical.top[e]!, rowHeight = vertical.rowHeight[e]!;
  const x = vertical.markX[e]!, y0 = vertical.barY0[e]!, y1 = vertical.barY1[e]!;
  const r = itemMetrics.markRadius;
  // Time runs along the marks' x; turned a quarter clockwise, it runs down the rail.
  const length = y1 - y0;
  const geometry: ItemGeometry = span.point
    ? { markX: 0, bandX0: -r, bandX1: r, drawnX1: r + (span.openEnd ? itemMetrics.openEndLength : 0), labelX: 0, labelBeside: true }
    : { markX: 0, bandX0: 0, bandX1: length, drawnX1: length + (span.openEnd ? itemMetrics.openEndLength : 0), labelX: 0, labelBeside: false };
  const classes = ['dt-item', statusClasses(event), span.point ? 'dt-point' : 'dt-span', `dt-precision-${event.when.precision}`, selected ? 'dt-selected' : ''].filter(Boolean).join(' ');
  const placement = layout.placements.firstOfEvent[e]!;
  const node = h('g', {
    class: classes,
    'data-key': event.id,
    'data-event-id': event.id,
    role: settings.interactive ? 'button' : undefined,
    tabindex: settings.interactive ? (frame.focusable === e ? 0 : -1) : undefined,
    'aria-label': settings.interactive ? fullLabel : undefined,
    'aria-expanded': settings.interactive ? (selected ? 'true' : 'false') : undefined,
    'aria-controls': settings.interactive ? settings.detailsId : undefined,
  },
  settings.titles ? h('title', {}, fullLabel) : null,
  h('rect', { class: 'dt-hit', x: 0, y: top, width: vertical.width, height: rowHeight }),
  settings.interactive ? h('rect', { class: 'dt-focus-ring', x: 1, y: top + 1, width: vertical.width - 2, height: rowHeight - 2, rx: 4 }) : null,
  h('g', { class: 'dt-rail-marks', transform: `translate(${round(x)},${round(y0)}) rotate(90)` },
    // A bar needs no start marker: its top is level with its row's first line.
    markNodes(statusEncoding[event.status], { point: span.point, openEnd: span.openEnd, fade: fadeOf(event), marker: false }, geometry, 0,
      { radius: r, bandHeight: verticalSizes.barWidth }, settings.idPrefix)));
  return { placement, key: event.id, node, label: drawTexts(vertical, e, event, selected) };
}

/** A row's texts: date, title and participants, line by line. */
function drawTexts(vertical: VerticalLayout, e: number, event: TimelineEvent, selected: boolean): ElementNode {
  const lines = vertical.lines[e]!;
  const baselines = lineBaselines(vertical, e);
  const x = vertical.textX;
  const texts: ElementNode[] = [];
  const add = (className: string, line: string) => {
    texts.push(h('text', { class: className, x, y: baselines[texts.length]! }, line));
  };
  lines.date.forEach((line, i) => {
    if (i > 0 || !lines.inline) {
      add('dt-label-date', line);
      return;
    }
    // The participants share the date's line, in their own muted style.
    texts.push(h('text', { class: 'dt-label-meta', x, y: baselines[texts.length]! },
      h('tspan', { class: 'dt-label-date' }, line),
      h('tspan', { class: 'dt-label-participants' }, `${inlineSeparator}${lines.inline}`)));
  });
  for (const line of lines.participants) add('dt-label-participants', line);
  for (const line of lines.title) add('dt-label-title', line);
  return h('g', { class: `dt-item-label ${statusClasses(event)}${selected ? ' dt-selected' : ''}`, 'data-event-id': event.id }, texts);
}

/** The time rail: a thin line down the day marks' column, from the first row's mark to the last. */
export function drawVerticalRail(vertical: VerticalLayout): ElementNode | null {
  if (vertical.count === 0) return null;
  const x = vertical.railX;
  return h('line', { class: 'dt-rail', x1: x, x2: x, y1: vertical.markY[0]!, y2: vertical.markY[vertical.count - 1]! });
}

/**
 * The reference line across the picture, in its strip between two rows, with
 * its label: `layOutVertical` puts that strip first among the gaps.
 */
export function drawVerticalReference(vertical: VerticalLayout, label: string): ElementNode | null {
  if (vertical.count === 0 || vertical.gapTop.length === 0) return null;
  const top = vertical.gapTop[0]!;
  const y = top + verticalSizes.referenceStrip / 2;
  // Bold text runs about 10% wider than the regular estimate.
  const textEnd = vertical.textX + estimateTextWidth(label, 11) * 1.1;
  return h('g', { class: 'dt-reference' },
    h('line', { class: 'dt-reference-line', x1: 0, x2: vertical.textX - 6, y1: y, y2: y }),
    textEnd + 12 < vertical.width ? h('line', { class: 'dt-reference-line', x1: textEnd + 6, x2: vertical.width, y1: y, y2: y }) : null,
    h('text', { class: 'dt-reference-label', x: vertical.textX, y: y + 4 }, label));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
