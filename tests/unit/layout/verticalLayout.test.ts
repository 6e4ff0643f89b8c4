import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageOf } from '../../../src/i18n/messages.js';
import { computeLayout } from '../../../src/layout/computeLayout.js';
import type { VerticalLayout, VerticalRowText, VerticalSpans } from '../../../src/layout/verticalLayout.js';
import { lastRowBefore, lineBaselines, nextRow, rowsBetween, verticalLayout } from '../../../src/layout/verticalLayout.js';
import { titleHardLimit } from '../../../src/layout/textWidth.js';
import { parseTimeline } from '../../../src/model/parse.js';
import { verticalTexts } from '../../../src/render/verticalScene.js';

/** Spans from `[start, end)` day pairs (sorted by start); `point` when a pair is one day, `open` marks open ends. */
function spans(pairs: readonly (readonly [number, number])[], open: readonly number[] = []): VerticalSpans {
  return {
    eventStart: Float64Array.from(pairs, ([start]) => start),
    eventEnd: Float64Array.from(pairs, ([, end]) => end),
    eventFlags: Uint8Array.from(pairs, ([start, end], i) => (end - start === 1 ? 1 : 0) | (open.includes(i) ? 2 : 0)),
  };
}

const text = (title = 'Talks'): ((e: number) => VerticalRowText) => (e) => ({ date: `${e + 1} July 2023`, title, participants: 'US, China' });

/** The rows whose vertical extents overlap (there must be none). */
function overlappingRows(layout: VerticalLayout): number[] {
  const found: number[] = [];
  for (let e = 1; e < layout.count; e += 1) {
    if (layout.top[e]! < layout.top[e - 1]! + layout.rowHeight[e - 1]!) found.push(e);
  }
  return found;
}

