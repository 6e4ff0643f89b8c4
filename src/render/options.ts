/**
 * Render options: their defaults, in one place, and their normalization,
 * done once at the boundary with errors that name the option and the values
 * it allows (a wrong option is a programmer error, so it throws).
 */
import type { Messages } from '../i18n/messages.js';
import { checkMessages } from '../i18n/messages.js';
import type { LaneBy } from '../layout/lanes.js';
import { laneGroupings } from '../layout/lanes.js';
import type { TimelineEvent } from '../model/types.js';
import { dayOfUTCDate, formatDay, parseDay } from '../time/calendar.js';
import { defaultLocale } from '../time/format.js';
import type { Theme } from './palette.js';
import { themes } from './palette.js';

/**
 * A calendar day: `YYYY-MM-DD`, a day number (days since 1970-01-01), or a
 * `Date`, read in UTC: its UTC calendar day (`getUTCFullYear`, `getUTCMonth`,
 * `getUTCDate`), never the machine's local one. So `new Date('2023-07-14')`
 * and `new Date(Date.UTC(2023, 6, 14))` are 14 July in every time zone, while
 * `new Date(2023, 6, 14)` (local midnight) is 13 July east of UTC. A
 * `YYYY-MM-DD` string leaves no doubt.
 */
export type DayInput = string | number | Date;

/** A window of calendar days (see {@link DayInput}), both ends inclusive. */
export interface DayRange {
  readonly from: DayInput;
  readonly to: DayInput;
}

/** Options of `renderTimeline` and `renderToSVG`. Every one is optional. */
export interface RenderOptions {
  /** Lanes: `'actor'` (default; people roll up to their affiliation), `'country'`, `'kind'`, `'none'`, or a function of the event. */
  readonly laneBy?: LaneBy;
  /** Lane keys (actor ids, country codes, kinds) to show first, in this order. */
  readonly laneOrder?: readonly string[];
  /** Whether people and companies sit in their affiliation's lane (default true). */
  readonly rollUp?: boolean;
  /** Width in pixels (static SVG; the interactive view follows its container). */
  readonly width?: number;
  /** Height in pixels (static SVG: default fits the content; interactive: lanes scroll beyond it). */
  readonly height?: number;
  /** `'auto'` follows `prefers-color-scheme`. */
  readonly theme?: Theme;
  /**
   * BCP 47 locale for dates, axis ticks and words (default `'en-GB'`): the
   * words are English, French, German, Spanish or Chinese, by the locale's
   * language (`'fr-CA'` is French), English for any other.
   */
  readonly locale?: string;
  /** Messages to use instead of the locale's, by name: `{ 'toolbar.showList': 'List' }`. */
  readonly messages?: Partial<Messages>;
  /** A day (`YYYY-MM-DD`, or a `Date` read as its UTC day) or a source id (its publication day) to mark with a line. */
  readonly referenceDate?: string | Date;
  /** The reference line's label (default "Published 14 July 2023" for a source, the date for a day). */
  readonly referenceLabel?: string;
  /** The initial window of days, `YYYY-MM-DD`, day numbers or `Date`s read in UTC (default: every event, with a margin). */
  readonly range?: DayRange;
  /** Whether labels are drawn next to marks (default true). */
  readonly labels?: boolean;
  /** The widest a label line may be, in pixels; longer titles wrap (up to three lines). Default 360. */
  readonly maxLabelWidth?: number;
  /** Whether to show the legend (default true). */
  readonly legend?: boolean;
  /** Below this width lane names move from a left gutter to captions above lanes. */
  readonly compactWidth?: number;
  /** The accessible name of the timeline (default: the document's title). */
  readonly title?: string;
  /**
   * Above this many events in view, the view draws an overview (marks merged
   * into bars, no labels) until zoomed in; and above this many events in all,
   * labels no longer reserve room when sub-rows are packed. Default 2000.
   */
  readonly detailLimit?: number;
  /**
   * Above this many items in view, the interactive view draws marks on a
   * canvas instead of one SVG element each (where the browser has a 2D
   * canvas); the focused and selected events stay in SVG. Default 200, so
   * that the page keeps under about 3,000 elements at any zoom.
   */
  readonly canvasThreshold?: number;
  /**
   * Time along the axis: `'time'` is linear; `'compressed'` shrinks empty
   * stretches to a marked break and gives dense stretches the width;
   * `'auto'` (default) compresses when that lets more labels fit.
   */
  readonly scale?: TimeScaleMode;
  /** `'vertical'` runs time down the page, one row per event; `'auto'` (default) turns vertical below `verticalWidth`. */
  readonly orientation?: Orientation;
  /** Below this width, `orientation: 'auto'` is vertical (default 600). */
  readonly verticalWidth?: number;
  /** Label a multi-party event in every lane it sits in, not once (default false). */
  readonly labelEvery?: boolean;
  /**
   * Shows only the events for which this returns true (default: all). The
   * timeline stays whole, so references to hidden events stay valid; the
   * marks, connectors, lanes, legend, accessible list and counts follow the
   * events shown. Compared by identity in `update()`: keep the same function
   * while the selection it makes is the same.
   *
   * @example
   * view.update({ options: { filter: (event) => event.kind !== 'statement' } });
   */
  readonly filter?: (event: TimelineEvent) => boolean;
}

