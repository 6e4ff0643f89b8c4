// timelines-chart on the bench, with animations off. The chart (a kapsule
// component) draws in a debounced update a timer after the call returns, and
// has no "drawn" callback; done = the first DOM change in the chart after the
// call (that update), for the first render and for each zoomX step.
(() => {
  let chart;
  window.benchAdapter = {
    name: 'timelines-chart',
    version: () => 'dist',
    prepare: (groups) => groups.map((group) => ({
      group: group.group,
      data: group.data.map((line) => ({
        label: line.label,
        data: line.data.map((segment) => ({ timeRange: [new Date(segment.timeRange[0]), new Date(segment.timeRange[1])], val: segment.val })),
      })),
    })),
    async render(container, data) {
      chart = window.TimelinesChart().enableAnimations(false).useUtc(true).zQualitative(true)
        .width(1200).maxHeight(700).data(data);
      chart(container);
      await window.benchSupport.nextMutation(container);
    },
    async zoom(fromDay, toDay) {
      const { msPerDay, nextMutation } = window.benchSupport;
      const container = document.getElementById('stage');
      const changed = nextMutation(container);
      chart.zoomX([new Date(fromDay * msPerDay), new Date(toDay * msPerDay)]);
      await changed;
    },
  };
})();
