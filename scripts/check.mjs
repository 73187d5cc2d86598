// `npm test`: every check the project has — format, lint, typecheck, build, unit and integration tests —
// ending with one line "N passed, M failed" (each non-Jest check counts as one test).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const results = [];

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = run.status === 0;
  console.log(ok ? `✔ ${name}` : `✘ ${name} (exit ${run.status ?? run.signal})`);
  results.push({ name, ok });
  return ok;
}

step('format (prettier --check)', npx, ['prettier', '--check', '.', '--log-level', 'warn']);
step('lint (eslint)', npx, ['eslint', '.']);
for (const project of ['src/core', 'src/server', 'src/client', '.']) {
  step(`typecheck ${project}`, npx, ['tsc', '--noEmit', '-p', project]);
}
const built =
  step('build dist/', 'node', ['scripts/build.mjs']) &
  step('build dist-dev/', 'node', ['scripts/build.mjs', '--dev']);

let jestPassed = 0;
let jestFailed = 0;
if (built) {
  const report = '.jest-results.json';
  rmSync(report, { force: true });
  // A time zone far from Budapest's catches any code that reads local time by accident.
  step('jest', npx, ['jest', '--json', `--outputFile=${report}`], {
    SKIP_BUILD: '1',
    TZ: 'Pacific/Auckland',
  });
  results.pop();
  if (existsSync(report)) {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    jestPassed = summary.numPassedTests;
    jestFailed = summary.numFailedTests + summary.numRuntimeErrorTestSuites;
    if (!summary.success && jestFailed === 0) jestFailed = 1;
  } else {
    jestFailed = 1;
  }
}

const checksPassed = results.filter(r => r.ok).length;
const checksFailed = results.length - checksPassed;
for (const r of results.filter(r => !r.ok)) console.log(`failed check: ${r.name}`);
console.log(`\n${checksPassed + jestPassed} passed, ${checksFailed + jestFailed} failed`);
process.exitCode = checksFailed + jestFailed === 0 ? 0 : 1;
