/**
 * The events a view reports (`select`, `hover`, `zoom`) and their listeners,
 * kept by d3-dispatch as d3-zoom keeps its own. Each listener gets a name
 * of its own, so a type has any number of them.
 */
import type { Dispatch } from 'd3-dispatch';
import { dispatch } from 'd3-dispatch';
import type { TimelineEvent } from '../model/types.js';

/** What each view event reports. */
export interface TimelineViewEventMap {
  /** The selected event changed (undefined: the selection was cleared). */
  readonly select: { readonly event: TimelineEvent | undefined };
  /** The pointer or focus moved onto an event, or off all events. */
  readonly hover: { readonly event: TimelineEvent | undefined };
  /** The visible window changed: first and last visible day, `YYYY-MM-DD`. */
  readonly zoom: { readonly from: string; readonly to: string };
}

/** The event types of a view. */
export type TimelineViewEventType = keyof TimelineViewEventMap;

const eventTypes: readonly TimelineViewEventType[] = ['select', 'hover', 'zoom'];

type Listener = (detail: never) => void;

/**
 * A view's listeners.
 *
 * @example
 * const events = new ViewEvents();
 * const stop = events.on('zoom', ({ from, to }) => console.log(from, to));
 * events.emit('zoom', { from: '2023-07-10', to: '2023-07-16' });
 * stop();
 */
export class ViewEvents {
  readonly #dispatch: Dispatch<object> = dispatch<object, Dispatch.GenericEventMap>(...eventTypes);
  /** Each type's listeners and their dispatch names: a listener added twice is one listener, as in a Set. */
  readonly #names = new Map<TimelineViewEventType, Map<Listener, string>>(eventTypes.map((type) => [type, new Map()]));
  #count = 0;

  /** Adds a listener; returns a function that removes it. An unknown type throws a `RangeError`. */
  on<K extends TimelineViewEventType>(type: K, listener: (detail: TimelineViewEventMap[K]) => void): () => void {
    const names = this.#names.get(type);
    if (!names) {
      throw new RangeError(`on: unknown event type ${JSON.stringify(type)}; the types are "select", "hover", "zoom".`);
    }
    if (!names.has(listener)) {
      this.#count += 1;
      const name = `${type}.listener${this.#count}`;
      names.set(listener, name);
      this.#dispatch.on(name, listener as (...args: unknown[]) => void);
    }
    return () => {
      const name = names.get(listener);
      if (name === undefined) return;
      names.delete(listener);
      this.#dispatch.on(name, null);
    };
  }

  /** Calls the listeners of `type` with `detail`. */
  emit<K extends TimelineViewEventType>(type: K, detail: TimelineViewEventMap[K]): void {
    // Called on a copy: listeners added or removed by a listener take effect
    // from the next event on; this one reaches exactly those there were.
    this.#dispatch.copy().call(type, undefined, detail);
  }

  /** Removes every listener. */
  clear(): void {
    for (const names of this.#names.values()) {
      for (const name of names.values()) this.#dispatch.on(name, null);
      names.clear();
    }
  }
}
