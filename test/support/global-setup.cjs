// Builds dist/ and dist-dev/ before the tests that load them (skipped when `npm test` has just built them).
const { execFileSync } = require('node:child_process');

module.exports = function globalSetup() {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  execFileSync('node', ['scripts/build.mjs', '--dev'], { stdio: 'inherit' });
};
