// The SVG tier of the encoding matrix: every status × precision × fade,
// the marks' element tree compared with a file under tests/snapshots/encoding/svg
// (written on the first run), and the design's encoding named in assertions.
import { describe, expect, it } from 'vitest';
import { createNode } from '../../src/render/svgNode.js';
import { encodingCells, svgMarks, svgText } from '../unit/render/encodingMatrix.js';

const cells = encodingCells();

describe('encoding matrix, SVG', () => {
  for (const cell of cells) {
    it(`draws ${cell.name} like the stored snapshot`, async () => {
      await expect(svgText(svgMarks(cell))).toMatchFileSnapshot(`../snapshots/encoding/svg/${cell.name}.svg`);
    });
  }

  it('encodes each status, precision and fade as the design says', () => {
    for (const cell of cells) {
      const group = createNode(document, svgMarks(cell)) as SVGGElement;
      const has = (selector: string) => group.querySelector(selector) !== null;
      const classes = group.getAttribute('class')!.split(' ');
      const day = cell.precision === 'day', faded = cell.fade === 'approximate';
      const message = cell.name;
      // Precision: a day is a round mark; a month a band across its whole span.
      expect(has('circle.dt-mark'), message).toBe(day);
      expect(has('rect.dt-band'), message).toBe(!day);
      // Status by shape and fill, never colour alone.
      expect(classes.includes('dt-solid'), message).toBe(cell.status === 'occurred' || cell.status === 'ongoing');
      expect(classes.includes('dt-hollow'), message).toBe(!['occurred', 'ongoing'].includes(cell.status));
      expect(has('.dt-open-end') && has('.dt-open-end-head'), message).toBe(cell.status === 'ongoing');
      expect(classes.includes('dt-dashed'), message).toBe(cell.status === 'postponed');
      expect(has('.dt-strike'), message).toBe(cell.status === 'cancelled' || cell.status === 'did-not-occur');
      expect(has('.dt-mark-half'), message).toBe(cell.status === 'unknown');
      expect(classes.includes('dt-dotted'), message).toBe(cell.status === 'unknown');
      // Approximate ends fade: a band through a mask, a day mark with a halo.
      expect(has('rect.dt-band[mask]'), message).toBe(!day && faded);
      expect(has('.dt-halo'), message).toBe(day && faded);
    }
  });
});
