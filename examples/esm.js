// The ESM build, resolved through the page's import map.
import { parseTimeline, renderTimeline } from 'diplomatic-timeline';

const container = document.getElementById('timeline');
const response = await fetch('data/us-china-diplomacy-2023-07.json');
const timeline = parseTimeline(await response.json());
window.timelineView = renderTimeline(container, timeline, { laneBy: 'country', referenceDate: timeline.sources[0].id });
