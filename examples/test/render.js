// The renderer test page: renders a data set with options from the query
// string (data, laneBy, theme, referenceDate) and exposes the view as
// window.timelineView for the browser tests.
const { renderTimeline } = window.diplomaticTimeline;
const params = new URLSearchParams(window.location.search);
const data = params.get('data') === 'fixture' ? 'render-fixture.json' : '../data/us-china-diplomacy-2023-07.json';
const status = document.getElementById('status');

fetch(data)
  .then((response) => {
    if (!response.ok) throw new Error(`the data could not be loaded (${response.status})`);
    return response.json();
  })
  .then((json) => {
    const options = { theme: params.get('theme') ?? 'auto', laneBy: params.get('laneBy') ?? 'country' };
    const reference = params.get('referenceDate') ?? json.sources?.[0]?.id;
    if (reference) options.referenceDate = reference;
    window.timelineView = renderTimeline(document.getElementById('timeline'), json, options);
    window.timelineEvents = [];
    window.timelineView.on('zoom', (detail) => window.timelineEvents.push(['zoom', detail]));
    window.timelineView.on('select', ({ event }) => window.timelineEvents.push(['select', event?.id]));
    document.body.dataset.ready = 'true';
  })
  .catch((error) => {
    status.textContent = `The timeline could not be shown: ${error.message}`;
    document.body.dataset.ready = 'error';
  });
