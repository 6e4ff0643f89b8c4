import fc from 'fast-check';
import { expect, test } from 'vitest';
import { editDistance, nearestName } from '../../../src/model/spelling.js';

test('edit distance counts a swap of neighbouring letters as one edit', () => {
  expect(editDistance('titel', 'title')).toBe(1);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('when', 'when')).toBe(0);
});

test('edit distance is symmetric and zero only for equal strings', () => {
  fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
    expect(editDistance(a, b)).toBe(editDistance(b, a));
    expect(editDistance(a, b) === 0).toBe(a === b);
    expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
  }), { numRuns: 200 });
});

test('nearestName suggests close names only', () => {
  const fields = ['id', 'title', 'summary', 'kind', 'when', 'participants'];
  expect(nearestName('titel', fields)).toBe('title');
  expect(nearestName('Title', fields)).toBe('title');
  expect(nearestName('participant', fields)).toBe('participants');
  expect(nearestName('summry', fields)).toBe('summary');
  expect(nearestName('ud', fields)).toBe('id');
  expect(nearestName('on', fields)).toBeUndefined();
  expect(nearestName('date', fields)).toBeUndefined();
  expect(nearestName('x'.repeat(1000), fields)).toBeUndefined();
});
