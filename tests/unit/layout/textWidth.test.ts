import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateTextWidth, truncateToWidth } from '../../../src/layout/textWidth.js';

describe('text width estimate', () => {
  it('grows with length and font size, and counts wide letters wider', () => {
    expect(estimateTextWidth('Jakarta talks', 12)).toBeGreaterThan(estimateTextWidth('Jakarta', 12));
    expect(estimateTextWidth('Jakarta', 16)).toBeGreaterThan(estimateTextWidth('Jakarta', 12));
    expect(estimateTextWidth('MMMM', 12)).toBeGreaterThan(estimateTextWidth('iiii', 12));
    expect(estimateTextWidth('', 12)).toBe(0);
  });

  it('truncates with an ellipsis to fit, and leaves fitting text alone', () => {
    const title = 'Blinken and Wang Yi hold talks in Jakarta';
    expect(truncateToWidth(title, 1000, 12)).toBe(title);
    const short = truncateToWidth(title, 80, 12);
    expect(short.endsWith('…')).toBe(true);
    expect(title.startsWith(short.slice(0, -1))).toBe(true);
    expect(truncateToWidth(title, 3, 12)).toBe('');
  });

  it('never returns text wider than the room', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 0, max: 400 }), (text, room) => {
      const fitted = truncateToWidth(text, room, 12);
      expect(fitted === '' || estimateTextWidth(fitted, 12) <= room + 0.001).toBe(true);
    }));
  });
});
