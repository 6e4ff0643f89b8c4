// vis-timeline on the bench. Items come as plain objects with Date starts and
// ends (converted before timing); the Timeline constructor copies them into
// its DataSet, which is part of the timed first render. Done = the documented
// `onInitialDrawComplete` callback (fired after the first full draw); a zoom
// step is done on the `changed` event, which vis fires after each redraw.
(() => {
  let timeline;
  window.benchAdapter = {
    name: 'vis-timeline',
    version: () => (window.vis && window.vis.Timeline && window.vis.version) || 'standalone',
    prepare: ({ groups, items }) => ({
      groups,
      items: items.map((item) => ({ ...item, start: new Date(item.start), end: item.end === undefined ? undefined : new Date(item.end) })),
    }),
    render(container, { groups, items }) {
      return new Promise((done) => {
        timeline = new window.vis.Timeline(container, items, groups, {
          stack: true,
          height: '700px',
          verticalScroll: true,
          onInitialDrawComplete: done,
        });
      });
    },
    zoom(fromDay, toDay) {
      const { msPerDay } = window.benchSupport;
      return new Promise((done) => {
        const changed = () => {
          timeline.off('changed', changed);
          done();
        };
        timeline.on('changed', changed);
        timeline.setWindow(new Date(fromDay * msPerDay), new Date(toDay * msPerDay), { animation: false });
      });
    },
  };
})();
