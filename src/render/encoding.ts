/**
 * The visual encoding of status, precision and date qualifiers, written once.
 * The SVG marks, the canvas marks, the legend and the stylesheet all read
 * this table, so an item looks the same in every tier and the legend always
 * matches it. Status never relies on colour alone: fill, dash, strike and
 * arrow carry it.
 */
import type { ItemGeometry } from '../layout/itemGeometry.js';
import type { EventStatus, TimelineEvent } from '../model/types.js';

/** Solid: filled in the mark colour; hollow: an outline round the background colour; half: hollow with the left half filled. */
export type MarkFill = 'solid' | 'hollow' | 'half';

/** How an outline is stroked. */
export type StrokeDash = 'solid' | 'dashed' | 'dotted';

/** How one status is drawn. */
export interface StatusEncoding {
  readonly fill: MarkFill;
  /** The outline of the day mark (and of a band's start marker), and of a band. */
  readonly dash: { readonly mark: StrokeDash; readonly band: StrokeDash };
  /** Struck through: it did not (or will not) happen. */
  readonly strike: boolean;
  /** An arrow running right from the mark: not ended yet. */
  readonly openEnd: boolean;
}

const plain = { mark: 'solid', band: 'solid' } as const;

/**
 * The encoding of each status: occurred solid; ongoing solid with an arrow
 * running right; scheduled, expected and proposed hollow; postponed hollow
 * and dashed; cancelled and did-not-occur hollow and struck through; unknown
 * hollow with the left half filled (half known, half not) and a dotted
 * outline on a band.
 *
 * @example statusEncoding.postponed // { fill: 'hollow', dash: { mark: 'dashed', band: 'dashed' }, strike: false, openEnd: false }
 */
export const statusEncoding: Readonly<Record<EventStatus, StatusEncoding>> = {
  occurred: { fill: 'solid', dash: plain, strike: false, openEnd: false },
  ongoing: { fill: 'solid', dash: plain, strike: false, openEnd: true },
  scheduled: { fill: 'hollow', dash: plain, strike: false, openEnd: false },
  expected: { fill: 'hollow', dash: plain, strike: false, openEnd: false },
  proposed: { fill: 'hollow', dash: plain, strike: false, openEnd: false },
  postponed: { fill: 'hollow', dash: { mark: 'dashed', band: 'dashed' }, strike: false, openEnd: false },
  cancelled: { fill: 'hollow', dash: plain, strike: true, openEnd: false },
  'did-not-occur': { fill: 'hollow', dash: plain, strike: true, openEnd: false },
  unknown: { fill: 'half', dash: { mark: 'solid', band: 'dotted' }, strike: false, openEnd: false },
};

/** Dash patterns, in pixels (SVG `stroke-dasharray`, canvas `setLineDash`). */
export const dashArrays: Readonly<Record<StrokeDash, readonly number[]>> = {
  solid: [],
  dashed: [3, 2],
  dotted: [1, 2],
};

/**
 * The classes that carry an encoding in SVG and CSS: the fill, each dash
 * other than solid, the strike and the open end.
 */
export const encodingClasses = {
  solid: 'dt-solid',
  hollow: 'dt-hollow',
  /** Added to `hollow` for a half fill. */
  half: 'dt-unknown',
  dashed: 'dt-dashed',
  dotted: 'dt-dotted',
  strike: 'dt-struck',
  openEnd: 'dt-ongoing',
} as const;

/** Which end of a band fades: an approximate, uncertain, unknown or open end is not a sharp bound. */
export type Fade = 'start' | 'end' | 'both';

/**
 * The ends of an event that fade. An open end fades only at the start: at
 * the end it is drawn as an arrow.
 */
export function fadeOf(event: TimelineEvent): Fade | undefined {
  const { start, end } = event.when;
  const fadeStart = start.approximate || start.uncertain || start.unknown || start.open;
  const fadeEnd = end.approximate || end.uncertain || end.unknown;
  if (fadeStart && fadeEnd) return 'both';
  if (fadeStart) return 'start';
  if (fadeEnd) return 'end';
  return undefined;
}

/** Opacity of a faded end at its faintest (the SVG masks' `#2a2a2a`). */
export const faintOpacity = 0x2a / 255;

