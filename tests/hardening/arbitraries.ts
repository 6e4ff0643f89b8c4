/**
 * fast-check generators for valid timeline documents, shared by the
 * hardening suites (layout properties, rendering, DST), so every suite
 * exercises the same shapes: actors with affiliations, events dated by every
 * EDTF form and by relative phrases anchored to sources or days.
 */
import fc from 'fast-check';
import { eventKinds, eventStatuses } from '../../src/model/types.js';
import { formatDay, toDayNumber } from '../../src/time/calendar.js';

/** Valid ISO 3166-1 alpha-2 codes used by generated states. */
const countryCodes = ['US', 'CN', 'RU', 'ID', 'FR', 'DE', 'JP', 'KR', 'GB', 'IN', 'BR', 'ZA'] as const;

/** Relative phrases every resolver must understand (the minimum of the date grammar). */
export const relativePhrases: readonly string[] = [
  'on Thursday', 'Thursday', 'also on Wednesday', 'last Thursday', 'next Monday', 'this Friday', 'today', 'yesterday',
  'tomorrow', '2 days ago', 'three weeks ago', '2 months ago', 'a year ago', 'last week', 'this week', 'next week',
  'last month', 'this month', 'next month', 'last year', 'next year', 'earlier this month', 'later this week',
  'in recent days', 'in recent weeks', 'in recent months', 'in June', 'in June 2023', 'on June 5', '5 June',
];

const firstDay = toDayNumber(1990, 1, 1);
const lastDay = toDayNumber(2040, 12, 31);

/** A calendar day as `YYYY-MM-DD`, 1990–2040. */
export const dayText: fc.Arbitrary<string> = fc.integer({ min: firstDay, max: lastDay }).map(formatDay);

const qualifier = fc.constantFrom('', '', '?', '~', '%');

/** One EDTF date (no interval) of level 0 or 1, valid by construction. */
export const edtfDate: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(dayText, qualifier).map(([d, q]) => d + q),
  fc.tuple(dayText, qualifier).map(([d, q]) => d.slice(0, 7) + q),
  fc.tuple(dayText, qualifier).map(([d, q]) => d.slice(0, 4) + q),
  fc.tuple(dayText, fc.constantFrom('21', '22', '23'), qualifier).map(([d, s, q]) => `${d.slice(0, 4)}-${s}${q}`),
  dayText.map((d) => `${d.slice(0, 7)}-XX`),
  dayText.map((d) => `${d.slice(0, 4)}-XX`),
  dayText.map((d) => `${d.slice(0, 3)}X`),
);

/** An EDTF `when`: a date or an interval with dates in order, open or unknown ends. */
export const edtfWhen: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: edtfDate },
  fc.tuple(dayText, dayText).map(([a, b]) => (a <= b ? `${a}/${b}` : `${b}/${a}`)),
  dayText.map((d) => `${d}/..`),
  dayText.map((d) => `../${d}`),
  dayText.map((d) => `${d.slice(0, 7)}/`),
  dayText.map((d) => `/${d}`),
);

/** Options for {@link timelineDocument}. */
export interface DocumentShape {
  readonly maxEvents: number;
  readonly maxActors: number;
  /** Generated text for titles and names (must not be blank). */
  readonly text: fc.Arbitrary<string>;
}

const defaults: DocumentShape = {
  maxEvents: 30,
  maxActors: 8,
  text: fc.string({ maxLength: 30 }).map((s) => `T${s}`),
};

interface ActorPlan {
  readonly kind: 'state' | 'organization' | 'person' | 'company';
  readonly country: number;
  readonly affiliation: number;
  readonly name: string;
  readonly role: string | undefined;
}

/**
 * A valid timeline document. People and companies are affiliated with an
 * earlier state or organization (or none, when there is none yet), so every
 * reference resolves.
 */
export function timelineDocument(shape: Partial<DocumentShape> = {}): fc.Arbitrary<Record<string, unknown>> {
  const { maxEvents, maxActors, text } = { ...defaults, ...shape };
  const sources = fc.array(dayText, { minLength: 1, maxLength: 3 });
  const actorPlans = fc.array(
    fc.record({
      kind: fc.constantFrom('state', 'organization', 'person', 'company'),
      country: fc.nat(countryCodes.length - 1),
      affiliation: fc.nat(),
      name: text,
      role: fc.option(text, { nil: undefined }),
    }),
    { maxLength: maxActors },
  );
  return fc.tuple(sources, actorPlans).chain(([published, plans]) => {
    const sourceDocs = published.map((day, i) => ({ id: `s${i}`, title: `Source ${i}`, published: day }));
    const actors = buildActors(plans);
    const when = fc.oneof(
      { weight: 3, arbitrary: edtfWhen },
      fc.record({
        relative: fc.constantFrom(...relativePhrases),
        anchor: fc.oneof(fc.constantFrom(...sourceDocs.map((s) => s.id)), dayText),
      }),
    );
    const participants = actors.length === 0
      ? fc.constant([])
      : fc.uniqueArray(fc.nat(actors.length - 1), { maxLength: 3 }).chain((indices) =>
        fc.tuple(...indices.map((i) => fc.record({ actor: fc.constant(actors[i]!.id), role: fc.option(text, { nil: undefined }) }, { requiredKeys: ['actor'] }))));
    const event = fc.record({
      title: text,
      summary: fc.option(text, { nil: undefined }),
      kind: fc.constantFrom(...eventKinds),
      status: fc.constantFrom(...eventStatuses),
      when,
      participants,
    }, { requiredKeys: ['title', 'kind', 'when', 'status', 'participants'] });
    return fc.array(event, { maxLength: maxEvents }).map((events) => ({
      title: 'Generated',
      sources: sourceDocs,
      actors,
      events: events.map((e, i) => withoutUndefined({ id: `e${i}`, ...e, participants: (e.participants as { actor: string; role?: string }[]).map(withoutUndefined) })),
    }));
  });
}

function buildActors(plans: readonly ActorPlan[]): Record<string, unknown>[] {
  const actors: Record<string, unknown>[] = [];
  const parents: string[] = [];
  plans.forEach((plan, i) => {
    const id = `a${i}`;
    const actor: Record<string, unknown> = { id, name: plan.name, kind: plan.kind };
    if (plan.kind === 'state') actor.country = countryCodes[plan.country];
    if ((plan.kind === 'person' || plan.kind === 'company') && parents.length > 0) {
      actor.affiliation = parents[plan.affiliation % parents.length];
    }
    if (plan.kind === 'person' && plan.role !== undefined) actor.role = plan.role;
    if (plan.kind === 'state' || plan.kind === 'organization') parents.push(id);
    actors.push(actor);
  });
  return actors;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Deep-freezes a JSON value iteratively, so a parser that writes to its input throws. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next !== null && typeof next === 'object' && !Object.isFrozen(next)) {
      Object.freeze(next);
      for (const child of Object.values(next)) stack.push(child);
    }
  }
  return value;
}
