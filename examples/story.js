// A story page: renders any data set under data/ with the UMD bundle.
// The file is named in the address, `story.html?data=crisis-one-week.json`;
// only plain names (lower-case letters, digits and hyphens, ending in .json)
// are accepted, so the page can fetch nothing outside data/. `&locale=fr`
// shows the dates and the controls in another language (en, fr, de, es, zh).
const { renderTimeline } = window.diplomaticTimeline;
const container = document.getElementById('timeline');
const heading = document.getElementById('story-title');
const description = document.getElementById('story-description');
const siteName = 'diplomatic-timeline';

function showError(message) {
  const box = document.createElement('p');
  box.setAttribute('role', 'alert');
  box.textContent = message;
  container.replaceChildren(box);
}

const params = new URLSearchParams(window.location.search);
const name = params.get('data');
const locale = params.get('locale');

if (!name || !/^[a-z0-9-]+\.json$/.test(name)) {
  showError(name
    ? `"${name}" is not a data set name: use lower-case letters, digits and hyphens, ending in .json (for example ?data=crisis-one-week.json).`
    : 'No data set named: add ?data=NAME.json to the address (for example ?data=crisis-one-week.json).');
} else {
  fetch(`data/${name}`)
    .then((response) => {
      if (!response.ok) throw new Error(`data/${name} could not be loaded (${response.status})`);
      return response.json();
    })
    .then((json) => {
      const title = typeof json.title === 'string' && json.title.trim() ? json.title : name;
      heading.textContent = title;
      document.title = `${title} — ${siteName}`;
      if (typeof json.description === 'string' && json.description.trim()) description.textContent = json.description;
      const options = locale && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale) ? { locale } : {};
      if (options.locale) document.documentElement.lang = options.locale;
      window.timelineView = renderTimeline(container, json, options);
    })
    .catch((error) => showError(`The timeline could not be shown: ${error.message}`));
}
