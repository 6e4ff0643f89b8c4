/**
 * Puts the stylesheet in the root a container is drawn in — its document,
 * or the shadow root it sits in, which a document's styles do not reach —
 * once, however many views that root holds, and takes it out when the last
 * of them is destroyed.
 */
import { timelineStyles } from './styles.js';

/** Where styles apply: a document, or a shadow root. */
export type StyleRoot = Document | ShadowRoot;

interface Installed {
  count: number;
  remove: () => void;
}

const installed = new WeakMap<StyleRoot, Installed>();

/**
 * The root whose styles reach `container`: the shadow root it sits in, else
 * its document (also for a container not yet in the page, whose root node
 * is its own detached tree). Node types, not `instanceof`, so a container
 * from another window (an iframe, jsdom) is read right.
 */
export function styleRootOf(container: Node): StyleRoot {
  const root = container.getRootNode();
  if (root.nodeType === 9) return root as Document;
  if (root.nodeType === 11 && 'host' in root) return root as ShadowRoot;
  return container.ownerDocument!;
}

/**
 * Adds the timeline styles to the root `container` is drawn in (a
 * constructed sheet through `adoptedStyleSheets` when supported, which a
 * strict CSP allows; else a `<style>` element, in the shadow root or the
 * document's head) and returns a function that releases this use.
 */
export function useTimelineStyles(container: Node): () => void {
  const root = styleRootOf(container);
  let entry = installed.get(root);
  if (!entry) {
    entry = { count: 0, remove: install(root) };
    installed.set(root, entry);
  }
  entry.count += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const current = installed.get(root);
    if (!current) return;
    current.count -= 1;
    if (current.count === 0) {
      current.remove();
      installed.delete(root);
    }
  };
}

function install(root: StyleRoot): () => void {
  const document = root.nodeType === 9 ? root as Document : (root as ShadowRoot).ownerDocument;
  // The sheet must come from the root's own window: a constructed sheet is adopted only in its own realm.
  const SheetClass = document.defaultView?.CSSStyleSheet;
  if (SheetClass && 'adoptedStyleSheets' in root && 'replaceSync' in SheetClass.prototype) {
    const sheet = new SheetClass();
    sheet.replaceSync(timelineStyles);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
    };
  }
  const style = document.createElement('style');
  style.dataset.diplomaticTimeline = '';
  style.textContent = timelineStyles;
  // A document without a head (an XML one) takes the style in its root element.
  const head = document.head as HTMLHeadElement | null;
  if (root.nodeType === 9) (head ?? document.documentElement).append(style);
  else root.append(style);
  return () => {
    style.remove();
  };
}