/**
 * The opacity ramp of each fade, as `[offset, opacity]` stops across the
 * fade box; between stops the opacity runs linearly, outside them it holds.
 */
export const fadeRamps: Readonly<Record<Fade, readonly (readonly [number, number])[]>> = {
  start: [[0, faintOpacity], [0.45, 1]],
  end: [[0.55, 1], [1, faintOpacity]],
  both: [[0, faintOpacity], [0.35, 1], [0.65, 1], [1, faintOpacity]],
};

/** The box a fade ramp spans, in units of the faded shape's box: a little wider than the shape, so its very ends are not wholly faint. */
export const fadeBox = { x: -0.2, y: -0.5, width: 1.4, height: 2 } as const;

/** A colour the marks are painted with; each tier maps it to its theme colour. */
export type ColorRole = 'mark' | 'background' | 'text';

/** How a part of a mark is painted (before its status makes it hollow or dashed). */
export interface PartPaint {
  /** Left out: the part is a line and has no fill. */
  readonly fill?: ColorRole | 'none';
  readonly stroke: ColorRole | 'none';
  readonly width?: number;
  readonly dash?: readonly number[];
  readonly cap?: 'round';
}

/** The paint of each kind of part, and its SVG class. */
export const partPaints = {
  /** The day mark and a band's start marker. */
  mark: { className: 'dt-mark', fill: 'mark', stroke: 'mark', width: 2 },
  band: { className: 'dt-band', fill: 'mark', stroke: 'mark', width: 1.5 },
  /** The filled half of a half fill. */
  half: { className: 'dt-mark-half', fill: 'mark', stroke: 'none' },
  /** The ring round a day mark whose date is approximate or uncertain. */
  halo: { className: 'dt-halo', fill: 'none', stroke: 'mark', width: 1.5, dash: [2, 2] },
  strike: { className: 'dt-strike', stroke: 'text', width: 2, cap: 'round' },
  openEnd: { className: 'dt-open-end', fill: 'none', stroke: 'mark', width: 2 },
  openEndHead: { className: 'dt-open-end-head', fill: 'mark', stroke: 'none' },
} as const satisfies Record<string, PartPaint & { readonly className: string }>;

/** A kind of paint. */
export type PaintName = keyof typeof partPaints;

/** The fill of a hollow (or half-filled) mark or band. */
export const hollowFill: ColorRole = 'background';

/** Sizes of the parts around a mark, in pixels. */
export const partSizes = {
  /** Corner radius of a band. */
  bandCorner: 2,
  /** How far a halo sits outside the day mark. */
  haloGap: 3.5,
  /** How far a band's start marker reaches past the mark radius, up and down. */
  markerOverhang: 2,
  /** How far a strike reaches past the mark or band. */
  strikeOverhang: 3,
  /** The open end's arrow head: length, half its width, and how far the line stops short of the tip. */
  headLength: 7,
  headHalfWidth: 5,
  headInset: 5,
} as const;

/** One part of an item's marks, in plot pixels. Every tier draws the same list. */
export type MarkPart =
  | { readonly kind: 'halo' | 'dot'; readonly cx: number; readonly cy: number; readonly r: number }
  /** The left half of a day mark. */
  | { readonly kind: 'half-dot'; readonly cx: number; readonly cy: number; readonly r: number }
  | { readonly kind: 'band' | 'half-band'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly fade: Fade | undefined }
  | { readonly kind: 'marker' | 'open-end' | 'strike'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number }
  /** The arrow head of an open end, pointing right, with its tip at (x, y). */
  | { readonly kind: 'open-end-head'; readonly x: number; readonly y: number };

/** The kinds of part, in the order an item draws them (later ones on top). */
export const partKinds = ['halo', 'dot', 'band', 'half-dot', 'half-band', 'marker', 'open-end', 'open-end-head', 'strike'] as const satisfies readonly MarkPart['kind'][];

/** The paint of each kind of part. */
export const paintOfPart: Readonly<Record<MarkPart['kind'], PaintName>> = {
  halo: 'halo',
  dot: 'mark',
  band: 'band',
  'half-dot': 'half',
  'half-band': 'half',
  marker: 'mark',
  'open-end': 'openEnd',
  'open-end-head': 'openEndHead',
  strike: 'strike',
};

