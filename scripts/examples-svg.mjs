// Regenerates examples/static/ by running the CLI's render command on the article's data set.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

mkdirSync('examples/static', { recursive: true });
const cli = ['bin/diplomatic-timeline.js', 'render', 'examples/data/us-china-diplomacy-2023-07.json'];
for (const [suffix, args] of [
  ['', ['--theme', 'light']],
  ['-dark', ['--theme', 'dark']],
]) {
  const out = `examples/static/us-china-diplomacy-2023-07${suffix}.svg`;
  execFileSync('node', [...cli, '-o', out, '--width', '1200', '--lane-by', 'country', ...args], { stdio: 'inherit' });
  console.log(`wrote ${out}`);
}
