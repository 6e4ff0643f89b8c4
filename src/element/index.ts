/**
 * `<diplomatic-timeline src="events.json" lane-by="country">` — a custom
 * element that embeds a timeline in any page without writing code.
 *
 * The element reads its attributes, fetches `src` (the only network request
 * the library ever makes, and only to the URL it was given), renders with
 * {@link renderTimeline}, shows a readable error in place when the file is
 * missing or invalid, and removes everything it added when it leaves the page.
 *
 * The package is marked side-effect free, so with a bundler call
 * {@link defineTimelineElement} once; a plain `<script type="module">` import
 * of this entry point and the UMD bundle define the element on load.
 *
 * @example
 * ```js
 * import { defineTimelineElement } from 'diplomatic-timeline/element';
 * defineTimelineElement(); // <diplomatic-timeline> now works in this page
 * ```
 */
import { languageOf } from '../i18n/messages.js';
import { parseTimeline } from '../model/parse.js';
import { TimelineValidationError } from '../model/errors.js';
import type { Timeline } from '../model/timeline.js';
import { renderTimeline } from '../render/timeline.js';
import type { RenderOptions, TimelineView } from '../render/timeline.js';
import { defaultLocale } from '../time/format.js';

/** The attributes the element reads, and the render options they set. */
export const timelineElementAttributes = ['src', 'lane-by', 'theme', 'locale', 'reference-date'] as const;

const defaults = {
  name: 'diplomatic-timeline',
};

/** The element's public shape, for TypeScript users. */
export interface TimelineElement extends HTMLElement {
  /** The timeline on show, once loaded. Setting it renders it (and ignores `src`). */
  timeline: Timeline | undefined;
  /** The underlying view, for zoomTo/select/on. */
  readonly view: TimelineView | undefined;
  /** Resolves when the current `src` has loaded (or rejects with the error shown). */
  readonly ready: Promise<Timeline>;
}

type ElementOptions = Pick<RenderOptions, 'laneBy' | 'theme' | 'locale' | 'referenceDate'>;

function optionsFrom(element: HTMLElement): ElementOptions {
  const options: Record<string, string> = {};
  const laneBy = element.getAttribute('lane-by');
  const theme = element.getAttribute('theme');
  const locale = element.getAttribute('locale');
  const referenceDate = element.getAttribute('reference-date');
  if (laneBy !== null) options.laneBy = laneBy;
  if (theme !== null) options.theme = theme;
  if (locale !== null) options.locale = locale;
  if (referenceDate !== null) options.referenceDate = referenceDate;
  // The renderer normalizes options and rejects unknown values with a message
  // naming the allowed ones; that message is shown in place.
  return options;
}

/** The lines shown in place of the timeline, in the words of the element's locale (the problems themselves are in English). */
function describeError(error: unknown, src: string | null, element: HTMLElement): string[] {
  const language = languageOf(element.getAttribute('locale') ?? defaultLocale);
  if (error instanceof TimelineValidationError) {
    const lines = error.issues.slice(0, 8).map((issue) => `${issue.path}: ${issue.message}`);
    if (error.issues.length > 8) lines.push(language.text('error.more', { count: error.issues.length - 8 }));
    return [src ? language.text('error.invalidIn', { src }) : language.text('error.invalid'), ...lines];
  }
  const message = error instanceof Error ? error.message : String(error);
  return [src ? language.text('error.load', { src, message }) : language.text('error.show', { message })];
}

/**
 * The URL to fetch for `src`: only http(s) and blob URLs, so a hostile
 * attribute such as `javascript:…` or `data:…` is refused in place instead of
 * being handed to `fetch`.
 */
function dataURL(src: string, base: string): URL {
  const url = new URL(src, base);
  if (!['http:', 'https:', 'blob:'].includes(url.protocol)) {
    throw new Error(`only http(s) and blob URLs are loaded, not ${url.protocol}`);
  }
  return url;
}

/**
 * Builds the element class. A factory, so that importing this module in Node
 * (where `HTMLElement` does not exist) does not throw.
 */
