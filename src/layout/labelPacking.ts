/**
 * Packing items with their labels, for views that show every title in full
 * (story scale). Each event gets one label, in the lane and on the side
 * where it costs the least height; its other lanes show the mark only. A
 * label wraps to at most three lines at a width chosen from a few
 * candidates, and may drop its date line when the view is crowded. Items
 * go to the lowest place in their lane where their box collides with
 * nothing ("bottom-left" packing), so rows are shared by everything that
 * fits and a lane is as tall as its content.
 *
 * Greedy, in time order: O(n · c · k) for n placements, c candidates per
 * label and k boxes near each, with k capped (past it an item goes below
 * its neighbours), so a pathological pile-up stays linear.
 */
import type { ItemGeometry } from './itemGeometry.js';
import type { LabelShape, LabelSide } from './labelGeometry.js';
import { labelBox, labelMetrics, labelSides, markBox } from './labelGeometry.js';
import { estimateTextWidth, linesWidth, truncateToWidth, wrapToWidth } from './textWidth.js';

/** A label's texts: the title, and the date lines to try, most wanted first ('' for none). */
export interface LabelText {
  readonly title: string;
  readonly dates: readonly string[];
}

/** Packing settings. */
export const defaults = {
  /** Horizontal space kept between boxes. */
  gap: 12,
  /** Vertical space kept between boxes. */
  rowGap: 1,
  /** A lane is at least this tall inside: a one-line label fits without growing it. */
  laneFloor: 18,
  /** Narrowest wrap width tried, and how close the search for the narrowest fitting width gets. */
  minWidth: 72,
  widthStep: 6,
  /** Past this many boxes near an item, it goes below them all instead of searching. */
  searchLimit: 48,
  /** Costs, in pixels of height, of each departure from the ideal label. */
  cost: { perLine: 4, shortDate: 6, noDate: 18, left: 3, laterLane: 6, blocksNext: 14, outside: 1e6 },
} as const;

/** What packing decides per placement (arrays indexed by placement). */
export interface PackedLabels {
  /** Top of the item, relative to its lane's content. */
  readonly top: Float64Array;
  /** Height of the item with its label. */
  readonly height: Float64Array;
  /** The label's side, or null for a mark drawn without a label. */
  readonly side: (LabelSide | null)[];
  readonly shape: (LabelShape | null)[];
  /** Each lane's content height. */
  readonly laneHeight: Float64Array;
}

/** The input: placements grouped by event (in time order) and their lanes. */
export interface LabelPackingInput {
  readonly eventCount: number;
  readonly laneCount: number;
  readonly firstOfEvent: Int32Array;
  readonly countOfEvent: Int32Array;
  readonly lane: Int32Array;
  /** Each event's geometry at the layout scale. */
  readonly geometry: (e: number) => ItemGeometry;
  readonly point: (e: number) => boolean;
  readonly text: (e: number) => LabelText;
  readonly maxWidth: number;
  /** Label every placement of an event, not only the cheapest one. */
  readonly labelEvery: boolean;
  /** Labels stay between these x (the plot's edges) unless nothing else fits. */
  readonly bounds: readonly [number, number];
}

/**
 * The line breaks to try for a title: one, two and three lines, each at the
 * narrowest width (from a first guess, widened step by step) that holds the
 * whole title. A title cut with an ellipsis is offered only when even
 * `maxWidth` cannot hold it in three lines.
 */
