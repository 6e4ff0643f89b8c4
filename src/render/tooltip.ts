/**
 * The tooltip of the interactive view: an event's title, date and kind,
 * placed under the mark it describes and kept inside the view.
 */
import type { Language } from '../i18n/messages.js';
import type { TimelineLayout } from '../layout/computeLayout.js';
import { spanOf } from '../layout/computeLayout.js';
import type { DayScale } from '../layout/dayScale.js';
import { itemGeometry } from '../layout/itemGeometry.js';
import type { TimelineEvent } from '../model/types.js';
import { describeForLabel } from './dateText.js';
import { kindText, statusText } from './eventText.js';
import { itemMetrics, sizes } from './sizes.js';

/** What a tooltip hangs from: an item's element, or a box on screen (a mark drawn on the canvas). */
export type TooltipAnchor = SVGGElement | { readonly left: number; readonly bottom: number };

/** Fills the tooltip for `event` and shows it under its anchor, inside `root`. */
export function showTooltip(tooltip: HTMLElement, root: HTMLElement, event: TimelineEvent, anchor: TooltipAnchor, language: Language): void {
  const doc = tooltip.ownerDocument;
  const line = (className: string, text: string) => {
    const div = doc.createElement('div');
    div.className = className;
    div.textContent = text;
    return div;
  };
  tooltip.replaceChildren(
    line('dt-tooltip-title', event.title),
    line('dt-tooltip-date', describeForLabel(event.when, language)),
    line('dt-tooltip-meta', language.text('event.tooltipMeta', { kind: kindText(event.kind, language), status: statusText(event.status, language) })));
  tooltip.hidden = false;
  const rootBox = root.getBoundingClientRect();
  const box = 'querySelector' in anchor ? (anchor.querySelector('.dt-hit') ?? anchor).getBoundingClientRect() : anchor;
  const tooltipWidth = tooltip.offsetWidth || 240;
  const left = Math.max(0, Math.min(box.left - rootBox.left, rootBox.width - tooltipWidth - 4));
  const below = box.bottom - rootBox.top + 4;
  tooltip.style.setProperty('left', `${Math.round(left)}px`);
  tooltip.style.setProperty('top', `${Math.round(below)}px`);
}

/** Where a placement's mark is on screen, for the tooltip of a mark drawn on the canvas. */
export function markAnchor(layout: TimelineLayout, scale: DayScale, placement: number, plotBox: { readonly left: number; readonly top: number }): TooltipAnchor {
  const geometry = itemGeometry(spanOf(layout, layout.placements.event[placement]!), scale, itemMetrics);
  return { left: plotBox.left + geometry.bandX0, bottom: plotBox.top + layout.placements.top[placement]! + sizes.rowHeight - 4 };
}
