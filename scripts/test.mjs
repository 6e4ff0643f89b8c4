// Runs the vitest suite under several time zones far apart (calendar days
// must never shift with TZ), then the browser tests once (they set their own
// time zones per page), and ends with the plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const outDir = 'tests/__output__/results';
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const runs = [
  ...zones.map((tz) => ({ label: `TZ=${tz}`, tz, projects: ['unit', 'dom'] })),
  { label: 'browser and package', tz: 'UTC', projects: ['browser', 'package'] },
];

let passed = 0;
let failed = 0;
let skipped = 0;
let exitCode = 0;
for (const [i, run] of runs.entries()) {
  const file = `${outDir}/run-${i}.json`;
  console.log(`\n=== vitest ${run.projects.join('+')} (${run.label}) ===`);
  const args = ['vitest', 'run', ...run.projects.flatMap((p) => ['--project', p]),
    '--reporter=default', '--reporter=json', `--outputFile.json=${file}`];
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, TZ: run.tz } });
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`No report from the ${run.label} run (exit ${result.status}).`);
    failed += 1;
    exitCode = 1;
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A suite that failed to load counts as a failure even with no failed test.
  if (result.status !== 0) {
    exitCode = 1;
    if (report.numFailedTests === 0) failed += Math.max(1, report.numFailedTestSuites);
  }
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(exitCode);
