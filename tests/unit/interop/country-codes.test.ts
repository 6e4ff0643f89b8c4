// The alpha-3 table of the formats and the model's alpha-2 list are two
// copies of ISO 3166-1: they must name the same countries.
import { expect, test } from 'vitest';
import { alpha2ByAlpha3, alpha3ByAlpha2 } from '../../../src/interop/country-codes.js';
import { countryCodes } from '../../../src/model/countries.js';

test('every country the model accepts has exactly one alpha-3 code, and no other has one', () => {
  expect(new Set(alpha2ByAlpha3.values())).toEqual(countryCodes);
  expect(alpha2ByAlpha3.size).toBe(countryCodes.size);
  expect(alpha3ByAlpha2.size).toBe(countryCodes.size);
  for (const three of alpha2ByAlpha3.keys()) expect(three).toMatch(/^[A-Z]{3}$/);
});
