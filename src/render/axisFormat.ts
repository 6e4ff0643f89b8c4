/**
 * Multi-scale axis tick labels in the view's locale: a year at year
 * boundaries, a month at month boundaries, a day otherwise, hours when
 * zoomed in that far. Read in UTC, like every date in the renderer.
 */

/**
 * A tick formatter for UTC-midnight-based dates in `locale`.
 *
 * @example multiScaleFormat('en-GB')(new Date(Date.UTC(2023, 6, 1))) // 'Jul'
 */
export function multiScaleFormat(locale: string): (date: Date) => string {
  // One formatter per locale: the view asks on every frame.
  let format = formats.get(locale);
  if (!format) {
    format = createFormat(locale);
    formats.set(locale, format);
  }
  return format;
}

const formats = new Map<string, (date: Date) => string>();

function createFormat(locale: string): (date: Date) => string {
  const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const hour = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  return (date: Date): string => {
    if (date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0) return hour.format(date);
    if (date.getUTCDate() !== 1) return day.format(date);
    if (date.getUTCMonth() !== 0) return month.format(date);
    return year.format(date);
  };
}