export function titleShapes(title: string, maxWidth: number): { lines: string[]; width: number }[] {
  const size = labelMetrics.titleSize;
  const natural = estimateTextWidth(title, size);
  const shapes: { lines: string[]; width: number }[] = [];
  const whole = (lines: readonly string[]) => !lines[lines.length - 1]!.endsWith('\u2026') || title.endsWith('\u2026');
  for (let count = 1; count <= 3; count += 1) {
    // The narrowest width at which the title fits in `count` lines, by bisection from a first guess.
    const fits = (width: number) => {
      const lines = wrapToWidth(title, width, size, 3);
      return lines.length <= count && whole(lines);
    };
    let lo = Math.min(maxWidth, Math.max(defaults.minWidth, count === 1 ? natural + 1 : natural / count + 4));
    // `hi` always fits, unless nothing does: then the title is cut at `maxWidth`.
    let hi = fits(lo) ? lo : maxWidth;
    if (hi !== lo && fits(hi)) {
      while (hi - lo > defaults.widthStep) {
        const mid = (lo + hi) / 2;
        if (fits(mid)) hi = mid;
        else lo = mid;
      }
    }
    const target = hi;
    const lines = wrapToWidth(title, target, size, 3);
    if (shapes.some((shape) => shape.lines.length === lines.length)) continue;
    shapes.push({ lines, width: linesWidth(lines, size) });
  }
  const complete = shapes.filter((shape) => whole(shape.lines));
  return complete.length > 0 ? complete : shapes;
}

/** Boxes placed in one lane, as flat columns. */
class LaneBoxes {
  x0: number[] = [];
  x1: number[] = [];
  y0: number[] = [];
  y1: number[] = [];
  bottom = 0;
  /** Forgets boxes that end before `x`: items come in time order, so nothing later can reach them. */
  prune(x: number): void {
    let k = 0;
    for (let i = 0; i < this.x0.length; i += 1) {
      if (this.x1[i]! < x) continue;
      this.x0[k] = this.x0[i]!;
      this.x1[k] = this.x1[i]!;
      this.y0[k] = this.y0[i]!;
      this.y1[k] = this.y1[i]!;
      k += 1;
    }
    this.x0.length = this.x1.length = this.y0.length = this.y1.length = k;
  }

  /** The lowest top at which a box `[x0, x1) × height` collides with nothing here. */
  lowestFit(x0: number, x1: number, height: number): number {
    const { gap, rowGap, searchLimit } = defaults;
    const near: number[] = [];
    for (let i = 0; i < this.x0.length; i += 1) if (this.x0[i]! < x1 + gap && this.x1[i]! + gap > x0) near.push(i);
    if (near.length === 0) return 0;
    if (near.length > searchLimit) return Math.max(...near.map((i) => this.y1[i]! + rowGap));
    const tops = [0, ...near.map((i) => this.y1[i]! + rowGap)].sort((a, b) => a - b);
    for (const top of tops) {
      if (near.every((i) => this.y0[i]! >= top + height + rowGap || this.y1[i]! + rowGap <= top)) return top;
    }
    return tops[tops.length - 1]!;
  }

  add(x0: number, x1: number, y0: number, y1: number): void {
    this.x0.push(x0);
    this.x1.push(x1);
    this.y0.push(y0);
    this.y1.push(y1);
    this.bottom = Math.max(this.bottom, y1);
  }
}

