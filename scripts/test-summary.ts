/**
 * Adds up jest's JSON reports into the one closing line CI reads: "Tests: N passed, N failed".
 * Usage: test-summary FAILED_STEPS REPORT.json… — a failed lint, typecheck or build step
 * counts as a failure too, so the line never says 0 failed when the command fails.
 */
import * as fs from 'node:fs';

let passed = 0;
let failed = Number(process.argv[2]) || 0;
let skipped = 0;
let suitesFailed = 0;
for (const file of process.argv.slice(3)) {
  if (!fs.existsSync(file)) {
    failed++;
    console.log(`missing jest report ${file}`);
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  suitesFailed += r.numFailedTestSuites;
}
if (suitesFailed && !failed) failed = suitesFailed;
if (passed + failed === 0) failed = 1;
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
