/**
 * The message tables of the view, one per shipped language, and how a
 * locale finds its table: the exact language, else English. Every visible
 * word of the interactive view and the static SVG comes from here.
 */
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { MessageText, PluralForms } from './template.js';
import { fillTemplate, pluralForm } from './template.js';
import { zh } from './zh.js';

/** The name of a message, e.g. `'toolbar.showList'` or `'status.did-not-occur'`. */
export type MessageKey = keyof typeof en;

/**
 * Every message of one language. A message is a template with `{name}`
 * placeholders; one that depends on a count may instead have plural forms.
 */
export type Messages = {
  readonly [K in MessageKey]: (typeof en)[K] extends string ? string : MessageText;
};

/** The languages shipped, by language subtag. */
export const messageTables: Readonly<Record<string, Messages>> = { en, fr, de, es, zh };

/** The languages shipped: `['en', 'fr', 'de', 'es', 'zh']`. */
export const shippedLanguages: readonly string[] = Object.keys(messageTables);

const messageKeys = new Set<string>(Object.keys(en));

/** The shipped table for a locale's language: `'fr-CA'` → French, `'pt'` → English. */
function tableFor(locale: string): Messages {
  let language: string;
  try {
    language = new Intl.Locale(locale).language;
  } catch {
    return en;
  }
  return messageTables[language] ?? en;
}

/**
 * The messages for a locale: its language's table (English when that
 * language is not shipped), with `overrides` replacing any message.
 *
 * @example messagesFor('fr-CA')['toolbar.showList'] // 'Afficher en liste'
 * @example messagesFor('en', { 'toolbar.showList': 'List' })['toolbar.showList'] // 'List'
 */
export function messagesFor(locale: string, overrides?: Partial<Messages>): Messages {
  const table = tableFor(locale);
  return overrides === undefined ? table : { ...table, ...checkMessages(overrides) };
}

function isPluralForms(value: unknown): value is PluralForms {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const forms = Object.entries(value);
  return typeof (value as { other?: unknown }).other === 'string'
    && forms.every(([form, text]) => ['zero', 'one', 'two', 'few', 'many', 'other'].includes(form) && typeof text === 'string');
}

/**
 * Checks messages given by a user: known names, each a non-empty string (or
 * plural forms with `other`, where the English message has them). Throws a
 * RangeError naming the first bad one.
 */
export function checkMessages(value: unknown): Partial<Messages> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RangeError(`Option "messages" must be an object of messages by name, such as { "toolbar.showList": "List" }; got ${Array.isArray(value) || value === null ? JSON.stringify(value) : typeof value}.`);
  }
  for (const [key, text] of Object.entries(value)) {
    if (!messageKeys.has(key)) {
      throw new RangeError(`Option "messages" has no message "${key}"; the messages are ${[...messageKeys].map((k) => `"${k}"`).join(', ')}.`);
    }
    const plural = typeof en[key as MessageKey] !== 'string';
    if (!(typeof text === 'string' && text.length > 0) && !(plural && isPluralForms(text))) {
      throw new RangeError(`Option "messages": "${key}" must be a non-empty string${plural ? ' or plural forms { one, other }' : ''}.`);
    }
  }
  return value;
}

/** The messages of one view and the locale that formats their numbers and picks their plural forms. */
export interface Language {
  readonly locale: string;
  readonly messages: Messages;
  /**
   * A message with its placeholders filled; numbers are formatted for the
   * locale, and `count` picks the plural form.
   */
  text(key: MessageKey, values?: Readonly<Record<string, string | number>>): string;
}

const languages = new Map<string, Language>();

/**
 * The language of a view: its locale's messages with the user's overrides.
 * Without overrides, the same object for the same locale, so that texts
 * formatted for it can be kept.
 */
export function languageOf(locale: string, overrides?: Partial<Messages>): Language {
  // A tag Intl refuses (the custom element's attribute, say) still gets words: English ones.
  const tag = isLocale(locale) ? locale : 'en';
  if (overrides !== undefined) return makeLanguage(tag, messagesFor(tag, overrides));
  let language = languages.get(tag);
  if (language === undefined) {
    language = makeLanguage(tag, tableFor(tag));
    languages.set(tag, language);
  }
  return language;
}

function isLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length > 0;
  } catch {
    return false;
  }
}

function makeLanguage(locale: string, messages: Messages): Language {
  return {
    locale,
    messages,
    text(key, values = {}) {
      const message: MessageText = messages[key];
      const count = values.count;
      const template = typeof count === 'number' ? pluralForm(message, count, locale) : typeof message === 'string' ? message : message.other;
      const shown: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(values)) shown[name] = typeof value === 'number' ? value.toLocaleString(locale) : value;
      return fillTemplate(template, shown);
    },
  };
}
