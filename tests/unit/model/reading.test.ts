// How the checker reads untrusted input: once, without running getters,
// and without letting a value that changes between reads break the
// promises of parseTimeline (a Timeline or a TimelineValidationError).
import { describe, expect, test } from 'vitest';
import { TimelineValidationError } from '../../../src/model/errors.js';
import { parseTimeline } from '../../../src/model/parse.js';
import { validateTimeline } from '../../../src/model/validate.js';

const event = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ id: 'e', title: 'Talks', kind: 'talks', when: '2023-07-13', ...extra });

function messagesAt(input: unknown, path: string): string[] {
  return validateTimeline(input).filter((issue) => issue.path === path).map((issue) => issue.message);
}

describe('reading without running user code', () => {
  test('getters are reported, never called, wherever they are', () => {
    let calls = 0;
    const getter = { get: () => { calls += 1; return 'x'; }, enumerable: true };
    const withGetter = Object.defineProperty(event(), 'title', getter);
    const setterOnly = Object.defineProperty(event({ id: 's' }), 'summary', { set: () => { calls += 1; }, enumerable: true });
    const participants: unknown[] = [];
    Object.defineProperty(participants, 0, getter);
    const events: unknown[] = [withGetter, setterOnly, event({ id: 'p', participants })];
    Object.defineProperty(events, 3, getter);
    const issues = validateTimeline({ actors: [{ id: 'us', name: 'US', kind: 'state' }], events });
    expect(calls).toBe(0);
    expect(issues).toEqual([
      { path: 'events[0].title', message: 'expected a string, got an accessor property' },
      { path: 'events[1].summary', message: 'expected a string, got an accessor property' },
      { path: 'events[2].participants[0]', message: 'expected a participant object ({ "actor", "role" }), got an accessor property' },
      { path: 'events[3]', message: 'expected an event object, got an accessor property' },
    ]);
  });

  test('holes and undefined items are described', () => {
    const participants: unknown[] = [];
    participants[1] = undefined;
    expect(messagesAt({ events: [event({ participants })] }, 'events[0].participants[0]'))
      .toEqual(['expected a participant object ({ "actor", "role" }), got an empty array slot']);
    expect(messagesAt({ events: [event({ participants })] }, 'events[0].participants[1]'))
      .toEqual(['expected a participant object ({ "actor", "role" }), got undefined']);
  });

  test('unknown fields are not read at all', () => {
    let calls = 0;
    const hostile = new Proxy({}, { ownKeys: () => { calls += 1; throw new Error('trap'); } });
    expect(messagesAt({ events: [event({ extra: hostile })] }, 'events[0].extra')).toHaveLength(1);
    expect(calls).toBe(0);
  });
});

describe('an id that changes between reads (only a proxy can)', () => {
  /** An event whose id reads as `first` once, then as `then`. */
  function shifty(first: string, then: string): object {
    let reads = 0;
    return new Proxy(event(), {
      get: (target, key, receiver) => {
        if (key !== 'id') return Reflect.get(target, key, receiver) as unknown;
        reads += 1;
        return reads === 1 ? first : then;
      },
    });
  }

  test('is reported, so no timeline holds two events with one id', () => {
    const input = { events: [shifty('a', 'b'), event({ id: 'b' })] };
    let caught: unknown;
    try {
      parseTimeline(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TimelineValidationError);
    expect((caught as TimelineValidationError).issues).toEqual([
      { path: 'events[0].id', message: '"b" changed while the document was being read' },
    ]);
  });
});

describe('what the parsed model shares', () => {
  test('events with the same date text share one frozen resolved date; lists of the same actors are shared', () => {
    const timeline = parseTimeline({
      actors: [{ id: 'us', name: 'US', kind: 'state' }, { id: 'cn', name: 'China', kind: 'state' }],
      events: [
        event({ id: 'a', participants: [{ actor: 'us' }, { actor: 'cn' }] }),
        event({ id: 'b', participants: [{ actor: 'us' }, { actor: 'cn' }] }),
        event({ id: 'c', when: '2023-07-11/2023-07-13', participants: [{ actor: 'us', role: 'host' }, { actor: 'cn' }] }),
      ],
    });
    const [a, b, c] = ['a', 'b', 'c'].map((id) => timeline.event(id)!);
    expect(a!.when).toBe(b!.when);
    expect(Object.isFrozen(a!.when) && Object.isFrozen(a!.when.start)).toBe(true);
    expect(a!.participants).toBe(b!.participants);
    expect(c!.participants).toEqual([{ actor: 'us', role: 'host' }, { actor: 'cn' }]);
    expect(a!.participants[1]).toBe(c!.participants[1]);
    // Lists by actor are built on first use and the same on every call.
    expect(timeline.byActor('cn')).toBe(timeline.byActor('cn'));
    expect(timeline.byActor('cn').map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});
