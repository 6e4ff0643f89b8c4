/**
 * What examples/test/hardening.js puts on `window.hardening`, for the
 * Chromium suites that drive it (declared once, here).
 */
export interface HardeningPage {
  /** Renders a document (replacing the one on show); 'ok' or 'error: …'. */
  render(document: unknown, options: Record<string, unknown>): string;
  select(id: string): void;
  zoomTo(range: { from: string; to: string }): void;
  destroy(): void;
  /** Create, update, zoom and destroy `count` times; returns the nodes left in the container. */
  cycles(count: number, document: unknown, other: unknown): number;
  /** Adds a <diplomatic-timeline>; resolves to 'loaded' or 'failed: …'. */
  addElement(attributes: Record<string, string>): Promise<string>;
  removeElements(): void;
}

declare global {
  interface Window {
    hardening: HardeningPage;
  }
}
