// `npm run bench [name] [--quick]`: runs the named benchmark (or all), each against its own baseline measured
// in the same run; prints a table and writes JSON to bench/results/. --quick uses the force-scale dataset
// (about 45,000 people) instead of the nation (about 250,000). Benchmarks are not part of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { casePage, caseList, releaseCaseEnvironment } from './cases.bench.js';
import { importPglite, importPostgres } from './import.bench.js';
import { matchingCheck, matchingWash } from './matching.bench.js';
import { insight } from './insight.bench.js';
import { pgliteWritePath } from './pglite-write-path.bench.js';
import { signalsFull, signalsIncremental } from './signals.bench.js';
import { realDataPglite, realDataPostgres } from './real-data.bench.js';
import { ROOT, type BenchResult, type Benchmark } from './support.js';

const BENCHMARKS: readonly Benchmark[] = [importPostgres, importPglite, pgliteWritePath, casePage, caseList, signalsFull, signalsIncremental, realDataPostgres, realDataPglite, insight, matchingWash, matchingCheck];

const fmt = (value: number | undefined, digits = 0): string => (value === undefined || Number.isNaN(value) ? '' : value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }));

function printResult(result: BenchResult): void {
  console.log(`\n${result.name} (${result.scale})`);
  console.table(result.rows.map((r) => ({
    '': r.label, rows: fmt(r.rows), seconds: fmt(r.seconds, 2), 'rows/s': fmt(r.rowsPerSecond), 'p50 ms': fmt(r.p50Ms, 1), 'p95 ms': fmt(r.p95Ms, 1),
    'ratio to baseline': r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`, note: r.note ?? '',
  })));
}

async function main(argv: string[]): Promise<number> {
  const quick = argv.includes('--quick');
  const names = argv.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n));
  if (unknown.length > 0) {
    console.error(`unknown benchmark ${unknown.join(', ')}; benchmarks:\n${BENCHMARKS.map((b) => `  ${b.name}: ${b.description}`).join('\n')}`);
    return 2;
  }
  const chosen = names.length === 0 ? BENCHMARKS : BENCHMARKS.filter((b) => names.includes(b.name));
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  try {
    for (const benchmark of chosen) {
      const log = (line: string) => console.error(`[${benchmark.name}] ${line}`);
      const result = await benchmark.run({ quick, log });
      printResult(result);
      const file = join(dir, `${benchmark.name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
      writeFileSync(file, `${JSON.stringify({ ...result, quick, node: process.version, at: new Date().toISOString() }, null, 2)}\n`);
      console.log(`→ ${file}`);
    }
  } finally {
    await releaseCaseEnvironment();
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
