/**
 * Greedy interval partitioning: items sorted by start go into the lowest
 * free sub-row, which uses the fewest rows possible in O(n log n).
 */

/**
 * A binary min-heap of row numbers in a typed array, ordered by a key per
 * row (its end), ties broken by row number. Plain functions over typed
 * arrays: this runs once per item, a million times.
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

/**
 * The free rows, as a hierarchical bitset: bit `r` of level 0 is row `r`;
 * a bit of each level above says its word below is not empty. The lowest
 * free row is found in one step per level (three up to 32,768 rows).
 */
function freeRows(capacity: number): Int32Array[] {
  const levels: Int32Array[] = [];
  let size = capacity;
  do {
    const words = Math.max(1, Math.ceil(size / 32));
    levels.push(new Int32Array(words));
    size = words;
  } while (size > 1);
  return levels;
}

function addFree(levels: readonly Int32Array[], row: number): void {
  let i = row;
  for (const level of levels) {
    const w = i >> 5;
    const was = level[w]!;
    level[w] = was | (1 << (i & 31));
    // The levels above already mark a word that was not empty.
    if (was !== 0) return;
    i = w;
  }
}

/** Takes the lowest free row out of the set; -1 when none is free. */
function takeLowestFree(levels: readonly Int32Array[]): number {
  if (levels[levels.length - 1]![0] === 0) return -1;
  let i = 0;
  for (let k = levels.length - 1; k >= 0; k -= 1) {
    const word = levels[k]![i]!;
    i = (i << 5) | (31 - Math.clz32(word & -word));
  }
  let j = i;
  for (const level of levels) {
    const w = j >> 5;
    const now = level[w]! & ~(1 << (j & 31));
    level[w] = now;
    if (now !== 0) break;
    j = w;
  }
  return i;
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
  // Rows still busy, in a heap by the end of their last item; rows free, in a bitset.
  const busy = new Int32Array(capacity);
  const free = freeRows(capacity);
  let busySize = 0;
  let rowCount = 0;
  for (let i = 0; i < n; i += 1) {
    const start = starts[i]!;
    if (i > 0 && start < starts[i - 1]!) throw new RangeError('packRows: items must be sorted by start');
    while (busySize > 0 && rowEnd[busy[0]!]! <= start) {
      addFree(free, heapPop(busy, busySize--, rowEnd));
    }
    let row = takeLowestFree(free);
    if (row < 0 && rowCount >= maxRows) {
      // At the cap, share the row that frees up first: overlap is bounded, height is not unbounded.
      row = heapPop(busy, busySize--, rowEnd);
    } else if (row < 0) {
      row = rowCount++;
    }
    rows[i] = row;
    rowEnd[row] = Math.max(ends[i]!, start);
    heapPush(busy, busySize++, rowEnd, row);
  }
  return { rows, rowCount };
}
