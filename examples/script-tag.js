// The UMD bundle defines window.diplomaticTimeline.
const { parseTimeline, renderTimeline } = window.diplomaticTimeline;

fetch('data/us-china-diplomacy-2023-07.json')
  .then((response) => response.json())
  .then((json) => {
    const timeline = parseTimeline(json);
    window.timelineView = renderTimeline(document.getElementById('timeline'), timeline, { laneBy: 'kind' });
  });
