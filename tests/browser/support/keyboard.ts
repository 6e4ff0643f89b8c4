// Keyboard walks shared by the browser tests: Tab into the timeline, then
// step through its events with an arrow key, noting which event has focus.
import type { Page } from 'playwright-core';

/** Presses Tab until a timeline item has focus (at most ten times). */
export async function tabToTimeline(page: Page): Promise<void> {
  for (let guard = 0; guard < 10; guard += 1) {
    if ((await page.evaluate(() => document.activeElement?.getAttribute('class') ?? '')).includes('dt-item')) return;
    await page.keyboard.press('Tab');
  }
}

/** The id of the event whose item has focus. */
export function focusedEvent(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
}

/** The event ids focused from the current one on, pressing `key` `steps` times. */
export async function walkFocus(page: Page, key: string, steps: number): Promise<(string | null | undefined)[]> {
  const visited = [await focusedEvent(page)];
  for (let i = 0; i < steps; i += 1) {
    await page.keyboard.press(key);
    visited.push(await focusedEvent(page));
  }
  return visited;
}