/** A paint with the status applied: hollow fills and dashed outlines resolved. */
export interface ResolvedPaint {
  readonly fill: ColorRole | undefined;
  readonly stroke: ColorRole | undefined;
  readonly width: number;
  readonly dash: readonly number[];
  readonly cap: 'butt' | 'round';
}

/** Parts drawn as lines, which have no fill. */
const lineKinds: ReadonlySet<MarkPart['kind']> = new Set(['marker', 'open-end', 'strike']);

/**
 * How a part is painted for a status: the mark and the band take the
 * status's fill and dash; the other parts look the same for every status.
 */
export function resolvePaint(kind: MarkPart['kind'], encoding: StatusEncoding): ResolvedPaint {
  const name = paintOfPart[kind];
  const paint: PartPaint = partPaints[name];
  const outline = name === 'mark' || name === 'band';
  const fill = lineKinds.has(kind) || paint.fill === undefined || paint.fill === 'none' ? undefined : outline && encoding.fill !== 'solid' ? hollowFill : paint.fill;
  const dash = outline ? dashArrays[encoding.dash[name]] : paint.dash ?? [];
  return {
    fill,
    stroke: paint.stroke === 'none' ? undefined : paint.stroke,
    width: paint.width ?? 1,
    dash,
    cap: paint.cap ?? 'butt',
  };
}

/** What is drawn for one item, besides its status. */
export interface MarkShape {
  /** A single day: a round mark; otherwise a band over the whole span. */
  readonly point: boolean;
  /** Not ended: an arrow runs right to the geometry's `drawnX1`. */
  readonly openEnd: boolean;
  readonly fade: Fade | undefined;
  /** A band's start marker, where its connector and label attach. */
  readonly marker: boolean;
}

/** The radius of a day mark and the height of a band. */
export interface MarkSize {
  readonly radius: number;
  readonly bandHeight: number;
}

/**
 * The parts of one item's marks: a day mark (with a halo when its date
 * fades) or a band (its ends fading), the left half filled for a half fill,
 * a band's start marker, the open end's arrow and the strike.
 *
 * @example markParts(statusEncoding.occurred, { point: true, openEnd: false, fade: undefined, marker: true }, geometry, 11, { radius: 6, bandHeight: 10 })
 */
export function markParts(encoding: StatusEncoding, shape: MarkShape, geometry: Pick<ItemGeometry, 'markX' | 'bandX0' | 'bandX1' | 'drawnX1'>, cy: number, size: MarkSize): MarkPart[] {
  const r = size.radius;
  const { markX, bandX0, bandX1, drawnX1 } = geometry;
  const parts: MarkPart[] = [];
  if (shape.point) {
    if (shape.fade) parts.push({ kind: 'halo', cx: markX, cy, r: r + partSizes.haloGap });
    parts.push({ kind: 'dot', cx: markX, cy, r });
    if (encoding.fill === 'half') parts.push({ kind: 'half-dot', cx: markX, cy, r });
  } else {
    const y = cy - size.bandHeight / 2, width = bandX1 - bandX0;
    parts.push({ kind: 'band', x: bandX0, y, width, height: size.bandHeight, fade: shape.fade });
    if (encoding.fill === 'half') parts.push({ kind: 'half-band', x: bandX0, y, width: width / 2, height: size.bandHeight, fade: shape.fade ? 'start' : undefined });
    if (shape.marker) {
      const reach = r + partSizes.markerOverhang;
      parts.push({ kind: 'marker', x1: bandX0, y1: cy - reach, x2: bandX0, y2: cy + reach });
    }
  }
  if (shape.openEnd) {
    parts.push({ kind: 'open-end', x1: shape.point ? markX + r : bandX1, y1: cy, x2: drawnX1 - partSizes.headInset, y2: cy });
    parts.push({ kind: 'open-end-head', x: drawnX1, y: cy });
  }
  if (encoding.strike) {
    const over = partSizes.strikeOverhang;
    parts.push(shape.point
      ? { kind: 'strike', x1: markX - r - over, y1: cy + r + over, x2: markX + r + over, y2: cy - r - over }
      : { kind: 'strike', x1: bandX0 - over, y1: cy, x2: bandX1 + over, y2: cy });
  }
  return parts;
}
