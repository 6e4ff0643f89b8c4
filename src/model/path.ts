/**
 * Where a value sits in a document (`events[3].when`, `$["odd key"]`).
 *
 * A path is a chain of small nodes whose text is built only when a problem
 * is reported: a valid document of a million events builds no path text at
 * all, where building it eagerly for every field cost more than checking it.
 */

const identifier = /^[A-Za-z_$][\w$]*$/;

/** A location in a document: the root, or a field or item of another location. */
export class DocumentPath {
  /** The document itself, written `$` in issues. */
  static readonly root = new DocumentPath(undefined, '');

  private constructor(
    private readonly parent: DocumentPath | undefined,
    private readonly step: string | number,
  ) {}

  /** The path of a field of the value at this path. */
  field(key: string): DocumentPath {
    return new DocumentPath(this, key);
  }

  /** The path of an item of the array at this path. */
  item(index: number): DocumentPath {
    return new DocumentPath(this, index);
  }

  /**
   * The path as issues write it: identifier keys after dots, other keys
   * quoted in brackets, array indexes in brackets, and `$` for the root or
   * before a leading bracket.
   *
   * @example DocumentPath.root.field('events').item(3).field('when').toString() // 'events[3].when'
   */
  toString(): string {
    const steps: (string | number)[] = [];
    for (let node = this.parent, step = this.step; node !== undefined; step = node.step, node = node.parent) steps.push(step);
    let text = '';
    for (let index = steps.length - 1; index >= 0; index -= 1) {
      const step = steps[index]!;
      const name = typeof step === 'number' ? `[${step}]` : identifier.test(step) ? step : `[${JSON.stringify(step)}]`;
      if (text === '') text = name.startsWith('[') ? `$${name}` : name;
      else text = name.startsWith('[') ? `${text}${name}` : `${text}.${name}`;
    }
    return text === '' ? '$' : text;
  }
}
