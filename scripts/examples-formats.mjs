// Converts the article data set to every format the package writes, into
// examples/formats/, by running the CLI's `convert` command (run `npm run
// build` first; `npm run examples:formats` does both). The iCalendar DTSTAMP
// is the article's publication day so the files are reproducible. Each
// conversion's warnings (one per dropped field or value, with the event id)
// go to examples/formats/warnings.txt, so a reader sees what each format
// cannot hold.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const name = 'us-china-diplomacy-2023-07';
const input = `examples/data/${name}.json`;
const published = JSON.parse(readFileSync(input, 'utf8')).sources[0].published;
const outputs = [
  ['timelinejs', `${name}.timelinejs.json`],
  ['vis', `${name}.vis.json`],
  ['csv', `${name}.csv`],
  ['ical', `${name}.ics`, '--stamp', published],
  ['jsonld', `${name}.jsonld`],
  ['plover', `${name}.plover.jsonl`],
];

mkdirSync('examples/formats', { recursive: true });
const report = [];
for (const [format, file, ...extra] of outputs) {
  const result = spawnSync('node', ['bin/diplomatic-timeline.js', 'convert', input, '-o', `examples/formats/${file}`, '--to', format, ...extra], { encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    process.exit(result.status ?? 1);
  }
  const warnings = result.stderr.split('\n').filter(Boolean).map((line) => line.replace(/^diplomatic-timeline: warning: [^:]+: /, ''));
  report.push(`# ${format} (${file}): ${warnings.length} warning(s)`, ...warnings, '');
  console.log(`examples/formats/${file}: ${warnings.length} warning(s)`);
}
writeFileSync('examples/formats/warnings.txt', report.join('\n'));
