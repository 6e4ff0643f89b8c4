/**
 * The officially assigned ISO 3166-1 alpha-2 country codes (249, as
 * published by the ISO 3166 Maintenance Agency and mirrored by Debian's
 * iso-codes), plus `XK` for Kosovo: a user-assigned code, but the one the
 * EU, the IMF and most news data use, and diplomatic data cannot do without it.
 *
 * Grouped by first letter: `ADEFG…` is AD, AE, AF, AG, …. The list ships in
 * every page that validates a document; written out in full (`AD AE AF …`)
 * it was the largest string of the model entry, 750 bytes to these 300.
 */
const codesByFirstLetter =
  'ADEFGILMOQRSTUWXZ ' +
  'BABDEFGHIJLMNOQRSTVWYZ ' +
  'CACDFGHIKLMNORUVWXYZ ' +
  'DEJKMOZ ' +
  'ECEGHRST ' +
  'FIJKMOR ' +
  'GABDEFGHILMNPQRSTUWY ' +
  'HKMNRTU ' +
  'IDELMNOQRST ' +
  'JEMOP ' +
  'KEGHIMNPRWYZ ' +
  'LABCIKRSTUVY ' +
  'MACDEFGHKLMNOPQRSTUVWXYZ ' +
  'NACEFGILOPRUZ ' +
  'OM ' +
  'PAEFGHKLMNRSTWY ' +
  'QA ' +
  'REOSUW ' +
  'SABCDEGHIJKLMNORSTVXYZ ' +
  'TCDFGHJKLMNORTVWZ ' +
  'UAGMSYZ ' +
  'VACEGINU ' +
  'WFS ' +
  'XK ' +
  'YET ' +
  'ZAMW';

/** Every country code the model accepts (ISO 3166-1 alpha-2, plus `XK`). */
export const countryCodes: ReadonlySet<string> = new Set(
  codesByFirstLetter.split(' ').flatMap((group) => Array.from(group.slice(1), (second) => group[0]! + second)),
);

/**
 * Whether `code` is an accepted country code: exactly two upper-case letters
 * that ISO 3166-1 assigns (or `XK`).
 *
 * @example isCountryCode('ID') // true
 * @example isCountryCode('id') // false: codes are upper case
 */
export function isCountryCode(code: string): boolean {
  return countryCodes.has(code);
}