export function createTimelineElementClass(base: typeof HTMLElement = HTMLElement): new () => TimelineElement {
  return class DiplomaticTimelineElement extends base implements TimelineElement {
    static get observedAttributes(): readonly string[] {
      return timelineElementAttributes;
    }

    #view: TimelineView | undefined;
    #timeline: Timeline | undefined;
    #ownTimeline = false;
    #abort: AbortController | undefined;
    #ready: Promise<Timeline> = Promise.reject(new Error('No timeline has been loaded yet.'));
    #host: HTMLDivElement | undefined;
    // Set in connectedCallback: during an upgrade, attributeChangedCallback
    // runs for every attribute first, and must not start a second fetch.
    #started = false;

    constructor() {
      super();
      // An unobserved rejection would be reported as unhandled.
      this.#ready.catch(() => undefined);
    }

    get view(): TimelineView | undefined {
      return this.#view;
    }

    get ready(): Promise<Timeline> {
      return this.#ready;
    }

    get timeline(): Timeline | undefined {
      return this.#timeline;
    }

    set timeline(next: Timeline | undefined) {
      this.#abort?.abort();
      this.#ownTimeline = next !== undefined;
      this.#timeline = next;
      if (next) {
        this.#ready = Promise.resolve(next);
        if (this.isConnected) this.#show(next);
      }
    }

    connectedCallback(): void {
      this.#started = true;
      if (this.#ownTimeline && this.#timeline) this.#show(this.#timeline);
      else this.#load();
    }

    disconnectedCallback(): void {
      this.#started = false;
      this.#abort?.abort();
      this.#abort = undefined;
      this.#clear();
    }

    attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
      if (!this.#started || previous === next) return;
      if (name === 'src') {
        if (!this.#ownTimeline) this.#load();
        return;
      }
      if (this.#view) {
        try {
          this.#view.update({ options: optionsFrom(this) });
        } catch (error) {
          this.#showError(describeError(error, null, this));
        }
      }
    }

    #load(): void {
      this.#abort?.abort();
      const src = this.getAttribute('src');
      if (!src) {
        this.#clear();
        return;
      }
      const abort = new AbortController();
      this.#abort = abort;
      this.setAttribute('aria-busy', 'true');
      let request: Promise<Response>;
      try {
        request = fetch(dataURL(src, this.ownerDocument.baseURI), { signal: abort.signal, credentials: 'same-origin' });
      } catch (error) {
        request = Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      this.#ready = request
        .then(async (response) => {
          if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
          const text = await response.text();
          let document: unknown;
          try {
            document = JSON.parse(text);
          } catch (error) {
            throw new Error(`the file is not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
          }
          return parseTimeline(document);
        })
        .then((timeline) => {
          if (abort.signal.aborted) return timeline;
          this.#timeline = timeline;
          this.#show(timeline);
          this.dispatchEvent(new CustomEvent('load', { detail: { timeline } }));
          return timeline;
        })
        .catch((error: unknown) => {
          if (!abort.signal.aborted) {
            this.#showError(describeError(error, src, this));
            this.dispatchEvent(new CustomEvent('error', { detail: { error } }));
          }
          throw error;
        })
        .finally(() => {
          if (this.#abort === abort) this.removeAttribute('aria-busy');
        });
      this.#ready.catch(() => undefined);
    }

    #show(timeline: Timeline): void {
      this.#clear();
      const host = this.ownerDocument.createElement('div');
      host.className = 'dt-element-host';
      this.append(host);
      this.#host = host;
      try {
        this.#view = renderTimeline(host, timeline, optionsFrom(this));
      } catch (error) {
        this.#showError(describeError(error, null, this));
      }
    }

    #showError(lines: readonly string[]): void {
      this.#clear();
      const box = this.ownerDocument.createElement('div');
      box.className = 'dt-element-error';
      box.setAttribute('role', 'alert');
      for (const line of lines) {
        const paragraph = this.ownerDocument.createElement('p');
        paragraph.textContent = line;
        box.append(paragraph);
      }
      this.append(box);
      this.#host = box;
    }

    #clear(): void {
      this.#view?.destroy();
      this.#view = undefined;
      this.#host?.remove();
      this.#host = undefined;
    }
  };
}

/**
 * Defines `<diplomatic-timeline>` (or another name) in a custom element
 * registry. Calling it again is harmless. Returns the element class.
 */
export function defineTimelineElement(
  name: string = defaults.name,
  registry?: CustomElementRegistry,
): (new () => TimelineElement) | undefined {
  // Node and old browsers have no registry: then nothing is defined.
  const target = registry ?? (globalThis as { customElements?: CustomElementRegistry }).customElements;
  if (!target) return undefined;
  const existing = target.get(name) as (new () => TimelineElement) | undefined;
  if (existing) return existing;
  const elementClass = createTimelineElementClass();
  target.define(name, elementClass);
  return elementClass;
}

// A plain module import in a browser defines the element at once.
if (typeof globalThis.customElements !== 'undefined' && typeof globalThis.HTMLElement !== 'undefined') {
  defineTimelineElement();
}
