// Dates for tests, written as people write them: an EDTF string, or a
// relative phrase in a report published on Friday 14 July 2023.
import { toDayNumber } from '../../src/time/calendar.js';
import { parseEdtf } from '../../src/time/edtf.js';
import { resolveRelative } from '../../src/time/relative.js';
import type { ResolvedWhen } from '../../src/time/types.js';

/** An EDTF string resolved (throws on a string that does not parse). */
export function edtf(text: string): ResolvedWhen {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** A relative phrase resolved against a source published on 14 July 2023. */
export function phrase(text: string): ResolvedWhen {
  const result = resolveRelative(text, toDayNumber(2023, 7, 14), 'article');
  if (!result.ok) throw new Error(result.message);
  return result.value;
}
