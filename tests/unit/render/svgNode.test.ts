import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeXml, h, serializeTree } from '../../../src/render/svgNode.js';

describe('element tree serializer', () => {
  it('escapes text and attribute values and rounds numbers', () => {
    const tree = h('g', { class: 'a"b', x: 1.23456, hidden: false, skip: undefined }, h('text', {}, '<script>&</script>'));
    expect(serializeTree(tree)).toBe('<g class="a&quot;b" x="1.23"><text>&lt;script&gt;&amp;&lt;/script&gt;</text></g>');
  });

  it('never lets markup characters through', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const escaped = escapeXml(text);
      expect(escaped).not.toMatch(/[<>"']/);
      expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
    }));
  });
});
