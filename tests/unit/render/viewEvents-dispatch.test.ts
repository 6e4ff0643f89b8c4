import { describe, expect, it } from 'vitest';
import type { TimelineViewEventType } from '../../../src/render/viewEvents.js';
import { ViewEvents } from '../../../src/render/viewEvents.js';

const zoom = { from: '2023-07-10', to: '2023-07-16' };

describe('ViewEvents (d3-dispatch)', () => {
  it('calls every listener of a type, in the order added, and only that type', () => {
    const events = new ViewEvents();
    const seen: string[] = [];
    events.on('zoom', ({ from }) => seen.push(`a ${from}`));
    events.on('zoom', ({ to }) => seen.push(`b ${to}`));
    events.on('select', () => seen.push('select'));
    events.emit('zoom', zoom);
    expect(seen).toEqual(['a 2023-07-10', 'b 2023-07-16']);
    events.emit('hover', { event: undefined });
    expect(seen).toHaveLength(2);
  });

  it('returns a function that removes just that listener', () => {
    const events = new ViewEvents();
    const seen: string[] = [];
    const stopA = events.on('zoom', () => seen.push('a'));
    events.on('zoom', () => seen.push('b'));
    stopA();
    stopA();
    events.emit('zoom', zoom);
    expect(seen).toEqual(['b']);
  });

  it('keeps a listener added twice once, as a set would', () => {
    const events = new ViewEvents();
    let calls = 0;
    const listener = () => { calls += 1; };
    const stop1 = events.on('hover', listener);
    events.on('hover', listener);
    events.emit('hover', { event: undefined });
    expect(calls).toBe(1);
    stop1();
    events.emit('hover', { event: undefined });
    expect(calls).toBe(1);
  });

  it('throws a RangeError for an unknown type, naming the types', () => {
    const events = new ViewEvents();
    for (const type of ['click', 'zoom.mine', '', 'constructor', '__proto__']) {
      expect(() => events.on(type as TimelineViewEventType, () => undefined))
        .toThrow(new RangeError(`on: unknown event type ${JSON.stringify(type)}; the types are "select", "hover", "zoom".`));
    }
  });

  it('reaches, in one event, exactly the listeners there were when it was sent', () => {
    const events = new ViewEvents();
    const seen: string[] = [];
    let stopC = (): void => undefined;
    events.on('select', () => {
      seen.push('a');
      events.on('select', () => seen.push('added'));
      stopC();
    });
    stopC = events.on('select', () => seen.push('c'));
    events.emit('select', { event: undefined });
    expect(seen).toEqual(['a', 'c']);
    seen.length = 0;
    events.emit('select', { event: undefined });
    expect(seen).toEqual(['a', 'added']);
  });

  it('clear() removes every listener; old stop functions stay harmless', () => {
    const events = new ViewEvents();
    let calls = 0;
    const stop = events.on('zoom', () => { calls += 1; });
    events.on('select', () => { calls += 1; });
    events.clear();
    events.emit('zoom', zoom);
    events.emit('select', { event: undefined });
    expect(calls).toBe(0);
    expect(() => { stop(); }).not.toThrow();
    events.on('zoom', () => { calls += 1; });
    events.emit('zoom', zoom);
    expect(calls).toBe(1);
  });
});
