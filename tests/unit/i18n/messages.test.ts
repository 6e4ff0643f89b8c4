import { describe, expect, it } from 'vitest';
import { languageOf, messagesFor, messageTables, shippedLanguages } from '../../../src/i18n/messages.js';
import type { MessageKey } from '../../../src/i18n/messages.js';
import { en } from '../../../src/i18n/en.js';
import { fillTemplate, placeholdersOf, pluralForm } from '../../../src/i18n/template.js';
import { describeWhen } from '../../../src/time/format.js';
import { edtf, phrase } from '../../support/dates.js';

const keys = Object.keys(en) as MessageKey[];

describe('the message tables', () => {
  it('ships English, French, German, Spanish and Chinese', () => {
    expect(shippedLanguages).toEqual(['en', 'fr', 'de', 'es', 'zh']);
  });

  for (const language of shippedLanguages) {
    it(`${language}: every message, none empty, with the English placeholders`, () => {
      const table = messageTables[language]!;
      expect(Object.keys(table).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        const message = table[key];
        const forms = typeof message === 'string' ? [message] : Object.values(message);
        for (const form of forms) expect(form?.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholdersOf(message), `${language} ${key}`).toEqual(placeholdersOf(en[key]));
      }
    });
  }
});

describe('messagesFor', () => {
  it('falls back to the language, then to English', () => {
    expect(messagesFor('fr')).toBe(messageTables.fr);
    expect(messagesFor('fr-CA')).toBe(messageTables.fr);
    expect(messagesFor('de-AT')['toolbar.showList']).toBe('Als Liste anzeigen');
    expect(messagesFor('es-MX')['toolbar.showList']).toBe('Ver como lista');
    expect(messagesFor('zh-Hans-CN')['toolbar.showList']).toBe('以列表显示');
    expect(messagesFor('pt')).toBe(messageTables.en);
    expect(messagesFor('en-US')).toBe(messageTables.en);
    expect(messagesFor('not a locale!')).toBe(messageTables.en);
  });

  it('lays overrides over the table, and leaves the table alone', () => {
    const messages = messagesFor('fr', { 'toolbar.showList': 'Liste' });
    expect(messages['toolbar.showList']).toBe('Liste');
    expect(messages['toolbar.hideList']).toBe('Masquer la liste');
    expect(messageTables.fr!['toolbar.showList']).toBe('Afficher en liste');
  });

  it('refuses unknown names and empty or non-text messages, naming them', () => {
    expect(() => messagesFor('en', { 'toolbar.showLst': 'List' } as never)).toThrow(/no message "toolbar.showLst"/);
    expect(() => messagesFor('en', { 'toolbar.showList': '' })).toThrow(/"toolbar.showList" must be a non-empty string/);
    expect(() => messagesFor('en', { 'toolbar.showList': { one: 'a', other: 'b' } } as never)).toThrow(/"toolbar.showList"/);
    expect(messagesFor('en', { 'timeline.events': { one: 'one item', other: '{count} items' } })['timeline.events']).toEqual({ one: 'one item', other: '{count} items' });
  });
});

describe('message templates', () => {
  it('fills named placeholders once, leaving values as they are', () => {
    expect(fillTemplate('{name}: {events}', { name: 'A {events}', events: '3 events' })).toBe('A {events}: 3 events');
    expect(fillTemplate('{missing} stays', {})).toBe('{missing} stays');
  });

  it('chooses plural forms by the language’s rules', () => {
    const forms = { one: '{count} événement', other: '{count} événements' };
    expect(pluralForm(forms, 0, 'fr')).toBe('{count} événement');
    expect(pluralForm(forms, 0, 'en')).toBe('{count} événements');
    expect(pluralForm('{count}个事件', 5, 'zh')).toBe('{count}个事件');
    expect(languageOf('en-GB').text('timeline.events', { count: 1 })).toBe('1 event');
    expect(languageOf('en-GB').text('timeline.events', { count: 20000 })).toBe('20,000 events');
    expect(languageOf('de').text('timeline.events', { count: 20000 })).toBe('20.000 Ereignisse');
    expect(languageOf('fr').text('timeline.events', { count: 1 })).toBe('1 événement');
  });
});

describe('describeWhen in other languages', () => {
  const cases: [string, string, string, string, string, string, string, string][] = [
    // locale, week, season, winter, approximate, since, until, decade
    ['fr', 'semaine du 17 juillet 2023', 'été 2023', 'hiver 2023–2024', 'vers juin 2023', 'depuis 11 juillet 2023', 'jusqu’à 2023', 'années 2020'],
    ['de', 'Woche vom 17. Juli 2023', 'Sommer 2023', 'Winter 2023–2024', 'ca. Juni 2023', 'seit 11. Juli 2023', 'bis 2023', '2020er'],
    ['es', 'semana del 17 de julio de 2023', 'verano de 2023', 'invierno de 2023–2024', 'hacia junio de 2023', 'desde 11 de julio de 2023', 'hasta 2023', 'años 2020'],
    ['zh', '2023年7月17日当周', '2023年夏季', '2023–2024年冬季', '约2023年6月', '2023年7月11日至今', '至2023年', '2020年代'],
  ];
  for (const [locale, week, season, winter, approximate, since, until, decade] of cases) {
    it(locale, () => {
      const words = messagesFor(locale);
      expect(describeWhen(phrase('next week'), locale, words)).toBe(week);
      expect(describeWhen(edtf('2023-22'), locale, words)).toBe(season);
      expect(describeWhen(edtf('2023-24'), locale, words)).toBe(winter);
      expect(describeWhen(edtf('2023-06~'), locale, words)).toBe(approximate);
      expect(describeWhen(edtf('2023-07-11/..'), locale, words)).toBe(since);
      expect(describeWhen(edtf('../2023'), locale, words)).toBe(until);
      expect(describeWhen(edtf('202X'), locale, words)).toBe(decade);
    });
  }

  it('keeps English without words, and says an unknown end and an uncertain date in the given words', () => {
    expect(describeWhen(edtf('2023-06~'), 'en-GB')).toBe('c. June 2023');
    expect(describeWhen(edtf('2023-07-11/'), 'fr', messagesFor('fr'))).toBe('à partir de 11 juillet 2023');
    expect(describeWhen(edtf('2023?'), 'fr', messagesFor('fr'))).toBe('2023\u00a0?');
    expect(describeWhen(edtf('2023-06%'), 'de', messagesFor('de'))).toBe('ca. Juni 2023?');
  });
});

describe('languageOf', () => {
  it('speaks English for a tag Intl refuses, rather than throwing', () => {
    expect(languageOf('not a locale!').text('timeline.events', { count: 2 })).toBe('2 events');
  });
});
