/**
 * `diplomatic-timeline/vue`: the timeline as a Vue 3 component.
 *
 * @example
 * ```vue
 * <DiplomaticTimeline :timeline="json" :options="{ laneBy: 'country' }" @select="(event) => (selected = event)" />
 * ```
 */
import { defineComponent, h, onBeforeUnmount, onMounted, shallowRef, toRaw, watch } from 'vue';
import type { PropType } from 'vue';
import type { RenderOptions, TimelineEvent, TimelineView, TimelineViewEventMap } from 'diplomatic-timeline';
import { ViewBinding } from '../components/viewBinding.js';
import { watchForUndefinedElement } from '../element/undefinedWarning.js';

/** What a template ref to {@link DiplomaticTimeline} exposes. */
export interface DiplomaticTimelineExposed {
  /** The live view (for `zoomTo`, `select`, `on`); undefined before mount and after unmount. */
  readonly view: TimelineView | undefined;
}

/**
 * The timeline in a `<div>`. Props: `timeline` (a `Timeline` or a raw
 * document; a new object updates the view and keeps its window) and
 * `options` (equal contents change nothing, even edited in place). Emits
 * `select` (the event, or undefined) and `zoom` (`{ from, to }`). Invalid
 * data or options throw into Vue's error handling (`onErrorCaptured`,
 * `app.config.errorHandler`), and the view keeps its old picture.
 * Unmounting destroys the view, nodes, listeners and stylesheet included.
 */
export const DiplomaticTimeline = defineComponent({
  name: 'DiplomaticTimeline',
  props: {
    timeline: { type: null as unknown as PropType<unknown>, required: true },
    options: { type: Object as PropType<RenderOptions>, default: undefined },
  },
  emits: {
    select: (event: TimelineEvent | undefined) => event === undefined || typeof event === 'object',
    zoom: (range: TimelineViewEventMap['zoom']) => typeof range.from === 'string',
  },
  setup(props, { emit, expose }) {
    const container = shallowRef<HTMLDivElement>();
    const binding = new ViewBinding({
      select: ({ event }) => { emit('select', event); },
      zoom: (range) => { emit('zoom', range); },
    });
    const show = (): void => {
      // The view reads plain data: a reactive proxy would track every read.
      if (container.value) binding.show(container.value, toRaw(props.timeline), toRaw(props.options));
    };
    const exposed: DiplomaticTimelineExposed = {
      get view() {
        return binding.view;
      },
    };
    expose(exposed);
    onMounted(show);
    // Deep, so that options edited in place are seen; the binding compares contents and skips equal ones.
    watch(() => props.options, show, { deep: true });
    watch(() => props.timeline, show);
    onBeforeUnmount(() => { binding.destroy(); });
    return () => h('div', { ref: container });
  },
});

watchForUndefinedElement();
