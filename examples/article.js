// The article page: fetch the data set and render it with the UMD bundle.
const { renderTimeline } = window.diplomaticTimeline;
const container = document.getElementById('timeline');

function showError(message) {
  const box = document.createElement('p');
  box.setAttribute('role', 'alert');
  box.textContent = message;
  container.replaceChildren(box);
}

fetch('data/us-china-diplomacy-2023-07.json')
  .then((response) => {
    if (!response.ok) throw new Error(`the data set could not be loaded (${response.status})`);
    return response.json();
  })
  .then((document) => {
    window.timelineView = renderTimeline(container, document, {
      laneBy: 'country',
      referenceDate: document.sources[0].id,
    });
  })
  .catch((error) => showError(`The timeline could not be shown: ${error.message}`));
