// Render the article's timeline to a static SVG from Node, no browser needed:
//   node examples/node/render.mjs > timeline.svg
import { readFile } from 'node:fs/promises';
import { parseTimeline, renderToSVG } from '../../dist/index.js';

const url = new URL('../data/us-china-diplomacy-2023-07.json', import.meta.url);
const timeline = parseTimeline(JSON.parse(await readFile(url, 'utf8')));
const svg = renderToSVG(timeline, { width: 1200, laneBy: 'country', theme: 'light' });
process.stdout.write(svg);
