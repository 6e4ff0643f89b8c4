/**
 * Puts the stylesheet in a document once, however many views it holds, and
 * takes it out when the last view is destroyed.
 */
import { timelineStyles } from './styles.js';

interface Installed {
  count: number;
  remove: () => void;
}

const installed = new WeakMap<Document, Installed>();

/**
 * Adds the timeline styles to `document` (a constructed sheet through
 * `adoptedStyleSheets` when supported, which a strict CSP allows; else a
 * `<style>` element) and returns a function that releases this use.
 */
export function useTimelineStyles(document: Document): () => void {
  let entry = installed.get(document);
  if (!entry) {
    entry = { count: 0, remove: install(document) };
    installed.set(document, entry);
  }
  entry.count += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const current = installed.get(document);
    if (!current) return;
    current.count -= 1;
    if (current.count === 0) {
      current.remove();
      installed.delete(document);
    }
  };
}

function install(document: Document): () => void {
  const view = document.defaultView;
  const SheetClass = view?.CSSStyleSheet;
  if (SheetClass && 'adoptedStyleSheets' in document && 'replaceSync' in SheetClass.prototype) {
    const sheet = new SheetClass();
    sheet.replaceSync(timelineStyles);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
    };
  }
  const style = document.createElement('style');
  style.dataset.diplomaticTimeline = '';
  style.textContent = timelineStyles;
  document.head.append(style);
  return () => {
    style.remove();
  };
}