describe('verticalLayout', () => {
  it('gives every event one row, in time order, rows stacked without overlap', () => {
    const layout = verticalLayout(spans([[0, 1], [2, 3], [2, 10], [5, 6]]), text(), { width: 390 });
    expect(layout.count).toBe(4);
    expect(layout.lines).toHaveLength(4);
    for (let e = 1; e < 4; e += 1) expect(layout.top[e]).toBeGreaterThan(layout.top[e - 1]!);
    expect(overlappingRows(layout)).toEqual([]);
    expect(layout.height).toBeGreaterThanOrEqual(layout.top[3]! + layout.rowHeight[3]!);
  });

  it('runs a span’s bar from its row to the last row that starts before it ends', () => {
    // Rows: 0 [0,1) · 1 [2,10) · 2 [3,4) · 3 [9,10) · 4 [10,11)
    const layout = verticalLayout(spans([[0, 1], [2, 10], [3, 4], [9, 10], [10, 11]]), text(), { width: 390 });
    expect([...layout.lastRow]).toEqual([0, 3, 2, 3, 4]);
    expect(layout.barY0[1]).toBe(layout.markY[1]);
    expect(layout.barY1[1]).toBeGreaterThanOrEqual(layout.markY[3]!);
    expect(layout.barY1[1]).toBeLessThan(layout.markY[4]!);
    // Day marks are round marks on the rail: no bar.
    expect(layout.barY1[0]).toBe(layout.barY0[0]);
    expect(layout.column[0]).toBe(0);
    expect(layout.markX[0]).toBe(layout.railX);
  });

  it('puts overlapping bars in separate columns, and reuses a column once a bar has ended', () => {
    // Three spans overlap from row 0; the fourth starts after the first two ended.
    const layout = verticalLayout(spans([[0, 5], [0, 6], [1, 20], [7, 9], [8, 9]]), text(), { width: 390 });
    const bars = [0, 1, 2, 3];
    expect(new Set([layout.column[0], layout.column[1], layout.column[2]]).size).toBe(3);
    for (const e of bars) expect(layout.column[e]).toBeGreaterThan(0);
    expect(layout.column[3]).toBe(1);
    expect(layout.columnCount).toBe(4);
    // Bar columns run left from the rail, the texts start right of it.
    expect(layout.markX[0]).toBeLessThan(layout.railX);
    expect(layout.textX).toBeGreaterThan(layout.railX);
  });

  it('never lets two bars in one column share a row, for any spans', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 40 }));
    fc.assert(fc.property(fc.array(pair, { maxLength: 40 }), fc.array(fc.boolean(), { maxLength: 40 }), (raw, opens) => {
      const sorted = raw.map(([start, length]) => [start, start + length] as const).sort((a, b) => a[0] - b[0]);
      const open = sorted.flatMap((_, i) => (opens[i] ? [i] : []));
      // Wide enough that no bars have to share a column.
      const layout = verticalLayout(spans(sorted, open), text(), { width: 2000 });
      expect(overlappingRows(layout)).toEqual([]);
      for (let e = 0; e < layout.count; e += 1) {
        if (layout.column[e] === 0) continue;
        // The bar's last row is the last one that starts before the span ends.
        const last = layout.lastRow[e]!;
        expect(sorted[last]![0]).toBeLessThan(sorted[e]![1]);
        if (last + 1 < sorted.length) expect(sorted[last + 1]![0]).toBeGreaterThanOrEqual(sorted[e]![1]);
      }
      for (let a = 0; a < layout.count; a += 1) {
        for (let b = a + 1; b < layout.count; b += 1) {
          if (layout.column[a] === 0 || layout.column[a] !== layout.column[b]) continue;
          // b starts below a's bar (and below the arrow of an open end).
          expect(b).toBeGreaterThan(layout.lastRow[a]! + (open.includes(a) ? 1 : 0));
        }
      }
    }));
  });

  it('wraps a long title in full past three lines, and cuts only past the hard limit', () => {
    const long = 'word '.repeat(24).trim(); // 119 characters
    const layout = verticalLayout(spans([[0, 1]]), text(long), { width: 200 });
    const lines = layout.lines[0]!.title;
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join(' ')).toBe(long);
    const tooLong = 'x'.repeat(titleHardLimit + 20);
    const cut = verticalLayout(spans([[0, 1]]), text(tooLong), { width: 300 }).lines[0]!.title;
    expect(cut.at(-1)!.endsWith('…')).toBe(true);
  });

  it('puts the participants after the date when they fit, else on lines of their own', () => {
    const short = verticalLayout(spans([[0, 1]]), text(), { width: 390 }).lines[0]!;
    expect(short.date).toEqual(['1 July 2023']);
    expect(short.inline).toBe('US, China');
    expect(short.participants).toEqual([]);
    const many = (): VerticalRowText => ({ date: 'Week of 10 July 2023', title: 'Talks', participants: 'Antony Blinken, Qin Gang, Wang Yi, Xi Jinping, Lloyd Austin' });
    const long = verticalLayout(spans([[0, 1]]), many, { width: 300 }).lines[0]!;
    expect(long.inline).toBe('');
    expect(long.participants.length).toBeGreaterThan(0);
    const baselines = lineBaselines(verticalLayout(spans([[0, 1]]), many, { width: 300 }), 0);
    expect(baselines).toHaveLength(long.date.length + long.participants.length + long.title.length);
    for (let i = 1; i < baselines.length; i += 1) expect(baselines[i]).toBeGreaterThan(baselines[i - 1]!);
  });

  it('opens gaps before a row (a reference strip) and after one (the details panel)', () => {
    const plain = verticalLayout(spans([[0, 1], [1, 2], [2, 3]]), text(), { width: 390 });
    const gapped = verticalLayout(spans([[0, 1], [1, 2], [2, 3]]), text(), { width: 390, gaps: [{ row: 1, height: 20 }, { row: 1, height: 100, after: true }] });
    expect(gapped.top[0]).toBe(plain.top[0]);
    expect(gapped.top[1]! - plain.top[1]!).toBe(20);
    expect(gapped.top[2]! - plain.top[2]!).toBe(120);
    expect(gapped.gapTop[0]).toBeGreaterThanOrEqual(plain.top[0]! + plain.rowHeight[0]!);
    expect(gapped.gapTop[1]).toBe(gapped.top[1]! + gapped.rowHeight[1]!);
  });

  it('finds rows in a band of y, and the last row before a day, by binary search', () => {
    const layout = verticalLayout(spans(Array.from({ length: 50 }, (_, i) => [i, i + 1] as const)), text(), { width: 390 });
    const [lo, hi] = rowsBetween(layout, layout.top[10]! + 1, layout.top[20]! + 1);
    expect([lo, hi]).toEqual([10, 21]);
    expect(rowsBetween(layout, -100, -50)).toEqual([0, 0]);
    expect(lastRowBefore(Float64Array.of(0, 2, 2, 5, 9), 1, 5)).toBe(2);
    expect(lastRowBefore(Float64Array.of(0, 2, 2, 5, 9), 3, 4)).toBe(3);
  });

  it('moves between rows with the arrow keys, Home and End', () => {
    expect(nextRow(5, 2, 'ArrowDown')).toBe(3);
    expect(nextRow(5, 2, 'ArrowRight')).toBe(3);
    expect(nextRow(5, 2, 'ArrowUp')).toBe(1);
    expect(nextRow(5, 2, 'ArrowLeft')).toBe(1);
    expect(nextRow(5, 4, 'ArrowDown')).toBe(4);
    expect(nextRow(5, 0, 'ArrowUp')).toBe(0);
    expect(nextRow(5, 2, 'Home')).toBe(0);
    expect(nextRow(5, 2, 'End')).toBe(4);
    expect(nextRow(0, 0, 'End')).toBe(-1);
  });

  it('keeps the article’s 31 events within the phone budget: about 60 px a row at 390 px', () => {
    const article = parseTimeline(JSON.parse(readFileSync('examples/data/us-china-diplomacy-2023-07.json', 'utf8')));
    const layout = computeLayout(article, { laneBy: 'country' });
    const vertical = verticalLayout(layout, verticalTexts(layout, article.actors, languageOf('en-GB')), { width: 390 });
    expect(vertical.count).toBe(31);
    expect(vertical.height).toBeLessThanOrEqual(60 * 31);
    // Every title in full (lines break at spaces and after hyphens, so compare without spaces).
    vertical.lines.forEach((lines, e) => { expect(lines.title.join('').replace(/\s+/g, '')).toBe(layout.events[e]!.title.replace(/\s+/g, '')); });
  });
});
