/**
 * Greedy interval partitioning: items sorted by start go into the lowest
 * free sub-row, which uses the fewest rows possible in O(n log n).
 */

/**
 * Binary min-heaps of row numbers in typed arrays, ordered by a key per row
 * (a row's end, or the row number itself), ties broken by row number. Plain
 * functions over typed arrays: this runs once per item, a million times.
 */
function heapPush(heap: Int32Array, size: number, key: Float64Array, row: number): void {
  let i = size;
  const k = key[row]!;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const above = heap[parent]!;
    const ka = key[above]!;
    if (ka < k || (ka === k && above < row)) break;
    heap[i] = above;
    i = parent;
  }
  heap[i] = row;
}

/** Removes the top of a heap of `size` rows (size > 0); returns it. */
function heapPop(heap: Int32Array, size: number, key: Float64Array): number {
  const top = heap[0]!;
  const last = heap[size - 1]!;
  const n = size - 1;
  const kl = key[last]!;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n) break;
    let child = left;
    const right = left + 1;
    if (right < n) {
      const kr = key[heap[right]!]!, kc = key[heap[left]!]!;
      if (kr < kc || (kr === kc && heap[right]! < heap[left]!)) child = right;
    }
    const c = heap[child]!, kc = key[c]!;
    if (kl < kc || (kl === kc && last < c)) break;
    heap[i] = c;
    i = child;
  }
  if (n > 0) heap[i] = last;
  return top;
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
  const capacity = Math.max(1, Math.min(n, maxRows));
  const rowEnd = new Float64Array(capacity);
  const rowNumber = Float64Array.from({ length: capacity }, (_, i) => i);
  // Rows still busy, by the end of their last item; rows free, by index.
  const busy = new Int32Array(capacity), free = new Int32Array(capacity);
  let busySize = 0, freeSize = 0;
  let rowCount = 0;
  for (let i = 0; i < n; i += 1) {
    const start = starts[i]!;
    if (i > 0 && start < starts[i - 1]!) throw new RangeError('packRows: items must be sorted by start');
    while (busySize > 0 && rowEnd[busy[0]!]! <= start) {
      const row = heapPop(busy, busySize--, rowEnd);
      heapPush(free, freeSize++, rowNumber, row);
    }
    let row: number;
    if (freeSize > 0) {
      row = heapPop(free, freeSize--, rowNumber);
    } else if (rowCount >= maxRows) {
      // At the cap, share the row that frees up first: overlap is bounded, height is not unbounded.
      row = heapPop(busy, busySize--, rowEnd);
    } else {
      row = rowCount++;
    }
    rows[i] = row;
    rowEnd[row] = Math.max(ends[i]!, start);
    heapPush(busy, busySize++, rowEnd, row);
  }
  return { rows, rowCount };
}
