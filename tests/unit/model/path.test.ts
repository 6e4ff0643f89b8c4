import { expect, test } from 'vitest';
import { DocumentPath } from '../../../src/model/path.js';

test('paths read as issues write them', () => {
  const root = DocumentPath.root;
  expect(root.toString()).toBe('$');
  expect(root.field('events').item(3).field('when').toString()).toBe('events[3].when');
  expect(root.field('odd key').toString()).toBe('$["odd key"]');
  expect(root.field('events').item(0).field('a.b').item(2).toString()).toBe('events[0]["a.b"][2]');
  expect(root.field('__proto__').toString()).toBe('__proto__');
  expect(root.field('$schema').toString()).toBe('$schema');
});
