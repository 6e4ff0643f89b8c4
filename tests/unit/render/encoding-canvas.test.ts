// The canvas tier of the encoding matrix: every status × precision × fade
// drawn by drawCanvasMarks into a recording context, the call log compared
// with a file under tests/snapshots/encoding/canvas (written on the first
// run); assertions name the encoding, and the canvas paths are checked
// against the SVG marks of the same cell.
import { describe, expect, it } from 'vitest';
import { faintOpacity } from '../../../src/render/encoding.js';
import type { ElementNode, TreeNode } from '../../../src/render/svgNode.js';
import type { EncodingCell, Painted, RecordedGradient } from './encodingMatrix.js';
import { callLog, canvasCalls, canvasColors, encodingCells, paintedShapes, svgMarks } from './encodingMatrix.js';

const cells = encodingCells();
const cell = (name: string): EncodingCell => cells.find((each) => each.name === name)!;
const painted = (name: string): Painted[] => paintedShapes(canvasCalls(cell(name)));

const r = 6;
const isArc = (radius: number, anticlockwise = false) => (shape: Painted) =>
  shape.path.some((op) => op.name === 'arc' && op.args[2] === radius && Boolean(op.args[5]) === anticlockwise);
const isBand = (shape: Painted) => shape.path.some((op) => op.name === 'roundRect' && op.args[2] === 310);
const isHalfBand = (shape: Painted) => shape.path.some((op) => op.name === 'roundRect' && op.args[2] === 155);
const isLine = (shape: Painted) => shape.path.length === 2 && shape.path[0]!.name === 'moveTo' && shape.path[1]!.name === 'lineTo';
const only = (shapes: Painted[], op: 'fill' | 'stroke', match: (shape: Painted) => boolean): Painted => {
  const found = shapes.filter((shape) => shape.op === op && match(shape));
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('encoding matrix, canvas', () => {
  for (const each of cells) {
    it(`draws ${each.name} like the stored call log`, async () => {
      await expect(callLog(canvasCalls(each))).toMatchFileSnapshot(`../../snapshots/encoding/canvas/${each.name}.txt`);
    });
  }

  it('fills occurred and ongoing marks solid, planned, postponed, not-happened and unknown ones hollow', () => {
    for (const each of cells) {
      const shapes = paintedShapes(canvasCalls(each));
      const body = only(shapes, 'fill', each.precision === 'day' ? isArc(r) : isBand);
      const solid = each.status === 'occurred' || each.status === 'ongoing';
      // A faded band is filled with a ramp of its colour; a day mark fades by its halo instead.
      if (typeof body.style === 'string') expect(body.style, each.name).toBe(solid ? canvasColors.mark : canvasColors.background);
      else expect(body.style.stops[1]![1], each.name).toBe(solid ? 'rgba(31, 78, 121, 1)' : 'rgba(255, 255, 255, 1)');
      expect(typeof body.style === 'string', each.name).toBe(each.precision === 'day' || each.fade === 'exact');
    }
  });

  it('dashes a postponed day mark, band and band marker', () => {
    expect(only(painted('postponed-day-exact'), 'stroke', isArc(r)).dash).toEqual([3, 2]);
    const band = painted('postponed-month-exact');
    expect(only(band, 'stroke', isBand).dash).toEqual([3, 2]);
    expect(only(band, 'stroke', (shape) => isLine(shape) && shape.path[0]!.args[0] === shape.path[1]!.args[0]).dash).toEqual([3, 2]);
    expect(only(painted('scheduled-day-exact'), 'stroke', isArc(r)).dash).toEqual([]);
  });

  it('fills the left half of an unknown mark, and dots the outline of an unknown band', () => {
    const day = painted('unknown-day-exact');
    const half = only(day, 'fill', isArc(r, true));
    expect(half.style).toBe(canvasColors.mark);
    expect(half.path.find((op) => op.name === 'arc')!.args.slice(3, 5)).toEqual([-Math.PI / 2, Math.PI / 2]);
    expect(only(day, 'stroke', isArc(r)).dash).toEqual([]);
    const band = painted('unknown-month-exact');
    expect(only(band, 'fill', isHalfBand).style).toBe(canvasColors.mark);
    expect(only(band, 'stroke', isBand).dash).toEqual([1, 2]);
    expect(painted('occurred-day-exact').some(isArc(r, true))).toBe(false);
  });

  it('fades approximate bands with a gradient ramp, and rings approximate day marks with a dashed halo', () => {
    const band = painted('occurred-month-approximate');
    for (const op of ['fill', 'stroke'] as const) {
      const gradient = only(band, op, isBand).style as RecordedGradient;
      expect(gradient.stops.map(([offset]) => offset)).toEqual([0, 0.35, 0.65, 1]);
      expect(gradient.stops[0]![1]).toBe(`rgba(31, 78, 121, ${Math.round(faintOpacity * 1000) / 1000})`);
      expect(gradient.stops[1]![1]).toBe('rgba(31, 78, 121, 1)');
      // The ramp spans the band and a fifth of its width on either side, like the SVG mask.
      expect(gradient.args.map(Math.round)).toEqual([20 - 62, 0, 330 + 62, 0]);
    }
    const halo = only(painted('occurred-day-approximate'), 'stroke', isArc(r + 3.5));
    expect(halo.dash).toEqual([2, 2]);
    expect(halo.width).toBe(1.5);
    expect(painted('occurred-day-exact').some(isArc(r + 3.5))).toBe(false);
    expect(canvasCalls(cell('occurred-month-exact')).some((call) => call.name === 'createLinearGradient')).toBe(false);
  });

  it('strikes cancelled and did-not-occur marks through, in the text colour with round caps', () => {
    for (const status of ['cancelled', 'did-not-occur']) {
      const strike = only(painted(`${status}-day-exact`), 'stroke', (shape) => isLine(shape) && shape.style === canvasColors.text);
      expect(strike.cap).toBe('round');
      expect(strike.path.map((op) => op.args)).toEqual([[145 - r - 3, 17 + r + 3], [145 + r + 3, 17 - r - 3]]);
      const band = only(painted(`${status}-month-exact`), 'stroke', (shape) => isLine(shape) && shape.style === canvasColors.text);
      expect(band.path.map((op) => op.args)).toEqual([[17, 17], [333, 17]]);
    }
    expect(painted('occurred-day-exact').some((shape) => shape.style === canvasColors.text)).toBe(false);
  });

  it('runs an arrow right from an ongoing mark: a line and a filled head', () => {
    for (const precision of ['day', 'month']) {
      const shapes = painted(`ongoing-${precision}-exact`);
      const head = only(shapes, 'fill', (shape) => shape.path.length === 4 && shape.path[3]!.name === 'closePath');
      expect(head.style).toBe(canvasColors.mark);
      const [tip, back] = head.path;
      expect(tip!.args[0]! - back!.args[0]!).toBe(7);
      const line = only(shapes, 'stroke', (shape) => isLine(shape) && shape.path[0]!.args[1] === shape.path[1]!.args[1] && shape.style === canvasColors.mark);
      expect(line.path[1]!.args[0]).toBe(tip!.args[0]! - 5);
    }
    expect(painted('occurred-day-exact').some((shape) => shape.path.some((op) => op.name === 'closePath'))).toBe(false);
  });

  it('traces the same shapes as the SVG marks of each cell', () => {
    for (const each of cells) {
      const ops = paintedShapes(canvasCalls(each)).flatMap((shape) => shape.path).map((op) => `${op.name}(${op.args.map((arg) => typeof arg === 'number' ? Math.round(arg * 100) / 100 : arg).join(',')})`);
      const elements = (svgMarks(each).children as TreeNode[]).filter((node): node is ElementNode => typeof node !== 'string');
      for (const element of elements) {
        const a = element.attributes as Record<string, number | string>;
        const n = (name: string) => Math.round(Number(a[name]) * 100) / 100;
        const expected = {
          circle: [`arc(${n('cx')},${n('cy')},${n('r')},0,${Math.round(2 * Math.PI * 100) / 100})`],
          rect: [`roundRect(${n('x')},${n('y')},${n('width')},${n('height')},${n('rx')})`],
          line: [`moveTo(${n('x1')},${n('y1')})`, `lineTo(${n('x2')},${n('y2')})`],
          // A path's first point: the top of a half mark, the tip of an arrow head.
          path: [`moveTo(${String(a.d).slice(1).split(/[A-Z]/)[0]})`],
        }[element.tag]!;
        for (const op of expected) expect(ops, `${each.name}: ${element.tag}.${String(a.class)}`).toContain(op);
      }
    }
  });
});
