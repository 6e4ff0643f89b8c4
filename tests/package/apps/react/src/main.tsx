import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { TimelineView } from 'diplomatic-timeline';
import { App } from './App';

declare global {
  interface Window {
    harness: {
      selected: (string | undefined)[];
      elementSelected: (string | undefined)[];
      zooms: { from: string; to: string }[];
      view(): TimelineView | null;
      addEvent(): void;
      hide(): void;
    };
  }
}

window.harness = { selected: [], elementSelected: [], zooms: [], view: () => null, addEvent: () => undefined, hide: () => undefined };

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