/** How time maps to the axis. */
export type TimeScaleMode = 'time' | 'compressed' | 'auto';
/** Which way time runs. */
export type Orientation = 'horizontal' | 'vertical' | 'auto';
export const timeScaleModes: readonly TimeScaleMode[] = ['time', 'compressed', 'auto'];
export const orientations: readonly Orientation[] = ['horizontal', 'vertical', 'auto'];

/** Options after normalization: every value present and valid. */
export interface NormalizedRenderOptions {
  readonly laneBy: LaneBy;
  readonly laneOrder: readonly string[];
  readonly rollUp: boolean;
  readonly width: number;
  readonly height: number | undefined;
  readonly theme: Theme;
  readonly locale: string;
  readonly referenceDate: string | undefined;
  readonly referenceLabel: string | undefined;
  readonly range: { readonly from: number; readonly to: number } | undefined;
  readonly labels: boolean;
  readonly maxLabelWidth: number;
  readonly legend: boolean;
  readonly compactWidth: number;
  readonly title: string | undefined;
  readonly detailLimit: number;
  readonly canvasThreshold: number;
  readonly scale: TimeScaleMode;
  readonly orientation: Orientation;
  readonly verticalWidth: number;
  readonly labelEvery: boolean;
  readonly messages: Partial<Messages> | undefined;
  readonly filter: ((event: TimelineEvent) => boolean) | undefined;
}

/** Render defaults. */
export const defaults: NormalizedRenderOptions = {
  laneBy: 'actor',
  laneOrder: [],
  rollUp: true,
  width: 960,
  height: undefined,
  theme: 'auto',
  locale: defaultLocale,
  referenceDate: undefined,
  referenceLabel: undefined,
  range: undefined,
  labels: true,
  maxLabelWidth: 360,
  legend: true,
  compactWidth: 600,
  title: undefined,
  detailLimit: 2000,
  canvasThreshold: 200,
  scale: 'auto',
  orientation: 'auto',
  verticalWidth: 600,
  labelEvery: false,
  messages: undefined,
  filter: undefined,
};

const optionNames = Object.keys(defaults) as (keyof NormalizedRenderOptions)[];

function fail(name: string, expected: string, value: unknown): never {
  let shown: string;
  try {
    // JSON.stringify returns undefined for undefined and symbols, whatever its declared type says.
    const json = (typeof value === 'function' ? 'a function' : JSON.stringify(value)) as string | undefined;
    shown = json === undefined ? String(value) : json;
  } catch {
    shown = String(value);
  }
  throw new RangeError(`Option "${name}" must be ${expected}; got ${shown}.`);
}

function oneOf<T extends string>(name: string, allowed: readonly T[], value: unknown): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return fail(name, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value);
}

function positive(name: string, value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  return fail(name, 'a positive number', value);
}

function boolean(name: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  return fail(name, 'true or false', value);
}

function text(name: string, value: unknown): string {
  if (typeof value === 'string' && value.length > 0) return value;
  return fail(name, 'a non-empty string', value);
}

/** Whether a value is a Date of any realm (an iframe's or jsdom's Date is not `instanceof Date` here). */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * The one reading of a day given by the caller (`range`, `referenceDate`,
 * `zoomTo`): a `YYYY-MM-DD` string, a day number, or a Date taken as its UTC
 * calendar day (see {@link DayInput}). An invalid Date is refused by name.
 */
