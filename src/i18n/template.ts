/**
 * Message templates: named placeholders ("{count} events in {lanes}")
 * filled with plain text, and plural forms chosen with `Intl.PluralRules`.
 * Pure data in, text out: no DOM, so the time module can use it too.
 */

/** A message that depends on a count: one text per plural category, `other` required. */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** A message: a template, or plural forms of one. */
export type MessageText = string | PluralForms;

/**
 * Fills each `{name}` with its value; a placeholder without a value stays
 * as written, so a missing value shows rather than vanishes.
 *
 * @example fillTemplate('Week of {date}', { date: '17 July 2023' }) // 'Week of 17 July 2023'
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of a message for a count, in the language of `locale`. */
export function pluralForm(message: MessageText, count: number, locale: string): string {
  if (typeof message === 'string') return message;
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return message[rules.select(count)] ?? message.other;
}

/** The placeholder names of a message, in every form (for checking translations). */
export function placeholdersOf(message: MessageText): Set<string> {
  const forms: readonly (string | undefined)[] = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(forms.flatMap((form) => [...(form ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)));
}
