// Converts the article data set to every interchange format the package
// writes, into examples/formats/, using the built package (run `npm run
// build` first; `npm run examples:formats` does both). The iCalendar DTSTAMP
// is the article's publication day so the files are reproducible. Each
// format's conversion warnings go to examples/formats/warnings.txt, so a
// reader sees what each format cannot hold.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  parseTimeline, toCsv, toICalendar, toJsonLd, toPlover, toTimelineJs, toVisTimeline,
} from '../dist/index.js';

const name = 'us-china-diplomacy-2023-07';
const document = JSON.parse(readFileSync(new URL(`../examples/data/${name}.json`, import.meta.url), 'utf8'));
const timeline = parseTimeline(document);
const published = timeline.sources.map((source) => source.published).filter((day) => day !== undefined).sort().at(-1);

const outputs = [
  ['timelinejs', `${name}.timelinejs.json`, toTimelineJs(timeline)],
  ['vis', `${name}.vis.json`, toVisTimeline(timeline)],
  ['csv', `${name}.csv`, toCsv(timeline)],
  ['ical', `${name}.ics`, toICalendar(timeline, published === undefined ? {} : { stamp: published })],
  ['jsonld', `${name}.jsonld`, toJsonLd(timeline)],
  ['plover', `${name}.plover.jsonl`, toPlover(timeline)],
];

const folder = new URL('../examples/formats/', import.meta.url);
mkdirSync(folder, { recursive: true });
const report = [];
for (const [format, file, { output, warnings }] of outputs) {
  writeFileSync(new URL(file, folder), typeof output === 'string' ? output : `${JSON.stringify(output, null, 2)}\n`);
  report.push(`# ${format} (${file}): ${warnings.length} warning(s)`);
  for (const warning of warnings) report.push(`${warning.eventId ?? '-'}\t${warning.field}\t${warning.message}`);
  report.push('');
  console.log(`${file}: ${warnings.length} warning(s)`);
}
writeFileSync(new URL('warnings.txt', folder), `${report.join('\n')}`);
