/**
 * How much room each visible label has at the current zoom: up to the next
 * item in the same sub-row, or the right edge. Packing reserved room at the
 * initial scale; after zooming out, labels shrink (truncated with an
 * ellipsis) instead of colliding.
 */

/** The visible items of one frame, as columns. */
export interface LabelRoomInput {
  readonly count: number;
  readonly lane: Int32Array;
  readonly row: Int32Array;
  /** Where each label starts. */
  readonly labelX: Float64Array;
  /** Where each item's drawing starts (the left of its footprint). */
  readonly startX: Float64Array;
}

/**
 * The width available to each label, in pixels (never negative).
 *
 * @param rightEdge labels stop here (the plot's right edge), so nothing is clipped
 * @param gap space kept before the next item
 */
export function labelRoom(input: LabelRoomInput, rightEdge: number, gap: number): Float64Array {
  const { count, lane, row, labelX, startX } = input;
  const order = Array.from({ length: count }, (_, i) => i);
  order.sort((a, b) => lane[a]! - lane[b]! || row[a]! - row[b]! || startX[a]! - startX[b]! || a - b);
  const room = new Float64Array(count);
  for (let k = 0; k < count; k += 1) {
    const i = order[k]!;
    const next = order[k + 1];
    const sameRow = next !== undefined && lane[next] === lane[i] && row[next] === row[i];
    const limit = sameRow ? Math.min(startX[next]! - gap, rightEdge) : rightEdge;
    room[i] = Math.max(0, limit - labelX[i]!);
  }
  return room;
}
