/**
 * Greedy interval partitioning: items sorted by start go into the lowest
 * free sub-row, which uses the fewest rows possible in O(n log n).
 */

/** A binary min-heap of integers ordered by a key array, without allocation per push. */
class IndexHeap {
  private readonly heap: number[] = [];
  constructor(private readonly key: (index: number) => number) {}

  get size(): number {
    return this.heap.length;
  }

  peek(): number | undefined {
    return this.heap[0];
  }

  push(value: number): void {
    const heap = this.heap;
    heap.push(value);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.key(heap[parent]!) <= this.key(heap[i]!)) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  }

  pop(): number | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && this.key(heap[left]!) < this.key(heap[smallest]!)) smallest = left;
        if (right < heap.length && this.key(heap[right]!) < this.key(heap[smallest]!)) smallest = right;
        if (smallest === i) break;
        [heap[smallest], heap[i]] = [heap[i]!, heap[smallest]!];
        i = smallest;
      }
    }
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
 * @example packRows(Float64Array.of(0, 5, 12), Float64Array.of(10, 15, 20)).rows // Int32Array [0, 1, 0]
 */
export function packRows(starts: Float64Array, ends: Float64Array, maxRows = Infinity): RowPacking {
  const n = starts.length;
  const rows = new Int32Array(n);
  const rowEnd: number[] = [];
  // Rows still busy, by the end of their last item; rows free, by index.
  const busy = new IndexHeap((row) => rowEnd[row]!);
  const free = new IndexHeap((row) => row);
  for (let i = 0; i < n; i += 1) {
    const start = starts[i]!;
    if (i > 0 && start < starts[i - 1]!) throw new RangeError('packRows: items must be sorted by start');
    for (let top = busy.peek(); top !== undefined && rowEnd[top]! <= start; top = busy.peek()) {
      free.push(busy.pop()!);
    }
    let row = free.pop();
    if (row === undefined && rowEnd.length >= maxRows) {
      // At the cap, share the row that frees up first: overlap is bounded, height is not unbounded.
      row = busy.pop()!;
    } else if (row === undefined) {
      row = rowEnd.length;
      rowEnd.push(0);
    }
    rows[i] = row;
    rowEnd[row] = Math.max(ends[i]!, start);
    busy.push(row);
  }
  return { rows, rowCount: rowEnd.length };
}
