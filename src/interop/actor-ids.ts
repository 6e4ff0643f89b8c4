/**
 * Actor ids for formats that name actors but give them no id of ours
 * (PLOVER, GDELT): a readable slug of the name, kept unique within one
 * import, so the same name always maps to the same actor.
 */

/** Assigns stable, unique ids to names during one import. */
export class ActorIds {
  readonly #byKey = new Map<string, string>();
  readonly #used = new Set<string>();
  readonly #prefix: string;

  constructor(prefix = '') {
    this.#prefix = prefix;
  }

  /** The id for a name (or another key); the same key always gets the same id. */
  idOf(key: string): { readonly id: string; readonly created: boolean } {
    const known = this.#byKey.get(key);
    if (known !== undefined) return { id: known, created: false };
    const slug = key.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
    const base = `${this.#prefix}${slug === '' ? 'actor' : slug}`;
    let id = base;
    for (let n = 2; this.#used.has(id); n += 1) id = `${base}-${n}`;
    this.#used.add(id);
    this.#byKey.set(key, id);
    return { id, created: true };
  }
}