interface Choice {
  cost: number;
  placement: number;
  side: LabelSide | null;
  shape: LabelShape | null;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** Packs every placement with at most one label per event (or one per placement with `labelEvery`). */
export function packLabels(input: LabelPackingInput): PackedLabels {
  const { eventCount, laneCount, firstOfEvent, countOfEvent, lane } = input;
  const count = eventCount === 0 ? 0 : firstOfEvent[eventCount - 1]! + countOfEvent[eventCount - 1]!;
  const top = new Float64Array(count), height = new Float64Array(count);
  const side: (LabelSide | null)[] = new Array<LabelSide | null>(count).fill(null);
  const shape: (LabelShape | null)[] = new Array<LabelShape | null>(count).fill(null);
  const lanes = Array.from({ length: laneCount }, () => new LaneBoxes());
  // The next mark's x in each placement's lane: a label that reaches over it will push it down.
  const nextMarkX = new Float64Array(count).fill(Infinity);
  const lastInLane = new Int32Array(laneCount).fill(-1);
  const markX = new Float64Array(eventCount);
  for (let e = 0; e < eventCount; e += 1) {
    markX[e] = input.geometry(e).bandX0;
    for (let p = firstOfEvent[e]!; p < firstOfEvent[e]! + countOfEvent[e]!; p += 1) {
      const before = lastInLane[lane[p]!]!;
      if (before >= 0) nextMarkX[before] = Math.min(nextMarkX[before]!, markX[e]!);
      lastInLane[lane[p]!] = p;
    }
  }
  const reachLeft = input.maxWidth + 2 * labelMetrics.offset + defaults.gap;
  const { cost } = defaults;

  const place = (choice: Choice) => {
    const p = choice.placement;
    const boxes = lanes[lane[p]!]!;
    boxes.add(choice.x0, choice.x1, choice.top, choice.bottom);
    top[p] = choice.top;
    height[p] = choice.bottom - choice.top;
    side[p] = choice.side;
    shape[p] = choice.shape;
  };
  const markOnly = (p: number, geometry: ItemGeometry): Choice => {
    const box = markBox(geometry);
    const fit = lanes[lane[p]!]!.lowestFit(box.x0, box.x1, box.bottom);
    return { cost: 0, placement: p, side: null, shape: null, x0: box.x0, x1: box.x1, top: fit, bottom: fit + box.bottom };
  };

  for (let e = 0; e < eventCount; e += 1) {
    const geometry = input.geometry(e);
    const first = firstOfEvent[e]!, last = first + countOfEvent[e]!;
    for (let p = first; p < last; p += 1) lanes[lane[p]!]!.prune(geometry.bandX0 - reachLeft);
    const text = input.text(e);
    const titles = titleShapes(text.title, input.maxWidth);
    const shapes: { shape: LabelShape; penalty: number }[] = [];
    for (const title of titles) {
      for (const [rank, written] of text.dates.entries()) {
        // A date line wider than a label may be is cut: it is said in full in the details.
        const date = written ? truncateToWidth(written, input.maxWidth, labelMetrics.dateSize) : '';
        const dateWidth = date ? estimateTextWidth(date, labelMetrics.dateSize) : 0;
        const penalty = (title.lines.length - 1) * cost.perLine + (date ? (rank === 0 ? 0 : cost.shortDate) : cost.noDate);
        shapes.push({ shape: { lines: title.lines, date, width: Math.max(title.width, dateWidth) }, penalty });
      }
    }
    const best = (p: number, laneRank: number): Choice | undefined => {
      const boxes = lanes[lane[p]!]!;
      const floor = Math.max(defaults.laneFloor, boxes.bottom);
      let chosen: Choice | undefined;
      for (const sideName of labelSides(input.point(e))) {
        for (const { shape: candidate, penalty } of shapes) {
          const box = labelBox(geometry, sideName, candidate);
          const fit = boxes.lowestFit(box.x0, box.x1, box.bottom);
          const growth = Math.max(floor, fit + box.bottom) - floor;
          const blocks = sideName !== 'left' && box.x1 + defaults.gap > nextMarkX[p]! ? cost.blocksNext : 0;
          const outside = box.x0 < input.bounds[0] || box.x1 > input.bounds[1] ? cost.outside : 0;
          const total = growth * 10 + fit + penalty + (sideName === 'left' ? cost.left : 0) + laneRank * cost.laterLane + blocks + outside;
          if (!chosen || total < chosen.cost) {
            chosen = { cost: total, placement: p, side: sideName, shape: candidate, x0: box.x0, x1: box.x1, top: fit, bottom: fit + box.bottom };
          }
        }
      }
      return chosen;
    };
    if (input.labelEvery) {
      for (let p = first; p < last; p += 1) {
        const choice = best(p, 0);
        place(choice ?? markOnly(p, geometry));
      }
      continue;
    }
    let labelled: Choice | undefined;
    for (let p = first; p < last; p += 1) {
      const choice = best(p, p - first);
      if (choice && (!labelled || choice.cost < labelled.cost)) labelled = choice;
    }
    for (let p = first; p < last; p += 1) place(labelled?.placement === p ? labelled : markOnly(p, geometry));
  }
  const laneHeight = Float64Array.from(lanes, (boxes) => boxes.bottom);
  return { top, height, side, shape, laneHeight };
}