export function dayOf(name: string, value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string') {
    const day = parseDay(value);
    if (day !== undefined) return day;
  }
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) throw new RangeError(`Option "${name}" must be a valid Date; got an invalid Date.`);
    return dayOfUTCDate(value);
  }
  return fail(name, 'a calendar day "YYYY-MM-DD", a Date (read in UTC) or a day number', value);
}

/**
 * Checks and completes options over `base` (the defaults, or the options in
 * use when updating): a name absent keeps its value in `base`, a name present
 * with the value `undefined` returns to its default. Throws a RangeError
 * naming the first bad option and what it allows; unknown option names are
 * refused too, since a misspelt option silently ignored is worse than an error.
 */
export function normalizeRenderOptions(options: RenderOptions | undefined, base: NormalizedRenderOptions = defaults): NormalizedRenderOptions {
  if (options === undefined) return base;
  if (typeof options !== 'object') fail('options', 'an object', options);
  const result: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(options)) {
    if (!(optionNames as string[]).includes(name)) {
      throw new RangeError(`Unknown option "${name}"; the options are ${optionNames.map((n) => `"${n}"`).join(', ')}.`);
    }
    result[name] = value === undefined ? defaults[name as keyof NormalizedRenderOptions] : normalizeOne(name as keyof NormalizedRenderOptions, value);
  }
  return result as unknown as NormalizedRenderOptions;
}

function normalizeOne(name: keyof NormalizedRenderOptions, value: unknown): unknown {
  switch (name) {
    case 'laneBy':
      return typeof value === 'function' ? value : oneOf(name, laneGroupings, value);
    case 'laneOrder':
      if (Array.isArray(value) && value.every((key) => typeof key === 'string')) return [...(value)];
      return fail(name, 'an array of lane keys (strings)', value);
    case 'theme':
      return oneOf(name, themes, value);
    case 'scale':
      return oneOf(name, timeScaleModes, value);
    case 'orientation':
      return oneOf(name, orientations, value);
    case 'locale': {
      const locale = text(name, value);
      try {
        return new Intl.DateTimeFormat(locale).resolvedOptions().locale;
      } catch {
        return fail(name, 'a BCP 47 language tag such as "en-GB" or "fr"', value);
      }
    }
    case 'width':
    case 'height':
    case 'maxLabelWidth':
    case 'compactWidth':
    case 'detailLimit':
    case 'canvasThreshold':
    case 'verticalWidth':
      return positive(name, value);
    case 'rollUp':
    case 'labels':
    case 'legend':
    case 'labelEvery':
      return boolean(name, value);
    case 'referenceDate':
      // A Date becomes its UTC day; a string is a day or a source id, told apart when the view resolves it.
      return isDate(value) ? formatDay(dayOf(name, value)) : text(name, value);
    case 'referenceLabel':
    case 'title':
      return text(name, value);
    case 'messages':
      return checkMessages(value);
    case 'filter':
      if (typeof value === 'function') return value;
      return fail(name, 'a function of the event that returns true to show it', value);
    case 'range': {
      if (typeof value !== 'object' || value === null) return fail(name, 'an object { from, to } of calendar days', value);
      const { from, to } = value as { from?: unknown; to?: unknown };
      const fromDay = dayOf('range.from', from), toDay = dayOf('range.to', to);
      if (toDay < fromDay) fail('range', 'a window whose "to" is not before its "from"', value);
      return { from: fromDay, to: toDay };
    }
  }
}

/**
 * Whether two normalized options draw the same picture: every value the
 * same, lane orders and ranges compared by content (normalizing copies
 * them), functions (`laneBy`, `filter`) by identity.
 */
export function sameRenderOptions(a: NormalizedRenderOptions, b: NormalizedRenderOptions): boolean {
  return optionNames.every((name) => {
    const x = a[name], y = b[name];
    if (x === y) return true;
    if (name === 'laneOrder') return a.laneOrder.length === b.laneOrder.length && a.laneOrder.every((key, i) => key === b.laneOrder[i]);
    if (name === 'range') return a.range?.from === b.range?.from && a.range?.to === b.range?.to;
    return false;
  });
}
