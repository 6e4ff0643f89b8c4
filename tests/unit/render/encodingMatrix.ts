// The encoding matrix shared by the encoding tests: every status × precision
// (a day mark, a month band) × fade (exact, approximate), each laid out
// alone on a fixed scale, drawn by the SVG marks and by the canvas marks
// into a context that records every call.
import type { TimelineLayout } from '../../../src/layout/computeLayout.js';
import { computeLayout, spanOf } from '../../../src/layout/computeLayout.js';
import type { DayScale } from '../../../src/layout/dayScale.js';
import { itemGeometry } from '../../../src/layout/itemGeometry.js';
import { parseTimeline } from '../../../src/model/parse.js';
import type { EventStatus } from '../../../src/model/types.js';
import { eventStatuses } from '../../../src/model/types.js';
import type { CanvasColors } from '../../../src/render/canvasLayer.js';
import { drawCanvasMarks } from '../../../src/render/canvasLayer.js';
import { drawMarks, statusClasses } from '../../../src/render/marks.js';
import { itemMetrics, sizes } from '../../../src/render/sizes.js';
import type { ElementNode } from '../../../src/render/svgNode.js';
import { h, serializeTree } from '../../../src/render/svgNode.js';
import { toDayNumber } from '../../../src/time/calendar.js';

export const precisionCases = [
  { precision: 'day', when: '2023-07-13' },
  { precision: 'month', when: '2023-07' },
] as const;

export const fadeCases = [
  { fade: 'exact', suffix: '' },
  { fade: 'approximate', suffix: '~' },
] as const;

export interface EncodingCell {
  readonly name: string;
  readonly status: EventStatus;
  readonly precision: (typeof precisionCases)[number]['precision'];
  readonly fade: (typeof fadeCases)[number]['fade'];
  readonly layout: TimelineLayout;
  readonly scale: DayScale;
}

/** July 2023 at 10 px a day. */
const july = toDayNumber(2023, 7, 1);
export const matrixScale: DayScale = { from: july - 2, to: july + 38, x0: 0, x1: 400 };

export const canvasColors: CanvasColors = { mark: '#1f4e79', background: '#ffffff', text: '#222222', muted: '#666666', connector: '#999999' };

/** Every cell of the matrix, one event each. */
export function encodingCells(): EncodingCell[] {
  return eventStatuses.flatMap((status) => precisionCases.flatMap(({ precision, when }) => fadeCases.map(({ fade, suffix }) => {
    const timeline = parseTimeline({ events: [{ id: 'e', title: 'E', kind: 'talks', status, when: `${when}${suffix}` }] });
    const layout = computeLayout(timeline, { laneBy: 'none', scale: matrixScale });
    return { name: `${status}-${precision}-${fade}`, status, precision, fade, layout, scale: matrixScale };
  })));
}

/** The SVG tier: the item's marks in a group with its status classes. */
export function svgMarks(cell: EncodingCell): ElementNode {
  const { layout, scale } = cell;
  const span = spanOf(layout, 0);
  const geometry = itemGeometry(span, scale, itemMetrics);
  const cy = layout.placements.top[0]! + sizes.markY;
  const event = layout.events[0]!;
  return h('g', { class: statusClasses(event) }, drawMarks(event, geometry, span.point, span.openEnd, cy, 'dt-'));
}

/** An element tree as text, one element a line. */
export function svgText(node: ElementNode): string {
  return `${serializeTree(node).replace(/></g, '>\n<')}\n`;
}

/** One call or property set on the recording context. */
export type RecordedCall =
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly unknown[] }
  | { readonly kind: 'set'; readonly name: string; readonly value: unknown };

/** A gradient made by the recording context: an id and its stops. */
export interface RecordedGradient {
  readonly id: string;
  readonly stops: [number, string][];
  readonly args: readonly number[];
}

function isGradient(value: unknown): value is RecordedGradient {
  return typeof value === 'object' && value !== null && 'stops' in value;
}

function round(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 100) / 100;
  if (Array.isArray(value)) return value.map(round);
  if (isGradient(value)) return value.id;
  return value;
}

