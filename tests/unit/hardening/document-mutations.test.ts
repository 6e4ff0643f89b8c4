// Mutations of valid documents, through the whole pipeline: a document that
// is valid except for a few random edits (fields deleted, retyped, renamed,
// duplicated, replaced by junk or by hostile text) either parses to a
// Timeline that lays out, or is rejected with a TimelineValidationError whose
// issues match validateTimeline and point into the document. Never anything
// else, and the input is never touched. (Arbitrary JSON values at the root are
// covered by the model's own suite.)
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/layout/computeLayout.js';
import { TimelineValidationError } from '../../../src/model/errors.js';
import { parseTimeline } from '../../../src/model/parse.js';
import { Timeline } from '../../../src/model/timeline.js';
import { validateTimeline } from '../../../src/model/validate.js';
import { deepFreeze, timelineDocument } from '../../hardening/arbitraries.js';
import { hostileTexts, hostileUrls } from '../../support/payloads.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const article = JSON.parse(readFileSync(new URL('../../../examples/data/us-china-diplomacy-2023-07.json', import.meta.url), 'utf8')) as Json;

/** Every location in a JSON value, as a list of keys from the root (iterative). */
function locations(root: Json): (string | number)[][] {
  const found: (string | number)[][] = [];
  const stack: { value: Json; path: (string | number)[] }[] = [{ value: root, path: [] }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    found.push(next.path);
    const { value, path } = next;
    if (Array.isArray(value)) value.forEach((child, i) => stack.push({ value: child, path: [...path, i] }));
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, key] });
    }
  }
  return found;
}

/** Values that probe the validator: near-miss dates, ids, prototype keys, huge and hostile text. */
const trickyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>('', ' ', '\u00a0', '2023-02-30', '2023-13', '2023-07-13/2023-07-01', 'Y170000002', '..', '/', '../..',
    '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'us', 'china', 'talks', 'state', 'person', 'Thursday',
    'on Thursday', 'recently', 'XX', 'zz', 'US', 'NaN', -0, 1e308, -1e308, 0.1, 91, -181, 2 ** 53, true, null, [], {},
    'x'.repeat(2000), ...hostileTexts.slice(0, 8), ...hostileUrls.slice(0, 4)),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

type Mutation =
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'replace'; readonly at: number; readonly value: Json }
  | { readonly kind: 'rename'; readonly at: number; readonly name: string }
  | { readonly kind: 'duplicate'; readonly at: number }
  | { readonly kind: 'add'; readonly at: number; readonly name: string; readonly value: Json };

const keyName = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'titel', 'id', 'when', 'evnts', 'a.b', '[0]', '', ' '), fc.string({ maxLength: 8 }));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: trickyValue }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), name: keyName }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), name: keyName, value: trickyValue }),
);

function containerAt(root: Json, path: readonly (string | number)[]): Json | undefined {
  let value: Json | undefined = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Array.isArray(value) ? value[key as number] : value[key as string];
  }
  return value;
}

