// Prints the closing "N passed, N failed" line of a CI run: the tests in vitest's JSON reports, plus
// one each for the steps that are not vitest (typecheck, lint, builder config check).
const fs = require('node:fs');
const path = require('node:path');

const [dir, statusArg] = process.argv.slice(2);
const status = Number(statusArg);
let passed = 0;
let failed = 0;

for (const name of ['unit.json', 'e2e.json']) {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) continue;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A test file that failed to load holds no tests but must still count as a failure.
  failed += report.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length;
}

// `npm test` chains its steps with &&: a step passed when the next one started.
const log = fs.readFileSync(path.join(dir, 'npm-test.log'), 'utf8');
const started = (step) => log.includes(`> tdkt@0.1.0 ${step}`);
const chain = ['typecheck', 'lint', 'test:unit', 'test:builder', 'test:e2e'];
for (const i of [0, 1, 3]) {
  if (!started(chain[i])) continue;
  if (started(chain[i + 1])) passed++;
  else failed++;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