/**
 * A fake CanvasRenderingContext2D that records every method call and
 * property set. A colour set as a style reads back as set (the colours here
 * are already in canvas form, `#rrggbb`).
 */
export function recordingContext(): { readonly context: CanvasRenderingContext2D; readonly calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const state: Record<string, unknown> = { fillStyle: '#000000', strokeStyle: '#000000', lineWidth: 1, lineCap: 'butt', globalAlpha: 1, font: '10px sans-serif', textAlign: 'start' };
  let gradients = 0;
  let lineDash: readonly number[] = [];
  const methods: Record<string, (...args: unknown[]) => unknown> = {
    createLinearGradient: (...args) => {
      const gradient: RecordedGradient = { id: `gradient${(gradients += 1)}`, stops: [], args: args as number[] };
      calls.push({ kind: 'call', name: 'createLinearGradient', args });
      return Object.assign(gradient, {
        addColorStop: (offset: number, color: string) => {
          gradient.stops.push([offset, color]);
          calls.push({ kind: 'call', name: `${gradient.id}.addColorStop`, args: [offset, color] });
        },
      });
    },
    setLineDash: (segments) => {
      lineDash = [...(segments as number[])];
      calls.push({ kind: 'call', name: 'setLineDash', args: [lineDash] });
    },
    getLineDash: () => lineDash,
  };
  const context = new Proxy({}, {
    get(_target, name) {
      if (typeof name !== 'string') return undefined;
      if (name in state) return state[name];
      return methods[name] ?? ((...args: unknown[]) => void calls.push({ kind: 'call', name, args }));
    },
    set(_target, name, value) {
      state[String(name)] = value;
      calls.push({ kind: 'set', name: String(name), value });
      return true;
    },
  }) as CanvasRenderingContext2D;
  return { context, calls };
}

/** The recorded calls as text, one a line, numbers rounded to hundredths. */
export function callLog(calls: readonly RecordedCall[]): string {
  const text = (value: unknown) => JSON.stringify(round(value));
  return `${calls.map((call) => call.kind === 'set' ? `${call.name} = ${text(call.value)}` : `${call.name}(${call.args.map(text).join(', ')})`).join('\n')}\n`;
}

/** The canvas tier: the cell drawn by `drawCanvasMarks`, recorded. */
export function canvasCalls(cell: EncodingCell): RecordedCall[] {
  const { context, calls } = recordingContext();
  const { layout, scale } = cell;
  drawCanvasMarks(context, layout, { scale, top: 0, height: layout.height, width: scale.x1, colors: canvasColors, fontFamily: 'sans-serif' }, 0, layout.placements.count, -Infinity, new Set());
  return calls;
}

/** A fill or stroke the canvas made: the path it painted and the state it painted with. */
export interface Painted {
  readonly op: 'fill' | 'stroke';
  readonly style: string | RecordedGradient;
  readonly width: number;
  readonly dash: readonly number[];
  readonly cap: string;
  readonly path: readonly { readonly name: string; readonly args: readonly number[] }[];
}

/** Replays recorded calls into the fills and strokes they made. */
export function paintedShapes(calls: readonly RecordedCall[]): Painted[] {
  const state: Record<string, unknown> = { fillStyle: '#000000', strokeStyle: '#000000', lineWidth: 1, lineCap: 'butt' };
  let dash: readonly number[] = [];
  let path: { name: string; args: number[] }[] = [];
  const painted: Painted[] = [];
  for (const call of calls) {
    if (call.kind === 'set') {
      state[call.name] = call.value;
    } else if (call.name === 'setLineDash') {
      dash = call.args[0] as number[];
    } else if (call.name === 'beginPath') {
      path = [];
    } else if (['moveTo', 'lineTo', 'arc', 'rect', 'roundRect', 'closePath'].includes(call.name)) {
      path.push({ name: call.name, args: call.args as number[] });
    } else if (call.name === 'fill' || call.name === 'stroke') {
      painted.push({
        op: call.name,
        style: state[call.name === 'fill' ? 'fillStyle' : 'strokeStyle'] as string | RecordedGradient,
        width: state.lineWidth as number,
        dash,
        cap: state.lineCap as string,
        path,
      });
    }
  }
  return painted;
}
