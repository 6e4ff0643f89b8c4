/**
 * Valid documents for the interchange round-trip properties: the shared
 * hardening generator (every EDTF form, relative phrases, affiliations)
 * plus what it leaves out (places, evidence with quotes, related events,
 * classifications), with text that is hard on every format: separators,
 * quotes, markup, newlines, formula starts and non-ASCII characters.
 */
import fc from 'fast-check';
import { relations } from '../../../../src/model/types.js';
import { timelineDocument } from '../../../hardening/arbitraries.js';

const hardCharacters = [
  'a', 'Z', '0', ' ', ',', '"', "'", ';', '|', ':', '\\', '=', '+', '-', '@', '\t', '\n', '\r\n', '<', '>', '&', '&amp;',
  '<b>', 'é', '漢', '😀', '#', '/', '.',
];

/** Text that is never blank, built from characters that are hard for CSV, HTML and iCalendar. */
export const hardText: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...hardCharacters), minLength: 1, maxLength: 12 }) },
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  )
  .map((text) => (text.trim() === '' ? `x${text}` : text));

const countries = ['US', 'CN', 'ID', 'RU', 'XK', 'FR'] as const;

const extras = fc.record({
  place: fc.option(fc.record({
    name: hardText,
    country: fc.option(fc.constantFrom(...countries), { nil: undefined }),
    coordinates: fc.option(fc.record({ lat: fc.integer({ min: -9000, max: 9000 }).map((n) => n / 100), lon: fc.integer({ min: -18000, max: 18000 }).map((n) => n / 100) }), { nil: undefined }),
  }, { requiredKeys: ['name'] }), { nil: undefined }),
  evidence: fc.array(fc.record({ source: fc.nat(), quote: fc.option(hardText, { nil: undefined }) }, { requiredKeys: ['source'] }), { maxLength: 2 }),
  related: fc.option(fc.record({ event: fc.nat(), relation: fc.constantFrom(...relations) }), { nil: undefined }),
  plover: fc.option(fc.record({
    event: fc.constantFrom('CONSULT', 'AGREE', 'SANCTION', 'ACCUSE'),
    mode: fc.option(fc.constantFrom('visit', 'phone', 'meet'), { nil: undefined }),
    context: fc.option(fc.array(fc.constantFrom('diplomatic', 'economic', 'a;b|c'), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  }, { requiredKeys: ['event'] }), { nil: undefined }),
  cameo: fc.option(fc.constantFrom('042', '0311', '16', '163'), { nil: undefined }),
});

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

type Json = Record<string, unknown>;

/** A valid document using every field of the format. */
export const richDocument: fc.Arbitrary<Json> = fc
  .tuple(timelineDocument({ maxEvents: 12, maxActors: 6, text: hardText }), fc.array(extras, { minLength: 12, maxLength: 12 }))
  .map(([document, extra]) => {
    const sources = document.sources as Json[];
    const events = document.events as Json[];
    return {
      ...document,
      events: events.map((event, index) => {
        const more = extra[index]!;
        const related = more.related && events.length > 1 ? { event: events[(index + 1 + (more.related.event % (events.length - 1))) % events.length]!.id, relation: more.related.relation } : undefined;
        const classification = more.plover || more.cameo !== undefined ? defined({ plover: more.plover ? defined(more.plover) : undefined, cameo: more.cameo }) : undefined;
        return defined({
          ...event,
          place: more.place ? defined(more.place) : undefined,
          evidence: more.evidence.length > 0 ? more.evidence.map((e) => defined({ source: sources[e.source % sources.length]!.id, quote: e.quote })) : undefined,
          related: related ? [related] : undefined,
          classification,
        });
      }),
    };
  });
