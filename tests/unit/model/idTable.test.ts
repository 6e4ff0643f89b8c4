import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IdTable } from '../../../src/model/idTable.js';

/** Adds every id of `ids` at its position; returns the table and what each add answered. */
function build(ids: readonly string[]): { table: IdTable; answers: number[] } {
  const table = new IdTable(ids);
  const answers = ids.map((id, position) => table.add(id, position));
  return { table, answers };
}

describe('IdTable', () => {
  test('answers the first position of each id, and undefined for others', () => {
    const ids = ['us', 'cn', 'us', '__proto__', '', 'cn'];
    const { table, answers } = build(ids);
    expect(answers).toEqual([0, 1, 0, 3, 4, 1]);
    expect(table.positionOf('us')).toBe(0);
    expect(table.positionOf('__proto__')).toBe(3);
    expect(table.positionOf('')).toBe(4);
    expect(table.positionOf('ru')).toBeUndefined();
    expect(table.size).toBe(4);
    expect([...table.ids()].sort()).toEqual(['', '__proto__', 'cn', 'us']);
  });

  test('a long list is hashed; past its capacity (long probe runs) it moves onto a Map and keeps every answer', () => {
    const ids = Array.from({ length: 20_000 }, (_, index) => `e${index % 15_000}`);
    // Sized for 5,000 ids (16,384 slots): the 16,385th distinct id cannot find a free one.
    const table = new IdTable(ids, 5_000);
    const answers = ids.map((id, position) => table.add(id, position));
    expect(answers).toEqual(ids.map((_, index) => index % 15_000));
    expect(table.size).toBe(15_000);
    expect(table.positionOf('e14999')).toBe(14_999);
    expect(table.positionOf('e15000')).toBeUndefined();
    expect(new Set(table.ids()).size).toBe(15_000);
  });

  test('a long list without collisions answers as the short ones do', () => {
    const ids = Array.from({ length: 9_000 }, (_, index) => `id-${index % 6_000}`);
    const { table, answers } = build(ids);
    expect(answers).toEqual(ids.map((_, index) => index % 6_000));
    expect(table.positionOf('id-5999')).toBe(5_999);
    expect(table.positionOf('id-6000')).toBeUndefined();
    expect(table.size).toBe(6_000);
  });

  test('agrees with a Map on any list of ids', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 80 }), (ids) => {
      const { table, answers } = build(ids);
      const first = new Map<string, number>();
      ids.forEach((id, position) => { if (!first.has(id)) first.set(id, position); });
      expect(answers).toEqual(ids.map((id) => first.get(id)));
      for (const id of [...ids, 'absent', 'x'.repeat(5)]) expect(table.positionOf(id)).toBe(first.get(id));
      expect(table.size).toBe(first.size);
    }), { numRuns: 200 });
  });
});
