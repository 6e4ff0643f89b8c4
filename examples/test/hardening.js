// The hardening test page: the browser tests drive the library through
// window.hardening (render hostile data, run lifecycle cycles, add custom
// elements) and read back what the page shows. No inline script: the page is
// served under the strict Content-Security-Policy.
const { renderTimeline } = window.diplomaticTimeline;
const container = document.getElementById('timeline');
const elements = document.getElementById('elements');
let view;

window.hardening = {
  /** Renders a document (or replaces the one on show) and reports how it went. */
  render(document, options) {
    view?.destroy();
    view = undefined;
    try {
      view = renderTimeline(container, document, options);
      return 'ok';
    } catch (error) {
      return `error: ${error.message}`;
    }
  },
  select(id) {
    view.select(id);
  },
  zoomTo(range) {
    view.zoomTo(range);
  },
  destroy() {
    view?.destroy();
    view = undefined;
  },
  /** Create, update, zoom and destroy `count` times; the view is gone afterwards. */
  cycles(count, document, other) {
    view?.destroy();
    view = undefined;
    for (let i = 0; i < count; i += 1) {
      const cycleView = renderTimeline(container, document, { laneBy: i % 2 === 0 ? 'actor' : 'country' });
      cycleView.on('zoom', () => undefined);
      cycleView.update({ timeline: other });
      cycleView.zoomTo({ from: '2023-06-01', to: '2023-07-20' });
      cycleView.update({ options: { theme: i % 2 === 0 ? 'dark' : 'light' } });
      cycleView.destroy();
    }
    return container.childNodes.length;
  },
  /** Adds a <diplomatic-timeline> with the given attributes; resolves when it has loaded or failed. */
  addElement(attributes) {
    const element = document.createElement('diplomatic-timeline');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    elements.append(element);
    return element.ready.then(() => 'loaded', (error) => `failed: ${error.message}`);
  },
  removeElements() {
    elements.replaceChildren();
  },
};

document.body.dataset.ready = 'true';
