/**
 * The interchange formats by name: which can be read, which written, and
 * which a file name or a JSON value's shape gives away. The CLI's
 * `convert` command is built on this table.
 *
 * | name       | read | write | inferred from                                    |
 * |------------|------|-------|--------------------------------------------------|
 * | timeline   | yes  | yes   | a `.json` input whose events have `when`          |
 * | timelinejs | yes  | yes   | a `.json` input whose events have `start_date`    |
 * | vis        | yes  | yes   | a `.json` input with `items` (or an array of items with `start`) |
 * | csv        | yes  | yes   | `.csv` (lower case)                               |
 * | plover     | yes  | yes   | `.jsonl`, `.ndjson`                               |
 * | ical       |      | yes   | `.ics`                                           |
 * | jsonld     |      | yes   | `.jsonld`                                        |
 * | gdelt      | yes  |       | never: GDELT files end in `.CSV` or `.tsv`, so `--from gdelt` is required |
 *
 * A `.json` output is ambiguous (ours, TimelineJS or vis) and needs
 * `--to`; a `.json` input is sniffed only when its shape is unmistakable.
 */
import type { Timeline } from '../model/timeline.js';
import type { ExportResult, ImportResult } from './conversion.js';
import { fromCsv, toCsv } from './csv.js';
import { fromGdelt } from './gdelt.js';
import { toICalendar, type ICalendarOptions } from './ical.js';
import { isJsonObject } from './json-input.js';
import { toJsonLd } from './json-ld.js';
import { fromPlover, toPlover } from './plover.js';
import { fromTimelineJs, toTimelineJs } from './timelinejs.js';
import { fromVisTimeline, toVisTimeline } from './vis-timeline.js';

/** Every format name, ours (`timeline`) first. */
export const formatNames = ['timeline', 'timelinejs', 'vis', 'csv', 'plover', 'ical', 'jsonld', 'gdelt'] as const;

/** A format name. */
export type FormatName = (typeof formatNames)[number];

/** An importer: another format's text (or parsed value) → our document. */
export type Importer = (input: string | object) => ImportResult;

/** An exporter: a timeline → another format. */
export type Exporter = (timeline: Timeline, options?: ExportOptions) => ExportResult;

/** Options any exporter may use (each ignores the ones it does not need). */
export interface ExportOptions {
  /** iCalendar DTSTAMP (see `toICalendar`). */
  readonly stamp?: ICalendarOptions['stamp'];
}

/** The importers of other formats, by name. */
export const importers: Readonly<Partial<Record<FormatName, Importer>>> = {
  timelinejs: fromTimelineJs,
  vis: fromVisTimeline,
  csv: fromCsv,
  plover: fromPlover,
  gdelt: fromGdelt,
};

/** The exporters to other formats, by name. */
export const exporters: Readonly<Partial<Record<FormatName, Exporter>>> = {
  timelinejs: (timeline) => toTimelineJs(timeline),
  vis: (timeline) => toVisTimeline(timeline),
  csv: (timeline) => toCsv(timeline),
  plover: (timeline) => toPlover(timeline),
  ical: (timeline, options) => toICalendar(timeline, options?.stamp === undefined ? {} : { stamp: options.stamp }),
  jsonld: (timeline) => toJsonLd(timeline),
};

/** Whether a string names a format. */
export function isFormatName(name: string): name is FormatName {
  return (formatNames as readonly string[]).includes(name);
}

/**
 * The format a file name says, when it says one unambiguously. `.json` says
 * nothing (see `formatOfJson` for inputs).
 */
export function formatOfFileName(path: string): FormatName | undefined {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1];
  switch (extension) {
    case 'ics': return 'ical';
    case 'csv': return 'csv';
    case 'jsonl': case 'ndjson': return 'plover';
    case 'jsonld': return 'jsonld';
    default: return undefined;
  }
}

/** The format of a parsed JSON value when its shape is unmistakable, else undefined. */
export function formatOfJson(value: unknown): FormatName | undefined {
  const firstOf = (list: unknown): unknown => (Array.isArray(list) ? (list as unknown[])[0] : undefined);
  if (Array.isArray(value)) {
    const first = firstOf(value);
    return isJsonObject(first) && 'start' in first && 'content' in first ? 'vis' : undefined;
  }
  if (!isJsonObject(value)) return undefined;
  if (Array.isArray(value.items) && !('events' in value)) return 'vis';
  const first = firstOf(value.events);
  if (!isJsonObject(first)) return undefined;
  if ('when' in first && !('start_date' in first)) return 'timeline';
  if ('start_date' in first && !('when' in first)) return 'timelinejs';
  return undefined;
}
