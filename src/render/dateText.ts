/**
 * Dates in words for labels, tooltips and the details panel, in the view's
 * locale, built on the time module's `describeWhen` (honest to precision and
 * qualifiers, formatted in UTC so a calendar day never shifts).
 */
import type { Language } from '../i18n/messages.js';
import { dayToUTCDate } from '../time/calendar.js';
import { describeSpan, describeWhen } from '../time/format.js';
import type { ResolvedWhen } from '../time/types.js';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day in words, e.g. "14 July 2023" (en-GB).
 *
 * @example formatDayLong(19552, 'en-GB') // '14 July 2023'
 */
export function formatDayLong(day: number, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(dayToUTCDate(day));
}

/** The resolved date at its precision: "13 July 2023", "June 2023", "Week of 17 July 2023", "c. June 2023". */
export function describeResolved(when: ResolvedWhen, language: Language): string {
  return describeWhen(when, language.locale, language.messages);
}

/** The resolved days, whatever the precision: "1–30 June 2023". */
export function describeSpanDays(when: ResolvedWhen, language: Language): string {
  return describeSpan(when, language.locale);
}

/**
 * The short date line under a label: the resolved date, and the words the
 * source used when they were relative ("June 2023 · “last month”").
 */
export function describeForLabel(when: ResolvedWhen, language: Language): string {
  const resolved = describeResolved(when, language);
  return when.relative ? language.text('event.dateLine', { date: resolved, quoted: language.text('event.quoted', { text: when.text }) }) : resolved;
}
