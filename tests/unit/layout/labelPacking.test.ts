// Labels at story scale, on generated documents of up to 50 events at widths
// 320–1600 (horizontal): every event has exactly one label and it shows the
// whole title; no two labels overlap, and no label covers another item's mark.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanOf } from '../../../src/layout/computeLayout.js';
import { itemGeometry } from '../../../src/layout/itemGeometry.js';
import { labelMetrics } from '../../../src/layout/labelGeometry.js';
import { titleShapes } from '../../../src/layout/labelPacking.js';
import { estimateTextWidth } from '../../../src/layout/textWidth.js';
import { parseTimeline } from '../../../src/model/parse.js';
import { normalizeRenderOptions } from '../../../src/render/options.js';
import type { ElementNode, TreeNode } from '../../../src/render/svgNode.js';
import { drawItems } from '../../../src/render/scene.js';
import { itemMetrics } from '../../../src/render/sizes.js';
import { buildViewModel } from '../../../src/render/viewModel.js';
import { timelineDocument } from '../../hardening/arbitraries.js';

const words = ['talks', 'in', 'Jakarta', 'Blinken', 'and', 'Wang', 'Yi', 'hold', 'the', 'summit', 'of', 'NATO', 'leaders', 'Security', 'Council', 'agreement', 'sanctions', 'on', 'visit', 'by', 'a', 'Foreign', 'Minister', 'Qin', 'Gang', 'declines', 'to', 'attend'];
const title = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }).map((list) => list.join(' '));

interface Box { x0: number; x1: number; y0: number; y1: number; event: string }

function texts(node: TreeNode): ElementNode[] {
  if (typeof node === 'string') return [];
  return node.tag === 'text' ? [node] : node.children.flatMap(texts);
}

const squeeze = (text: string) => text.replace(/\s+/g, '');
const textOf = (node: ElementNode) => node.children.map((child) => (typeof child === 'string' ? child : '')).join('');

describe('labels at story scale', () => {
  it('label every event once, in full, and never overlap', () => {
    fc.assert(fc.property(timelineDocument({ maxEvents: 50, maxActors: 8, text: title }), fc.integer({ min: 320, max: 1600 }), fc.boolean(),
      (document, width, compressed) => {
        const timeline = parseTimeline(document);
        const options = normalizeRenderOptions({ width, orientation: 'horizontal', scale: compressed ? 'compressed' : 'time' });
        const model = buildViewModel(timeline, options, width);
        const { layout } = model;
        const frame = { scale: model.initialScale, selected: -1, focusable: -1 };
        const settings = { idPrefix: 't-', locale: options.locale, language: model.language, labels: true, maxLabelWidth: options.maxLabelWidth, titles: false, interactive: false, detailLimit: options.detailLimit };
        const { items } = drawItems(layout, frame, settings);
        const labelsOf = new Map<string, number>();
        const boxes: Box[] = [];
        for (const item of items) {
          const event = layout.events[layout.placements.event[item.placement]!]!;
          if (!item.label) continue;
          labelsOf.set(event.id, (labelsOf.get(event.id) ?? 0) + 1);
          const lines = texts(item.label).filter((node) => node.attributes.class === 'dt-label-title');
          expect(squeeze(lines.map(textOf).join('')), event.id).toBe(squeeze(event.title));
          for (const node of texts(item.label)) {
            const text = textOf(node);
            const size = node.attributes.class === 'dt-label-title' ? labelMetrics.titleSize : labelMetrics.dateSize;
            const w = estimateTextWidth(text, size);
            const x = Number(node.attributes.x), y = Number(node.attributes.y);
            const x0 = node.attributes['text-anchor'] === 'end' ? x - w : x;
            boxes.push({ x0, x1: x0 + w, y0: y - size + 2, y1: y + 3, event: event.id });
          }
        }
        // Exactly one label per event.
        for (const event of layout.events) expect(labelsOf.get(event.id), event.id).toBe(1);
        // Label lines of different events never overlap.
        for (let i = 0; i < boxes.length; i += 1) {
          for (let j = i + 1; j < boxes.length; j += 1) {
            const a = boxes[i]!, b = boxes[j]!;
            if (a.event === b.event) continue;
            const overlap = a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
            expect(overlap, `${a.event} and ${b.event}`).toBe(false);
          }
        }
        // No label covers another event's mark.
        for (const item of items) {
          const p = item.placement;
          const e = layout.placements.event[p]!;
          const g = itemGeometry(spanOf(layout, e), frame.scale, itemMetrics);
          const cy = layout.placements.top[p]! + labelMetrics.markY;
          for (const box of boxes) {
            if (box.event === layout.events[e]!.id) continue;
            const covers = box.x0 < g.drawnX1 - 1 && box.x1 > g.bandX0 + 1 && box.y0 < cy + 4 && box.y1 > cy - 4;
            expect(covers, `${box.event} over ${layout.events[e]!.id}`).toBe(false);
          }
        }
      }), { numRuns: 60 });
  });

  it('wraps a title to at most three lines and keeps every word', () => {
    fc.assert(fc.property(title, fc.integer({ min: 40, max: 400 }), (text, width) => {
      for (const shape of titleShapes(text, width)) {
        expect(shape.lines.length).toBeLessThanOrEqual(3);
        if (!shape.lines[shape.lines.length - 1]!.endsWith('…')) expect(squeeze(shape.lines.join(''))).toBe(squeeze(text));
      }
    }));
  });

  it('labels a multi-party event once, and in every lane with labelEvery', () => {
    const document = {
      title: 'Eight parties',
      actors: ['ir', 'us', 'cn', 'fr', 'de', 'ru', 'gb', 'eu'].map((id) => ({ id, name: `Party ${id}`, kind: 'state', country: id === 'eu' ? 'BE' : id.toUpperCase() === 'GB' ? 'GB' : id.toUpperCase() })),
      events: [{ id: 'deal', title: 'Joint Comprehensive Plan of Action concluded in Vienna', kind: 'agreement', when: '2015-07-14', participants: ['ir', 'us', 'cn', 'fr', 'de', 'ru', 'gb', 'eu'].map((actor) => ({ actor })) }],
    };
    const timeline = parseTimeline(document);
    for (const labelEvery of [false, true]) {
      const options = normalizeRenderOptions({ width: 900, orientation: 'horizontal', labelEvery });
      const model = buildViewModel(timeline, options, 900);
      const settings = { idPrefix: 't-', locale: options.locale, language: model.language, labels: true, maxLabelWidth: options.maxLabelWidth, titles: false, interactive: false, detailLimit: options.detailLimit };
      const { items } = drawItems(model.layout, { scale: model.initialScale, selected: -1, focusable: -1 }, settings);
      expect(items).toHaveLength(8);
      expect(items.filter((item) => item.label).length).toBe(labelEvery ? 8 : 1);
    }
  });
});
