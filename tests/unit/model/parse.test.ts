import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TimelineValidationError } from '../../../src/model/errors.js';
import { parseTimeline } from '../../../src/model/parse.js';
import { Timeline } from '../../../src/model/timeline.js';
import { validateTimeline } from '../../../src/model/validate.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const sampleDocument = (): Record<string, Json> => JSON.parse(readFileSync('tests/fixtures/sample.json', 'utf8')) as Record<string, Json>;

function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (typeof next === 'object' && next !== null && !Object.isFrozen(next)) {
      Object.freeze(next);
      stack.push(...Object.values(next));
    }
  }
  return value;
}

/** Either a Timeline or a TimelineValidationError; anything else fails the property. */
function parseOutcome(input: unknown): 'timeline' | 'invalid' {
  try {
    const timeline = parseTimeline(input);
    expect(timeline).toBeInstanceOf(Timeline);
    return 'timeline';
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineValidationError);
    expect((error as TimelineValidationError).issues.length).toBeGreaterThan(0);
    return 'invalid';
  }
}

describe('parseTimeline', () => {
  test('resolves the sample document', () => {
    const timeline = parseTimeline(sampleDocument());
    expect(timeline.title).toBe('Sample: US–China–Russia contacts, July 2023');
    expect(timeline.events).toHaveLength(8);
    expect(timeline.event('blinken-beijing')?.when).toMatchObject({ earliest: '2023-06-01', latest: '2023-06-30', precision: 'month', text: 'last month' });
    expect(timeline.event('lavrov-wang-jakarta')?.status).toBe('unknown');
    expect(timeline.event('lavrov-wang-jakarta')?.evidence).toEqual([]);
    expect(timeline.actor('us')?.aliases).toEqual([]);
  });

  test('throws TimelineValidationError with the same issues validateTimeline returns', () => {
    const input = { events: [{ id: 'a', title: 'A', kind: 'talks', when: '2023-02-30' }, { id: 'a', title: '', kind: 'talk', when: '2023' }] };
    let caught: unknown;
    try {
      parseTimeline(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TimelineValidationError);
    const error = caught as TimelineValidationError;
    expect(error.issues).toEqual(validateTimeline(input));
    expect(error.name).toBe('TimelineValidationError');
    expect(error.message).toBe([
      'The timeline document has 4 problems:',
      '  events[0].when: "2023-02-30" is not a calendar date',
      '  events[1].id: duplicate id "a"; first used at events[0]',
      '  events[1].title: must not be empty',
      '  events[1].kind: "talk" is not a known event kind (did you mean "talks"?); expected talks, visit, summit, call, statement, agreement, sanction, expulsion, military, cyber, policy or other',
    ].join('\n'));
  });

  test('the error message lists five issues and counts the rest', () => {
    const events = Array.from({ length: 8 }, (_, index) => ({ id: `e${index}`, title: 'T', kind: 'talks', when: 'later' }));
    const error = (() => {
      try {
        parseTimeline({ events });
      } catch (caught) {
        return caught as TimelineValidationError;
      }
      throw new Error('expected a validation error');
    })();
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('The timeline document has 8 problems:');
    expect(lines.slice(1, 6).every((line) => line.startsWith('  events['))).toBe(true);
    expect(lines.at(-1)).toBe('  … and 3 more');
    expect(Object.isFrozen(error.issues)).toBe(true);
  });

  test('never mutates nor aliases its input', () => {
    const input = sampleDocument();
    const before = structuredClone(input);
    const timeline = parseTimeline(input);
    expect(input).toEqual(before);
    const events = input.events as Record<string, Json>[];
    const jakarta = events[0]!;
    (jakarta.participants as Record<string, Json>[])[0]!.actor = 'changed';
    jakarta.title = 'changed';
    ((jakarta.place as Record<string, Json>).coordinates as Record<string, Json>).lat = 0;
    expect(timeline.event('blinken-wang-jakarta')).toMatchObject({
      title: 'Blinken and Wang Yi hold talks in Jakarta',
      participants: [{ actor: 'blinken', role: 'visitor' }, { actor: 'wang-yi' }],
      place: { coordinates: { lat: -6.2 } },
    });
  });

  test('accepts a deeply frozen document', () => {
    expect(parseOutcome(deepFreeze(sampleDocument()))).toBe('timeline');
  });
});

describe('properties', () => {
  test('on arbitrary JSON values: a Timeline or a TimelineValidationError, input untouched', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const before = structuredClone(value);
      parseOutcome(deepFreeze(value));
      expect(value).toEqual(before);
    }), { numRuns: 200 });
  });

  test('on arbitrary values placed in document-shaped objects', () => {
    const anyField = fc.dictionary(fc.constantFrom('id', 'title', 'kind', 'when', 'participants', 'place', 'status', 'related', 'x'), fc.jsonValue(), { maxKeys: 6 });
    fc.assert(fc.property(fc.record({ events: fc.array(anyField, { maxLength: 4 }), actors: fc.array(anyField, { maxLength: 3 }) }), (value) => {
      const before = structuredClone(value);
      parseOutcome(value);
      expect(value).toEqual(before);
    }), { numRuns: 200 });
  });

  /** Every (container, key) slot in a JSON document, found iteratively. */
  function slots(document: Json): { parent: Json[] | Record<string, Json>; key: string | number }[] {
    const found: { parent: Json[] | Record<string, Json>; key: string | number }[] = [];
    const stack: Json[] = [document];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (Array.isArray(next)) next.forEach((child, index) => { found.push({ parent: next, key: index }); stack.push(child); });
      else if (typeof next === 'object' && next !== null) {
        for (const [key, child] of Object.entries(next)) { found.push({ parent: next, key }); stack.push(child); }
      }
    }
    return found;
  }

  const mutation = fc.record({
    at: fc.nat(),
    action: fc.constantFrom('replace', 'delete', 'add-field', 'blank'),
    value: fc.jsonValue({ maxDepth: 2 }),
    field: fc.constantFrom('titel', 'id', 'kind', 'when', 'extra', 'anchor', 'actor', 'country'),
  });

  test('on mutations of a valid document: a Timeline or a TimelineValidationError, input untouched', () => {
    let invalid = 0;
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
      const document: Json = sampleDocument();
      for (const { at, action, value, field } of mutations) {
        const all = slots(document);
        const slot = all[at % all.length]!;
        const { parent, key } = slot;
        if (action === 'replace') (parent as Record<string | number, Json>)[key] = value as Json;
        else if (action === 'blank') (parent as Record<string | number, Json>)[key] = '';
        else if (action === 'delete') {
          if (Array.isArray(parent)) parent.splice(key as number, 1);
          else Reflect.deleteProperty(parent, key);
        } else {
          const target = (parent as Record<string | number, Json>)[key];
          if (typeof target === 'object' && target !== null && !Array.isArray(target)) target[field] = value as Json;
        }
      }
      const before = structuredClone(document);
      if (parseOutcome(deepFreeze(document)) === 'invalid') invalid += 1;
      expect(document).toEqual(before);
    }), { numRuns: 200 });
    // The mutations must actually exercise the error paths.
    expect(invalid).toBeGreaterThan(50);
  });
});
