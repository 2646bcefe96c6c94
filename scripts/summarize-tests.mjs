// Prints the per-step table of `npm test` and, as the very last line, "N passed, N failed".
// Exits 1 when anything failed. Usage: node scripts/summarize-tests.mjs <steps.tsv>
//
// Each line of steps.tsv (written by scripts/test.sh) is: label, exit code, milliseconds, vitest JSON report path
// (empty for a plain check such as typecheck), minimum number of tests the step must run, and a note.
// A plain check counts as one test. A vitest step counts its tests; a step that crashed without a readable
// report, or failed with no failed test to show for it, counts as one failed test so the total never hides it.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const stepsFile = process.argv[2];
if (!stepsFile) {
  console.error('usage: node scripts/summarize-tests.mjs <steps.tsv>');
  process.exit(2);
}

function readReport(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function summarizeStep([label, exitText, msText, reportPath, minTestsText, note]) {
  const exitCode = Number(exitText);
  const step = { label, exitCode, ms: Number(msText), passed: 0, failed: 0, skipped: 0, notes: note ? [note] : [], failures: [] };
  if (!reportPath) {
    if (exitCode === 0) step.passed = 1;
    else step.failed = 1;
    return step;
  }
  const report = readReport(reportPath);
  if (!report) {
    step.failed = 1;
    step.notes.push(`no test report (exit code ${exitCode})`);
    return step;
  }
  step.passed = report.numPassedTests;
  step.failed = report.numFailedTests;
  step.skipped = report.numPendingTests + report.numTodoTests;
  for (const file of report.testResults) {
    const fileName = relative(process.cwd(), file.name);
    const failedTests = file.assertionResults.filter((t) => t.status === 'failed');
    for (const t of failedTests) step.failures.push(`${fileName} > ${t.fullName}`);
    // A file that failed to load, or whose hooks failed, has no failed test of its own: count the file.
    if (file.status === 'failed' && failedTests.length === 0) {
      step.failed += 1;
      step.failures.push(`${fileName}: ${(file.message || 'failed').split('\n')[0]}`);
    }
  }
  const minTests = Number(minTestsText || 0);
  if (report.numTotalTests < minTests) {
    step.failed += 1;
    step.notes.push(`expected at least ${minTests} test(s), ran ${report.numTotalTests}`);
  }
  if (exitCode !== 0 && step.failed === 0) {
    step.failed = 1;
    step.notes.push(`exit code ${exitCode} with no failed test (unhandled error?)`);
  }
  return step;
}

const steps = readFileSync(stepsFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => summarizeStep(line.split('\t')));

const failures = steps.flatMap((s) => s.failures.map((f) => `  [${s.label}] ${f}`));
if (failures.length > 0) {
  console.log('\nFailed:');
  for (const f of failures.slice(0, 50)) console.log(f);
  if (failures.length > 50) console.log(`  … and ${failures.length - 50} more`);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
const rows = [['step', 'result', 'passed', 'failed', 'skipped', 'time', '']];
for (const s of steps) {
  rows.push([s.label, s.failed > 0 ? 'FAILED' : 'ok', String(s.passed), String(s.failed), String(s.skipped), seconds(s.ms), s.notes.join('; ')]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const numeric = new Set([2, 3, 4, 5]);
console.log('');
for (const r of rows) {
  console.log(r.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd());
}
const total = steps.reduce((t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, ms: t.ms + s.ms }), { passed: 0, failed: 0, ms: 0 });
console.log(`total time ${seconds(total.ms)}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
