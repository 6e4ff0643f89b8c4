// What a reader sees when a timeline page opens, measured in the page the way
// ../shared/tools/legibility.mjs measures it: the timeline root's height, the
// event titles readable in full, the titles shown more than once, and whether
// the page scrolls sideways. Also the axe-core audit and the lane names of a
// large view that are in sight, so the legibility suite states each rule once.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One page's measurement. */
export interface Legibility {
  /** The timeline root's height in CSS pixels, rounded. */
  readonly height: number;
  /** How many titles were given. */
  readonly titles: number;
  /** How many of them are readable in full exactly once or more. */
  readonly readable: number;
  /** Titles not readable in full anywhere. */
  readonly missing: readonly string[];
  /** Titles readable in full more than once. */
  readonly twice: readonly string[];
  /** Whether the document is wider than the window (the page scrolls sideways). */
  readonly sideways: boolean;
}

/**
 * Measures the timeline on `page`. The root is the first of `rootSelector`,
 * `<diplomatic-timeline>`, `#root`, or the parent of the largest `<svg>`.
 * A title counts as readable when its whole text (whitespace ignored, hyphens
 * and dashes made equal, wrapped lines joined in document order) is in
 * visible text inside the root: `<svg><text>` within its `<svg>`'s box, or
 * HTML text that is not hidden. The accessible list (`<table>`) and
 * `aria-hidden` HTML do not count. One refinement over the shared tool: a
 * title that is part of a longer title is not counted again inside it.
 */
export async function measureLegibility(page: Page, titles: readonly string[], rootSelector?: string): Promise<Legibility> {
  const measured = await page.evaluate(([titleList, selector]) => {
    const area = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return rect.width * rect.height;
    };
    const svgs = [...document.querySelectorAll('svg')].sort((a, b) => area(b) - area(a));
    const root = (selector ? document.querySelector(selector) : null)
      ?? document.querySelector('diplomatic-timeline')
      ?? document.querySelector('#root')
      ?? svgs[0]?.parentElement;
    if (!root) return undefined;
    const rootRect = root.getBoundingClientRect();
    const seen = (rect: DOMRect) => rect.width >= 4 && rect.height >= 4 && rect.right > rootRect.left && rect.left < rootRect.right;
    // Hidden: an element up to the root with opacity 0, visibility hidden or display none.
    const invisible = (element: Element) => {
      for (let node: Element | null = element; node && node !== root.parentElement; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.opacity === '0' || style.visibility === 'hidden' || style.display === 'none') return true;
      }
      return false;
    };
    const parts: string[] = [];
    for (const text of root.querySelectorAll('svg text')) {
      const rect = text.getBoundingClientRect();
      const box = (text as SVGTextElement).ownerSVGElement?.getBoundingClientRect();
      if (seen(rect) && (!box || (rect.left >= box.left - 1 && rect.right <= box.right + 1)) && !invisible(text)) parts.push(text.textContent);
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('svg, table, [aria-hidden="true"], [hidden]')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if ([...range.getClientRects()].some(seen) && !invisible(parent)) parts.push(node.textContent ?? '');
    }
    const normalize = (text: string) => text.replace(/\s+/g, '').replace(/[\u2010-\u2015-]/g, '-');
    const all = normalize(parts.join(''));
    const occurrences = (haystack: string, needle: string) => {
      let count = 0;
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
      return count;
    };
    // A title inside another title ("Russia's war in Ukraine" in "China claims neutrality in
    // Russia's war in Ukraine") is found once more for each time the longer one is shown; those
    // finds are not its own. (The shared tool counts them, and would call the shorter one shown twice.)
    const normalized = titleList.map(normalize);
    const missing: string[] = [];
    const twice: string[] = [];
    normalized.forEach((title, i) => {
      let count = occurrences(all, title);
      normalized.forEach((other, j) => {
        if (j !== i && other !== title && other.includes(title)) count -= occurrences(all, other) * occurrences(other, title);
      });
      if (count <= 0) missing.push(titleList[i]!);
      else if (count > 1) twice.push(titleList[i]!);
    });
    return {
      height: Math.round(rootRect.height), missing, twice,
      sideways: document.documentElement.scrollWidth > window.innerWidth + 1,
    };
  }, [titles, rootSelector] as const);
  if (!measured) throw new Error(`No timeline root on ${page.url()} (looked for ${rootSelector ?? 'the default roots'}).`);
  return { ...measured, titles: titles.length, readable: titles.length - measured.missing.length };
}

/** The measurement as one line, in the shared tool's words. */
export function describeLegibility(label: string, m: Legibility): string {
  return `${label}: timeline ${m.height} px tall; ${m.readable}/${m.titles} titles readable in full; ${m.twice.length} shown more than once`
    + (m.sideways ? '; the page scrolls sideways' : '');
}

/** Lane names (`text.dt-lane-label`) a reader can see near the top of the plot. */
export interface LaneNamesInSight {
  /** Distinct lane names whose top is within the distance of the plot's top and that are visible. */
  readonly visible: readonly string[];
  /** Distinct lane names whose top is within the distance, visible or not (clipped by a scroll box, say). */
  readonly near: readonly string[];
  /** Distinct lane names drawn anywhere. */
  readonly drawn: readonly string[];
}

/**
 * The lane names whose top lies within `within` pixels of the top of the plot
 * (`svg.dt-plot`) and that are visible: not hidden by CSS, with a box, and
 * inside every ancestor that clips its overflow (a bounded view's scroll box).
 * The window does not count: the chart may start low on the page, and a
 * reader scrolls to it.
 */
export async function laneNamesInSight(page: Page, within: number): Promise<LaneNamesInSight> {
  return page.evaluate((distance) => {
    const plot = document.querySelector('svg.dt-plot');
    if (!plot) return { visible: [], near: [], drawn: [] };
    const plotTop = plot.getBoundingClientRect().top;
    const hidden = (element: Element) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.opacity === '0' || style.visibility === 'hidden' || style.display === 'none') return true;
      }
      return false;
    };
    const clipped = (element: Element, rect: DOMRect) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        if (node === document.documentElement || node === document.body) continue;
        const style = getComputedStyle(node);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const box = node.getBoundingClientRect();
        if (rect.bottom <= box.top || rect.top >= box.bottom || rect.right <= box.left || rect.left >= box.right) return true;
      }
      return false;
    };
    const visible = new Set<string>();
    const near = new Set<string>();
    const drawn = new Set<string>();
    for (const label of document.querySelectorAll('text.dt-lane-label')) {
      const name = label.textContent.trim();
      if (!name) continue;
      drawn.add(name);
      const rect = label.getBoundingClientRect();
      if (rect.top - plotTop > distance) continue;
      near.add(name);
      if (rect.width < 1 || rect.height < 1 || hidden(label) || clipped(label, rect)) continue;
      visible.add(name);
    }
    return { visible: [...visible], near: [...near], drawn: [...drawn] };
  }, within);
}

/** Runs axe-core on the whole document; one line per violation, with its targets. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP stays as served.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

/** Waits until the timeline under `root` is drawn and idle: no pending request, not busy, two frames painted, fonts loaded. */
export async function settleTimeline(page: Page, root: string, timeout = 30_000): Promise<void> {
  await page.waitForSelector(root, { timeout });
  await page.waitForLoadState('networkidle', { timeout });
  await page.waitForFunction((selector) => document.querySelector(selector)?.getAttribute('aria-busy') !== 'true', root, { timeout });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((done) => { requestAnimationFrame(() => { requestAnimationFrame(() => { done(); }); }); });
  });
}
