// diplomatic-timeline on the bench: renderTimeline gets the raw document (the
// JSON as fetched), so its first render includes parseTimeline, as the other
// libraries' first render includes their own data ingestion. The renderer
// draws synchronously and is done when renderTimeline returns; zoomTo
// schedules its redraw, which the harness's two frames cover.
(() => {
  const library = window.diplomaticTimeline;
  let view;
  window.benchAdapter = {
    name: 'diplomatic-timeline',
    version: () => library.version ?? 'workspace build',
    prepare: (document) => document,
    async render(container, document) {
      // The stage's height, as the peers get it; lanes scroll beyond it.
      view = library.renderTimeline(container, document, { height: 700 });
    },
    async zoom(fromDay, toDay) {
      const { formatDay } = window.benchSupport;
      // zoomTo takes inclusive days; the window's end day is exclusive.
      view.zoomTo({ from: formatDay(fromDay), to: formatDay(toDay - 1) });
    },
    /** parseTimeline alone, for the report (not part of the comparison). */
    parseOnly(document) {
      const started = performance.now();
      const timeline = library.parseTimeline(document);
      return { ms: performance.now() - started, events: timeline.events.length };
    },
  };
})();
