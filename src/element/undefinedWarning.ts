/**
 * A console warning for a page that uses `<diplomatic-timeline>` but never
 * defines it (the element then stays an empty, inert tag).
 *
 * Only code that runs can notice: markup alone runs nothing of ours. The
 * React and Vue entries — whose typings invite `<diplomatic-timeline>` in
 * JSX and templates — start this watch when they load, outside production
 * builds. It watches the document until the element is defined, or until it
 * has warned once, and costs nothing after that.
 */

// Bundlers replace `process.env.NODE_ENV`; in a page without one it is missing.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

const defaults = {
  name: 'diplomatic-timeline',
  /** How long an undefined element may wait for its definition (a lazily loaded chunk, say) before the warning. */
  graceMs: 1000,
};

let watching = false;

function isProduction(): boolean {
  try {
    return process.env.NODE_ENV === 'production';
  } catch {
    return false;
  }
}

/** The warning, exactly as logged. */
export const undefinedElementWarning =
  `<${defaults.name}> is in the page but was never defined, so it shows nothing. `
  + `Call defineTimelineElement() from 'diplomatic-timeline/element' once (or import that module).`;

/**
 * Starts the watch in this page (once; later calls do nothing). Does
 * nothing in production builds, outside a browser, or when the element is
 * already defined.
 */
export function watchForUndefinedElement(): void {
  if (watching || isProduction()) return;
  const { customElements, document, MutationObserver } = globalThis as Partial<typeof globalThis>;
  if (!customElements || !document || !MutationObserver) return;
  if (customElements.get(defaults.name)) return;
  watching = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = (): void => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  const check = (): void => {
    if (timer !== undefined || !document.querySelector(`${defaults.name}:not(:defined)`)) return;
    timer = setTimeout(() => {
      stop();
      if (!customElements.get(defaults.name)) console.warn(undefinedElementWarning);
    }, defaults.graceMs);
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  void customElements.whenDefined(defaults.name).then(stop);
  check();
}
