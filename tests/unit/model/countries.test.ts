import { expect, test } from 'vitest';
import { countryCodes, isCountryCode } from '../../../src/model/countries.js';

test('the list is the 249 ISO 3166-1 alpha-2 codes plus XK', () => {
  expect(countryCodes.size).toBe(250);
  for (const code of countryCodes) expect(code).toMatch(/^[A-Z]{2}$/);
});

test('real codes are accepted, look-alikes are not', () => {
  for (const code of ['US', 'CN', 'RU', 'ID', 'TW', 'PS', 'XK', 'AX', 'SS', 'GB']) expect(isCountryCode(code)).toBe(true);
  for (const code of ['UK', 'EU', 'us', 'USA', '', 'XX', 'SU', 'YU']) expect(isCountryCode(code)).toBe(false);
});
