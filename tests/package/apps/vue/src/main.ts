import { createApp } from 'vue';
import type { TimelineView } from 'diplomatic-timeline';
import App from './App.vue';

declare global {
  interface Window {
    harness: {
      selected: (string | undefined)[];
      zooms: { from: string; to: string }[];
      view(): TimelineView | null;
      addEvent(): void;
      hide(): void;
    };
  }
}

window.harness = { selected: [], zooms: [], view: () => null, addEvent: () => undefined, hide: () => undefined };

createApp(App).mount('#root');
