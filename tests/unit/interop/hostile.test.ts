// Every importer, fed arbitrary text, junk bytes and wrong JSON shapes,
// either returns a document or throws a FormatError: never a TypeError or
// anything else from deep inside.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../src/interop/format-error.js';
import { importers } from '../../../src/interop/formats.js';

const binaryJunk = fc.uint8Array({ maxLength: 200 }).map((bytes) => new TextDecoder('utf-8', { fatal: false }).decode(bytes));

const jsonShapes = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value));
const nearlyValid = fc.constantFrom(
  '{"events": [{"start_date": {"year": {"x": 1}}, "text": {"headline": ["a"]}}]}',
  '{"events": [{"start_date": {"year": 2023, "month": "June"}}]}',
  '{"items": [{"start": [], "end": {}, "group": {}, "className": 1}], "groups": [1, {"id": []}]}',
  '[{"start": "2023-07-13", "content": {"a": 1}}]',
  'id,title,kind,when\n"a",b,talks,"2023\n',
  'id,title,kind,when\r\n"x"y,T,talks,2023\r\n',
  '{"date":"2023-07-13","geo":"1,2","context":{},"actor":[1]}',
  '1\t20230713\t' + 'x\t'.repeat(10),
  '\u0000\u0001\u0002',
  '{"events": [',
);

const inputs = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), binaryJunk, jsonShapes, nearlyValid);

describe('importers on hostile input', () => {
  for (const [name, importer] of Object.entries(importers)) {
    it(`${name}: returns a document or throws a FormatError with issues`, () => {
      fc.assert(fc.property(inputs, (text) => {
        try {
          const { document } = importer(text);
          expect(Array.isArray(document.events)).toBe(true);
        } catch (error) {
          if (!(error instanceof FormatError)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
        }
      }), { numRuns: 300 });
    });
  }

  it('every importer rejects parsed values of the wrong shape with a FormatError', () => {
    for (const importer of Object.values(importers)) {
      for (const value of [{}, [], { events: 'x' }, { items: null }, [null]]) {
        try {
          importer(value);
        } catch (error) {
          expect(error).toBeInstanceOf(FormatError);
        }
      }
    }
  });
});
