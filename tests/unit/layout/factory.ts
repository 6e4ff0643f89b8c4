// Plain TimelineEvent/Actor objects for layout tests, so layout is tested
// without the document parser.
import { formatDay, parseDay } from '../../../src/time/calendar.js';
import type { Actor, TimelineEvent } from '../../../src/model/types.js';
import type { Precision, ResolvedPoint, ResolvedWhen } from '../../../src/time/types.js';

function point(earliestDay: number, latestDay: number, precision: Precision, approximate = false): ResolvedPoint {
  return {
    earliest: formatDay(earliestDay), latest: formatDay(latestDay), earliestDay, latestDay, precision,
    open: false, unknown: false, uncertain: false, approximate,
  };
}

export function day(text: string): number {
  const n = parseDay(text);
  if (n === undefined) throw new Error(`bad day ${text}`);
  return n;
}

/** A resolved `when` from `first` to `last` (inclusive `YYYY-MM-DD`). */
export function when(first: string, last = first, precision: Precision = 'day', options: { approximate?: boolean; openEnd?: boolean } = {}): ResolvedWhen {
  const a = day(first), b = day(last);
  const start = point(a, a, precision, options.approximate);
  const end = { ...point(b, b, precision, options.approximate), open: options.openEnd ?? false };
  return {
    text: first === last ? first : `${first}/${last}`, relative: false, edtf: first === last ? first : `${first}/${last}`,
    earliest: first, latest: last, earliestDay: a, latestDay: b, precision, interval: first !== last,
    start, end, uncertain: false, approximate: options.approximate ?? false,
  };
}

let counter = 0;

export function event(partial: Partial<TimelineEvent> & { when: ResolvedWhen }): TimelineEvent {
  counter += 1;
  return {
    id: `e${counter}`, title: `Event ${counter}`, kind: 'talks', status: 'occurred',
    participants: [], evidence: [], related: [], ...partial,
  };
}

export function actor(id: string, name: string, kind: Actor['kind'], extra: Partial<Actor> = {}): Actor {
  return { id, name, kind, aliases: [], ...extra };
}

export const actors: Actor[] = [
  actor('us', 'United States', 'state', { country: 'US' }),
  actor('cn', 'China', 'state', { country: 'CN' }),
  actor('ru', 'Russia', 'state', { country: 'RU' }),
  actor('nato', 'NATO', 'organization'),
  actor('blinken', 'Antony Blinken', 'person', { affiliation: 'us', role: 'Secretary of State' }),
  actor('wang-yi', 'Wang Yi', 'person', { affiliation: 'cn' }),
  actor('lavrov', 'Sergey Lavrov', 'person', { affiliation: 'ru' }),
  actor('microsoft', 'Microsoft', 'company', { affiliation: 'us', country: 'US' }),
  actor('pentagon', 'Pentagon', 'organization', { affiliation: 'us', country: 'US' }),
];
