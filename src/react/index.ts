/**
 * `diplomatic-timeline/react`: the timeline as a React 19 component, and
 * the JSX typings of `<diplomatic-timeline>`.
 *
 * @example
 * ```tsx
 * import { DiplomaticTimeline } from 'diplomatic-timeline/react';
 * <DiplomaticTimeline timeline={json} options={{ laneBy: 'country' }} onSelect={(event) => setSelected(event)} />
 * ```
 */
import { createElement, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { CSSProperties, DetailedHTMLProps, HTMLAttributes, ReactElement, Ref } from 'react';
import type { RenderOptions, Timeline, TimelineEvent, TimelineView, TimelineViewEventMap } from 'diplomatic-timeline';
import type { TimelineElement, TimelineElementEventMap } from 'diplomatic-timeline/element';
import { ViewBinding } from '../components/viewBinding.js';
import { defineTimelineElement as defineElement } from '../element/timelineElement.js';
import { watchForUndefinedElement } from '../element/undefinedWarning.js';

/** The props of {@link DiplomaticTimeline}. */
export interface DiplomaticTimelineProps {
  /** A `Timeline`, or a raw document (parsed with `parseTimeline`). A new object updates the view and keeps its window. */
  readonly timeline: unknown;
  /** Render options. An object equal to the previous one (functions compared by identity) changes nothing. */
  readonly options?: RenderOptions | undefined;
  /** An event was selected; `undefined` when the selection was cleared. */
  readonly onSelect?: ((event: TimelineEvent | undefined) => void) | undefined;
  /** The visible window changed: first and last visible day, `YYYY-MM-DD`. */
  readonly onZoom?: ((range: TimelineViewEventMap['zoom']) => void) | undefined;
  /**
   * Invalid data or options. Given, the error is passed here and the view
   * keeps its old picture (or shows nothing if it never rendered); without
   * it, the error is thrown to the nearest error boundary.
   */
  readonly onError?: ((error: unknown) => void) | undefined;
  /** Class of the container `<div>`. */
  readonly className?: string | undefined;
  /** Style of the container `<div>`. */
  readonly style?: CSSProperties | undefined;
  /** Receives the live `TimelineView` (for `zoomTo`, `select`, `on`), `null` once unmounted. */
  readonly ref?: Ref<TimelineView | null> | undefined;
}

/**
 * The timeline in a `<div>`. New data updates the view in place; equal
 * options leave it alone; unmounting destroys it, nodes, listeners and
 * stylesheet included. Works under `<StrictMode>`.
 */
export function DiplomaticTimeline(props: DiplomaticTimelineProps): ReactElement {
  const { timeline, options, className, style, ref } = props;
  const container = useRef<HTMLDivElement>(null);
  // The latest callbacks, read when the view reports: a new callback never rebuilds the view.
  const callbacks = useRef(props);
  const binding = useRef<ViewBinding>(undefined);
  binding.current ??= new ViewBinding({
    select: ({ event }) => { callbacks.current.onSelect?.(event); },
    zoom: (range) => { callbacks.current.onZoom?.(range); },
  });

  useLayoutEffect(() => {
    callbacks.current = props;
  });

  useLayoutEffect(() => {
    const host = container.current;
    if (!host || !binding.current) return;
    try {
      binding.current.show(host, timeline, options);
    } catch (error) {
      const onError = callbacks.current.onError;
      if (!onError) throw error;
      onError(error);
    }
  }, [timeline, options]);

  useLayoutEffect(() => () => { binding.current?.destroy(); }, []);

  useImperativeHandle<TimelineView | null, TimelineView | null>(ref, () => binding.current?.view ?? null);

  return createElement('div', { ref: container, className, style });
}

/**
 * Defines `<diplomatic-timeline>` (see `diplomatic-timeline/element`),
 * re-exported here so that a React app using the element in JSX gets its
 * typings from the same import.
 */
export const defineTimelineElement: (name?: string, registry?: CustomElementRegistry) => (new () => TimelineElement) | undefined = defineElement;

/**
 * The props of `<diplomatic-timeline>` in JSX: its attributes, its
 * `timeline` property, and its events as `ondt-select` / `ondt-zoom`
 * (React 19 passes a custom element's `on…` function props to
 * `addEventListener` under the name that follows `on`).
 */
export type TimelineElementJSXProps = DetailedHTMLProps<HTMLAttributes<TimelineElement>, TimelineElement> & {
  timeline?: Timeline | undefined;
  'ondt-select'?: ((event: TimelineElementEventMap['dt-select']) => void) | undefined;
  'ondt-zoom'?: ((event: TimelineElementEventMap['dt-zoom']) => void) | undefined;
  src?: string | undefined;
  'lane-by'?: string | undefined;
  theme?: string | undefined;
  locale?: string | undefined;
  'reference-date'?: string | undefined;
};

/** The element's events, for listeners added through a ref. */
export type { TimelineElementEventMap };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'diplomatic-timeline': TimelineElementJSXProps;
    }
  }
}

watchForUndefinedElement();