/** Applies one mutation to a (mutable, cloned) document; returns the new root. */
function mutate(root: Json, edit: Mutation): Json {
  const all = locations(root);
  const path = all[edit.at % all.length]!;
  if (path.length === 0) return edit.kind === 'replace' ? edit.value : root;
  const parent = containerAt(root, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (parent === null || typeof parent !== 'object') return root;
  if (Array.isArray(parent)) {
    const index = key as number;
    switch (edit.kind) {
      case 'delete': parent.splice(index, 1); break;
      case 'replace': parent[index] = edit.value; break;
      case 'duplicate': parent.splice(index, 0, structuredClone(parent[index]!)); break;
      case 'rename': case 'add': parent.push(edit.kind === 'add' ? edit.value : structuredClone(parent[index]!)); break;
    }
    return root;
  }
  const name = key as string;
  // defineProperty, so that "__proto__" becomes an own key as JSON.parse makes it.
  const set = (k: string, v: Json): void => { Object.defineProperty(parent, k, { value: v, enumerable: true, writable: true, configurable: true }); };
  switch (edit.kind) {
    case 'delete': Reflect.deleteProperty(parent, name); break;
    case 'replace': set(name, edit.value); break;
    case 'duplicate': set(`${name}2`, structuredClone(parent[name]!)); break;
    case 'rename': { const value = parent[name]!; Reflect.deleteProperty(parent, name); set(edit.name, value); break; }
    case 'add': set(edit.name, edit.value); break;
  }
  return root;
}

/** Splits an issue path (`events[3].when`, `$["a.b"]`, `$`) into keys; undefined if malformed. */
function parsePath(path: string): (string | number)[] | undefined {
  if (path === '$') return [];
  const keys: (string | number)[] = [];
  const pattern = /^(?:\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;
  let rest = path.startsWith('$[') ? path.slice(1) : path;
  while (rest.length > 0) {
    const match = pattern.exec(rest);
    if (!match) return undefined;
    if (match[1] !== undefined) keys.push(match[1]);
    else if (match[2] !== undefined) keys.push(Number(match[2]));
    else keys.push(JSON.parse(match[3]!) as string);
    rest = rest.slice(match[0].length);
  }
  return keys;
}

/** The one outcome allowed: a Timeline, or a validation error that agrees with validateTimeline. */
function expectTimelineOrValidationError(input: Json): Timeline | undefined {
  const before = JSON.stringify(input);
  deepFreeze(input);
  let timeline: Timeline | undefined;
  let error: unknown;
  try {
    timeline = parseTimeline(input);
  } catch (caught) {
    error = caught;
  }
  const issues = validateTimeline(input);
  expect(JSON.stringify(input)).toBe(before);
  if (timeline !== undefined) {
    expect(timeline).toBeInstanceOf(Timeline);
    expect(issues).toEqual([]);
    return timeline;
  }
  expect(error).toBeInstanceOf(TimelineValidationError);
  const validationError = error as TimelineValidationError;
  expect(validationError.issues.length).toBeGreaterThan(0);
  expect(validationError.issues).toEqual(issues);
  for (const issue of issues) {
    const keys = parsePath(issue.path);
    expect(keys, `malformed path ${issue.path}`).toBeDefined();
    if (keys === undefined || keys.length === 0) continue;
    // The issue is about a value in an object or array that is really there.
    const parent = containerAt(input, keys.slice(0, -1));
    expect(parent !== null && typeof parent === 'object', `${issue.path}: ${issue.message}`).toBe(true);
    expect(issue.message.length).toBeLessThan(600);
  }
  return undefined;
}

/** Lays a parsed timeline out and checks every event got at least one placement. */
function expectLaidOut(timeline: Timeline): void {
  const layout = computeLayout(timeline, { scale: { from: 19000, to: 20000, x0: 0, x1: 1000 } });
  expect(layout.events.length).toBe(timeline.events.length);
  for (let e = 0; e < layout.events.length; e += 1) expect(layout.placements.countOfEvent[e]).toBeGreaterThan(0);
}

describe('mutations of valid documents', () => {
  it('of the article data set parse to a Timeline or a TimelineValidationError that agrees with validateTimeline', () => {
    let accepted = 0;
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
      let document = structuredClone(article);
      for (const edit of edits) document = mutate(document, edit);
      const timeline = expectTimelineOrValidationError(document);
      if (timeline) {
        accepted += 1;
        expectLaidOut(timeline);
      }
    }), { numRuns: 250 });
    // Some edits (a deleted summary, a renamed place) keep the document valid;
    // the layout branch must be exercised too.
    expect(accepted).toBeGreaterThan(0);
  });

  it('of generated documents behave the same way', () => {
    fc.assert(fc.property(timelineDocument({ maxEvents: 12 }), fc.array(mutation, { maxLength: 3 }), (generated, edits) => {
      let document = structuredClone(generated) as Json;
      for (const edit of edits) document = mutate(document, edit);
      const timeline = expectTimelineOrValidationError(document);
      if (timeline) expectLaidOut(timeline);
    }), { numRuns: 150 });
  });

  it('never shares an object with the input', () => {
    const input = structuredClone(article) as Record<string, Json>;
    const timeline = parseTimeline(input);
    const inputObjects = new Set<unknown>(locations(input).map((path) => containerAt(input, path)).filter((v) => v !== null && typeof v === 'object'));
    const stack: unknown[] = [timeline.events, timeline.actors, timeline.sources];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (next === null || typeof next !== 'object') continue;
      expect(inputObjects.has(next)).toBe(false);
      stack.push(...Object.values(next));
    }
  });
});
