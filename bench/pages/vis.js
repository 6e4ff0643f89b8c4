// vis-timeline on the bench. Items come as plain objects with Date starts and
// ends (converted before timing); the Timeline constructor copies them into
// its DataSet, which is part of the timed first render. Done = the documented
// `onInitialDrawComplete` callback; a zoom step is done on the `changed`
// event, which vis fires after each redraw. But vis keeps redrawing after
// that: after its first draw it fits the window, and draws the fitted view
// only about a second later, in a deferred redraw. So "done" is the last
// `changed` event before vis stays quiet for `quietMs`; the adapter reports
// that moment as `doneAt`, and the harness times to it plus two frames (the
// quiet wait itself is not counted).
(() => {
  let timeline;
  const quietMs = 1500;
  /** Waits until no `changed` event came for `quietMs`; resolves with the time of the last one. */
  const settled = (first) => new Promise((done) => {
    let last = first;
    let timer;
    const finish = () => {
      timeline.off('changed', changed);
      done({ doneAt: last });
    };
    const changed = () => {
      last = performance.now();
      clearTimeout(timer);
      timer = setTimeout(finish, quietMs);
    };
    timeline.on('changed', changed);
    timer = setTimeout(finish, quietMs);
  });
  window.benchAdapter = {
    name: 'vis-timeline',
    version: () => (window.vis && window.vis.Timeline && window.vis.version) || 'standalone',
    prepare: ({ groups, items }) => ({
      groups,
      // A box has no `end` key at all: vis reads a present but undefined end as a date when fitting the window.
      items: items.map((item) => (item.end === undefined
        ? { ...item, start: new Date(item.start) }
        : { ...item, start: new Date(item.start), end: new Date(item.end) })),
    }),
    render(container, { groups, items }) {
      return new Promise((done) => {
        timeline = new window.vis.Timeline(container, items, groups, {
          stack: true,
          height: '700px',
          verticalScroll: true,
          onInitialDrawComplete: () => done(performance.now()),
        });
      }).then(settled);
    },
    /** The visible window, for checks. */
    window: () => timeline.getWindow(),
    zoom(fromDay, toDay) {
      const { msPerDay } = window.benchSupport;
      return new Promise((done) => {
        const changed = () => {
          timeline.off('changed', changed);
          done(performance.now());
        };
        timeline.on('changed', changed);
        timeline.setWindow(new Date(fromDay * msPerDay), new Date(toDay * msPerDay), { animation: false });
      }).then(settled);
    },
  };
})();
