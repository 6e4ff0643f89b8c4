/**
 * Greedy interval partitioning: items sorted by start go into the lowest
 * free sub-row, which uses the fewest rows possible in O(n log n).
 */

/**
 * A binary min-heap of row numbers in a typed array, ordered by a key per
 * row (a row's end, or the row number itself), tie broken by row number.
 * No allocation per push, no closure per comparison.
 */
class RowHeap {
  readonly #heap: Int32Array;
  #size = 0;
  constructor(capacity: number, private readonly key: Float64Array) {
    this.#heap = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.#size;
  }

  /** The smallest row, or -1 when empty. */
  peek(): number {
    return this.#size > 0 ? this.#heap[0]! : -1;
  }

  #less(a: number, b: number): boolean {
    const ka = this.key[a]!, kb = this.key[b]!;
    return ka < kb || (ka === kb && a < b);
  }

  push(row: number): void {
    const heap = this.#heap;
    let i = this.#size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = heap[parent]!;
      if (!this.#less(row, above)) break;
      heap[i] = above;
      i = parent;
    }
    heap[i] = row;
  }

  pop(): number {
    const heap = this.#heap;
    if (this.#size === 0) return -1;
    const top = heap[0]!;
    const last = heap[--this.#size]!;
    const size = this.#size;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && this.#less(heap[right]!, heap[left]!) ? right : left;
      if (!this.#less(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    if (size > 0) heap[i] = last;
    return top;
  }
}

/** Sub-row assignment for a set of footprints. */
export interface RowPacking {
  /** The sub-row of each item, in the order the items were given. */
  readonly rows: Int32Array;
  /** How many sub-rows were used. */
  readonly rowCount: number;
}

/**
 * Packs footprints `[starts[i], ends[i])` into sub-rows so that no two items
 * in one sub-row overlap, using as few sub-rows as possible. Items must be
 * sorted by start. Among the rows free at an item's start, the lowest one is
 * chosen, so early rows fill first and the picture stays compact at the top.
 * With `maxRows`, no more rows are opened: an item that finds none free
 * shares the row that frees up first (dense data at a coarse zoom).
 *
 * @param rows where to write the rows (a view into a larger buffer, say); a new array by default
 * @example packRows(Float64Array.of(0, 5, 12), Float64Array.of(10, 15, 20)).rows // Int32Array [0, 1, 0]
 */
export function packRows(starts: Float64Array, ends: Float64Array, maxRows = Infinity, rows = new Int32Array(starts.length)): RowPacking {
  const n = starts.length;
  const capacity = Math.min(n, maxRows);
  const rowEnd = new Float64Array(Math.max(1, capacity));
  const rowNumber = Float64Array.from({ length: Math.max(1, capacity) }, (_, i) => i);
  // Rows still busy, by the end of their last item; rows free, by index.
  const busy = new RowHeap(capacity, rowEnd);
  const free = new RowHeap(capacity, rowNumber);
  let rowCount = 0;
  for (let i = 0; i < n; i += 1) {
    const start = starts[i]!;
    if (i > 0 && start < starts[i - 1]!) throw new RangeError('packRows: items must be sorted by start');
    for (let top = busy.peek(); top >= 0 && rowEnd[top]! <= start; top = busy.peek()) free.push(busy.pop());
    let row = free.pop();
    if (row < 0 && rowCount >= maxRows) {
      // At the cap, share the row that frees up first: overlap is bounded, height is not unbounded.
      row = busy.pop();
    } else if (row < 0) {
      row = rowCount++;
    }
    rows[i] = row;
    rowEnd[row] = Math.max(ends[i]!, start);
    busy.push(row);
  }
  return { rows, rowCount };
}
