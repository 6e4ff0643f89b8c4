// 100,000 generated events in the interactive timeline. The generator is the
// benchmark's (bench/generate.mjs re-exports examples/generate.js), so this
// page shows exactly what `npm run bench` measures at 100k.
import { generateDocument, generatedExtent } from './generate.js';

const { renderTimeline } = window.diplomaticTimeline;
const frame = document.getElementById('timeline');
const status = document.getElementById('status');
const countSelect = document.getElementById('count');
const extent = generatedExtent();
const msPerDay = 86_400_000;
const isoDay = (day) => new Date(day * msPerDay).toISOString().slice(0, 10);

let view;
let centre = (extent.firstDay + extent.lastDay + 1) / 2;

const nextFrame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

function show(count) {
  view?.destroy();
  status.textContent = `Generating ${count.toLocaleString('en-GB')} events…`;
  // Let the status paint before the work starts.
  return nextFrame().then(() => {
    const generateStart = performance.now();
    const document = generateDocument(count);
    const generated = performance.now() - generateStart;
    const renderStart = performance.now();
    view = renderTimeline(frame, document, { height: 640 });
    view.on('zoom', ({ from, to }) => {
      centre = (Date.parse(`${from}T00:00:00Z`) / msPerDay + Date.parse(`${to}T00:00:00Z`) / msPerDay + 1) / 2;
    });
    window.timelineView = view;
    return nextFrame().then(() => {
      const rendered = performance.now() - renderStart;
      status.textContent = `${count.toLocaleString('en-GB')} events: generated in ${generated.toFixed(0)} ms, `
        + `parsed and drawn in ${rendered.toFixed(0)} ms.`;
    });
  });
}

/** Shows `days` days around the middle of the current view. */
function zoomToDays(days) {
  const from = Math.max(extent.firstDay, Math.round(centre - days / 2));
  view?.zoomTo({ from: isoDay(from), to: isoDay(from + days - 1) });
}

document.getElementById('controls').addEventListener('click', (event) => {
  const button = event.target.closest('button[data-days]');
  if (button) zoomToDays(Number(button.dataset.days));
});
countSelect.addEventListener('change', () => {
  show(Number(countSelect.value));
});

// `?count=1000` (or 10000) starts smaller: handy on slow devices and in tests.
const requested = new URLSearchParams(window.location.search).get('count');
if (requested && [...countSelect.options].some((option) => option.value === requested)) countSelect.value = requested;

show(Number(countSelect.value)).catch((error) => {
  status.textContent = `Could not draw the timeline: ${error.message}`;
});
