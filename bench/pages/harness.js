// The in-page half of the benchmark, shared by every library's page. The
// library's adapter (window.benchAdapter, from the page's own script) says
// how to render, how to zoom and when the library reports it is done; this
// file does the timing, identically for all of them, with performance.now().
(() => {
  const stage = () => document.getElementById('stage');
  const state = { data: undefined, prepared: undefined, baselineHeap: undefined };

  /** Resolves after `count` animation frames: the frame is then painted. */
  const frames = (count) => new Promise((done) => {
    let left = count;
    const tick = () => {
      left -= 1;
      if (left <= 0) done();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });

  const collect = () => {
    if (typeof window.gc === 'function') window.gc();
  };
  const heap = () => (performance.memory ? performance.memory.usedJSHeapSize : null);

  /**
   * Time from `started` to two frames after the library is done. An adapter
   * that can only tell when it was done after waiting (vis-timeline) resolves
   * with `{ doneAt }`; its wait is left out and the two frames are added.
   */
  const timed = async (started, work) => {
    const outcome = await work;
    const resolvedAt = performance.now();
    await frames(2);
    const framesMs = performance.now() - resolvedAt;
    const doneAt = outcome && typeof outcome.doneAt === 'number' ? outcome.doneAt : resolvedAt;
    return doneAt - started + framesMs;
  };

  const adapter = () => {
    if (!window.benchAdapter) throw new Error('bench page: no window.benchAdapter');
    return window.benchAdapter;
  };

  window.benchHarness = {
    /** Fetches a data set and converts it; none of this is timed. */
    async load(url) {
      collect();
      state.baselineHeap = heap();
      const response = await fetch(url);
      if (!response.ok) throw new Error(`bench page: ${url} answered ${response.status}`);
      state.data = await response.json();
      state.prepared = adapter().prepare(state.data);
      state.data = undefined;
      return { library: adapter().name, version: adapter().version() };
    },

    /**
     * First render: from the call into the library until two animation
     * frames after the library reports it is done; then DOM nodes and heap.
     */
    async firstRender() {
      const input = state.prepared;
      // The harness lets go of the input, so the heap reading counts only what the library keeps.
      state.prepared = undefined;
      const started = performance.now();
      const ms = await timed(started, adapter().render(stage(), input));
      collect();
      return {
        ms,
        domNodes: document.getElementsByTagName('*').length,
        heapBytes: heap(),
        baselineHeapBytes: state.baselineHeap,
      };
    },

    /**
     * Programmatic zoom steps, each timed from the call to two animation
     * frames after the library reports it is done. Stops early once the
     * measured time (not the waiting, see `timed`) passes `capMs`.
     *
     * @param {{ fromDay: number, toDay: number }[]} windows
     * @param {number} capMs
     */
    async zoomSeries(windows, capMs) {
      const steps = [];
      let measured = 0;
      for (const window of windows) {
        if (measured > capMs) return { steps, completed: false };
        const started = performance.now();
        const ms = await timed(started, adapter().zoom(window.fromDay, window.toDay));
        steps.push(ms);
        measured += ms;
      }
      return { steps, completed: true };
    },

    /** The adapter's parse step alone, on the loaded data (libraries that have one). */
    parseOnly() {
      const parse = adapter().parseOnly;
      return parse ? parse(state.prepared) : null;
    },

    /** Nodes and heap now (after a collection). */
    footprint() {
      collect();
      return { domNodes: document.getElementsByTagName('*').length, heapBytes: heap() };
    },
  };

  /** Shared helpers for the adapters. */
  window.benchSupport = {
    frames,
    msPerDay: 86_400_000,
    /** `YYYY-MM-DD` of a day number, in UTC. */
    formatDay: (day) => new Date(day * 86_400_000).toISOString().slice(0, 10),
    /** Resolves on the first DOM change under `node` (a library that redraws later, in a timer). */
    nextMutation(node) {
      return new Promise((done) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          done();
        });
        observer.observe(node, { childList: true, subtree: true, attributes: true, characterData: true });
      });
    },
  };
})();
