import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/render/contrast.js';
import { palettes } from '../../../src/render/palette.js';

describe('palette contrast (WCAG 2.2 AA)', () => {
  it('computes the known extremes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1);
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/#rrggbb/);
  });

  for (const [name, palette] of Object.entries(palettes)) {
    const backgrounds = { background: palette.background, 'lane background': palette.laneBackground };
    for (const [where, background] of Object.entries(backgrounds)) {
      it(`${name}: text is at least 4.5:1 on the ${where}`, () => {
        // The mark colour is also the link colour in the details panel, and the reference colour labels its line.
        for (const text of [palette.text, palette.mutedText, palette.selected, palette.reference, palette.mark]) {
          expect(contrastRatio(text, background), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
        }
      });

      it(`${name}: marks, connectors, axis and the focus ring are at least 3:1 on the ${where}`, () => {
        for (const graphic of [palette.mark, palette.selected, palette.connector, palette.reference, palette.focus, palette.axis]) {
          expect(contrastRatio(graphic, background), `${graphic} on ${background}`).toBeGreaterThanOrEqual(3);
        }
      });
    }

    it(`${name}: the focus ring stands out from the marks it surrounds`, () => {
      expect(contrastRatio(palette.focus, palette.background)).toBeGreaterThanOrEqual(3);
    });
  }
});
