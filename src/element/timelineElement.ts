/**
 * The `<diplomatic-timeline>` element's class, its typings, and the function
 * that defines it. Importing this module defines nothing; `./index.ts` (the
 * `diplomatic-timeline/element` entry) defines the element on load.
 *
 * Besides `load` and `error`, the element reports the view's events as
 * bubbling, composed `CustomEvent`s: `dt-select` (detail `{ event }`) and
 * `dt-zoom` (detail `{ from, to }`, `YYYY-MM-DD`).
 */
import { languageOf } from '../i18n/messages.js';
import { parseTimeline } from '../model/parse.js';
import { TimelineValidationError } from '../model/errors.js';
import { renderTimeline } from '../render/timeline.js';
import { defaultLocale } from '../time/format.js';
// Types come from the package's main entry, so that the element's
// declarations share the main entry's `Timeline` and `TimelineView` rather
// than carrying copies of their own.
import type { RenderOptions, Timeline, TimelineView, TimelineViewEventMap } from 'diplomatic-timeline';

/** The attributes the element reads, and the render options they set. */
export const timelineElementAttributes = ['src', 'lane-by', 'theme', 'locale', 'reference-date'] as const;

const defaults = {
  name: 'diplomatic-timeline',
};

/** The element's own events, on top of those of any HTML element. */
export interface TimelineElementEventMap extends HTMLElementEventMap {
  /** An event was selected (or the selection cleared: `event` is undefined). Bubbles, and crosses shadow roots. */
  'dt-select': CustomEvent<TimelineViewEventMap['select']>;
  /** The visible window changed: first and last visible day, `YYYY-MM-DD`. Bubbles, and crosses shadow roots. */
  'dt-zoom': CustomEvent<TimelineViewEventMap['zoom']>;
}

/**
 * The element's public shape, for TypeScript users.
 *
 * @example
 * ```ts
 * const element = document.querySelector('diplomatic-timeline'); // TimelineElement | null
 * element?.addEventListener('dt-select', (e) => console.log(e.detail.event?.title));
 * ```
 */
export interface TimelineElement extends HTMLElement {
  /** The timeline on show, once loaded. Setting it renders it (and ignores `src`). */
  timeline: Timeline | undefined;
  /** The underlying view, for zoomTo/select/on. */
  readonly view: TimelineView | undefined;
  /** Resolves when the current `src` has loaded (or rejects with the error shown). */
  readonly ready: Promise<Timeline>;
  addEventListener<K extends keyof TimelineElementEventMap>(type: K, listener: (this: TimelineElement, event: TimelineElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof TimelineElementEventMap>(type: K, listener: (this: TimelineElement, event: TimelineElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/**
 * The attributes of `<diplomatic-timeline>` in a Svelte 5 template, with
 * its events as `ondt-select` and `ondt-zoom`; other attributes (`class`,
 * `style`, `bind:this`, …) stay open as on any custom element.
 */
export type TimelineElementSvelteAttributes = {
  src?: string;
  'lane-by'?: string;
  theme?: string;
  locale?: string;
  'reference-date'?: string;
  'ondt-select'?: (event: TimelineElementEventMap['dt-select']) => void;
  'ondt-zoom'?: (event: TimelineElementEventMap['dt-zoom']) => void;
  [attribute: string]: unknown;
};

declare global {
  interface HTMLElementTagNameMap {
    'diplomatic-timeline': TimelineElement;
  }
  // Svelte 5 reads the elements a template may use from this namespace; without Svelte it is an unused empty namespace.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace svelteHTML {
    interface IntrinsicElements {
      'diplomatic-timeline': TimelineElementSvelteAttributes;
    }
  }
}

type ElementOptions = Pick<RenderOptions, 'laneBy' | 'theme' | 'locale' | 'referenceDate'>;

function optionsFrom(element: HTMLElement): ElementOptions {
  // An absent attribute is `undefined`, which `update` reads as "back to the
  // default": removing `reference-date` removes the line.
  const value = (name: string) => element.getAttribute(name) ?? undefined;
  // The renderer normalizes options and rejects unknown values with a message
  // naming the allowed ones; that message is shown in place.
  return {
    laneBy: value('lane-by') as ElementOptions['laneBy'],
    theme: value('theme') as ElementOptions['theme'],
    locale: value('locale'),
    referenceDate: value('reference-date'),
  };
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
        const view = renderTimeline(host, timeline, optionsFrom(this));
        this.#view = view;
        view.on('select', (detail) => { this.#announce('dt-select', detail); });
        view.on('zoom', (detail) => { this.#announce('dt-zoom', detail); });
      } catch (error) {
        this.#showError(describeError(error, null, this));
      }
    }

    #announce<K extends 'select' | 'zoom'>(type: `dt-${K}`, detail: TimelineViewEventMap[K]): void {
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
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
