/**
 * Positions of string ids in a list: which item first has an id, and what
 * the id is. The model keeps one for the events of a document, which at a
 * million events is the largest index it builds.
 *
 * A Map would do, and did; but the ids of a freshly parsed document are
 * fresh strings, and hashing each one through the engine and growing a Map
 * a million entries long was a good part of a parse. This table hashes in
 * script (FNV-1a, seeded per table) into one Int32Array sized up front, and
 * compares candidates with the list's own strings. Hostile ids built to
 * collide cannot make it quadratic: a probe that runs long moves the table
 * onto a Map for good. Short lists of ids (sources, actors) use a Map from
 * the start.
 */

/** Past this many slots probed for one id, the table gives up hashing and uses a Map. */
const maxProbes = 64;

/**
 * Up to this many ids, a Map serves from the start: hashing in script only
 * pays once there are many ids, and before the engine has optimized it
 * (a first parse runs in its slower tiers for thousands of items) it costs
 * more than the engine's own hashing.
 */
const mapUpTo = 4096;

/** FNV-1a over UTF-16 code units, from `seed`. */
function hashOf(id: string, seed: number): number {
  let hash = seed;
  for (let index = 0; index < id.length; index += 1) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  return hash;
}

/**
 * A fixed-capacity set of ids, each with the position of the first item
 * that has it.
 *
 * @example
 * const ids = ['a', 'b'];
 * const table = new IdTable(ids);
 * table.add('a', 0); table.positionOf('a') // 0
 */
export class IdTable {
  #slots: Int32Array;
  readonly #mask: number;
  readonly #seed: number;
  /** The ids by position (the table stores positions, not strings). */
  readonly #ids: readonly unknown[];
  #fallback: Map<string, number> | undefined;
  #size = 0;

  /**
   * @param ids the id of the item at each position (only positions given to
   *   `add` are read, and must hold strings). An array rather than a function:
   *   optimized code that inlined a function made for one document was
   *   thrown away with that document, and recompiled for the next.
   * @param capacity how many ids will be added, one per item by default; past
   *   it, probes run long and the table moves onto a Map
   */
  constructor(ids: readonly unknown[], capacity = ids.length) {
    this.#ids = ids;
    // A seed the document cannot know, so that it cannot pick ids that collide.
    this.#seed = (0x811c9dc5 ^ Math.floor(Math.random() * 0x100000000)) | 0;
    if (capacity <= mapUpTo) {
      this.#fallback = new Map();
      this.#slots = new Int32Array(0);
      this.#mask = 0;
      return;
    }
    // At most half full, so that probes stay short.
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.#slots = new Int32Array(size).fill(-1);
    this.#mask = size - 1;
  }

  /** How many distinct ids the table holds. */
  get size(): number {
    return this.#fallback?.size ?? this.#size;
  }

  /**
   * Adds `id` for the item at `position` unless it is there already, and
   * returns the position of the first item with it (`position` if new).
   */
  add(id: string, position: number): number {
    const fallback = this.#fallback;
    if (fallback !== undefined) {
      const first = fallback.get(id);
      if (first !== undefined) return first;
      fallback.set(id, position);
      return position;
    }
    const slots = this.#slots, mask = this.#mask;
    let slot = hashOf(id, this.#seed) & mask;
    for (let probes = 0; probes < maxProbes; probes += 1) {
      const held = slots[slot]!;
      if (held < 0) {
        slots[slot] = position;
        this.#size += 1;
        return position;
      }
      if ((this.#ids[held] as string) === id) return held;
      slot = (slot + 1) & mask;
    }
    this.#moveToMap();
    return this.add(id, position);
  }

  /** The position of the first item with `id`, or undefined. */
  positionOf(id: string): number | undefined {
    if (this.#fallback !== undefined) return this.#fallback.get(id);
    const slots = this.#slots, mask = this.#mask;
    let slot = hashOf(id, this.#seed) & mask;
    // Adds never let a run grow past maxProbes, so neither can a lookup.
    for (let probes = 0; probes < maxProbes; probes += 1) {
      const held = slots[slot]!;
      if (held < 0) return undefined;
      if ((this.#ids[held] as string) === id) return held;
      slot = (slot + 1) & mask;
    }
    return undefined;
  }

  /** Every id held, in no particular order. */
  *ids(): IterableIterator<string> {
    if (this.#fallback !== undefined) {
      yield* this.#fallback.keys();
      return;
    }
    for (const held of this.#slots) if (held >= 0) yield (this.#ids[held] as string);
  }

  #moveToMap(): void {
    const map = new Map<string, number>();
    for (const held of this.#slots) if (held >= 0) map.set((this.#ids[held] as string), held);
    this.#fallback = map;
    this.#slots = new Int32Array(0);
  }
}
