// `warrant signals train|evaluate`: the early-warning risk score (docs/early-warning.md).
import { readFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import type { Database } from '../db/client.js';
import { cliContext } from '../context.js';
import { AppError } from '../errors.js';
import { FEATURES } from '../modules/signals/risk/features.js';
import { evaluateRiskModel, trainAndScore, type HoldoutMetrics, type PlantedCareers, type Progress, type TrainedModel } from '../modules/signals/risk/risk-model.service.js';

type WithDatabase = <T>(fn: (database: Database) => Promise<T>) => Promise<T>;

const parseDate = (value: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || !new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)) {
    throw new InvalidArgumentError('must be a real date, YYYY-MM-DD');
  }
  return value;
};
const parseYears = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new InvalidArgumentError('must be a whole number from 1 to 20');
  return n;
};
const parseLambda = (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('must be a number, zero or more');
  return n;
};

const ZTruth = z.object({
  highRisk: z.object({
    escalatingSexualOrDomesticAbuse: z.array(z.object({ personId: z.string() })),
    movedWhileUnderAllegation: z.array(z.object({ personId: z.string() })),
  }),
});

async function readPlanted(file: string): Promise<PlantedCareers> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', `cannot read --truth ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION_FAILED', `--truth ${file} is not JSON`);
  }
  const parsed = ZTruth.safeParse(json);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', `--truth ${file} is not a truth.json written by warrant generate (no highRisk careers)`);
  return {
    escalating: parsed.data.highRisk.escalatingSexualOrDomesticAbuse.map((c) => c.personId),
    moved: parsed.data.highRisk.movedWhileUnderAllegation.map((c) => c.personId),
  };
}

/** A progress bar on a terminal (training reads a snapshot of the whole workforce per year). */
function progressBar(): { onProgress: Progress; stop: () => void } {
  if (process.stderr.isTTY !== true) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar({ format: 'Risk model {bar} {value}/{total} | {step}' }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    onProgress: (step, done, total) => {
      if (!started) {
        bar.start(total, done, { step });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { step });
    },
    stop: () => bar.stop(),
  };
}

const pct = (x: number): string => (Number.isNaN(x) ? '—' : `${(100 * x).toFixed(1)}%`);
const n = (x: number): string => x.toLocaleString('en-GB');

function printTraining(version: number, trained: TrainedModel): void {
  const { model, snapshots } = trained;
  const rows = snapshots.reduce((s, x) => s + x.rows, 0);
  const positives = snapshots.reduce((s, x) => s + x.positives, 0);
  console.log(`Risk model v${version}, as of ${trained.asOf}: trained on ${snapshots.length} yearly snapshots (${snapshots.at(-1)?.asOf} … ${snapshots[0]?.asOf}; ${n(rows)} rows, ${n(positives)} positive), `
    + `L2 λ ${model.lambda}${trained.lambdaChoice.length > 0 ? ` (chosen on the latest training year)` : ''}, ${model.iterations} Newton steps${model.converged ? '' : ' (NOT converged)'}.`);
  const largest = FEATURES.map((f, j) => ({ key: f.key, c: model.coefficients[j] ?? 0 })).sort((a, b) => Math.abs(b.c) - Math.abs(a.c)).slice(0, 8);
  console.log(`Largest coefficients (log-odds per standard deviation): ${largest.map((x) => `${x.key} ${x.c >= 0 ? '+' : ''}${x.c.toFixed(2)}`).join(', ')}`);
}

function printHoldout(m: HoldoutMetrics): void {
  console.log(`\nHoldout: ${n(m.population)} people serving on ${m.asOf}; ${n(m.positives)} (${pct(m.baseRate)}) received a serious matter after it, up to ${m.holdout.to}.`);
  console.log(`Alert volume k = ${n(m.rules.k)}: the serving people the active rules flag on ${m.asOf} (by rule: ${m.rules.byRule.map((r) => `${r.code} ${n(r.hits)}`).join(', ')}).\n`);
  const row = (name: string, r: { k: number; truePositives: number; precision: number; recall: number }) =>
    console.log(`${name.padEnd(22)} ${n(r.k).padStart(8)} ${n(r.truePositives).padStart(7)} ${pct(r.precision).padStart(10)} ${pct(r.recall).padStart(8)}`);
  console.log(`${''.padEnd(22)} ${'k'.padStart(8)} ${'true+'.padStart(7)} ${'precision'.padStart(10)} ${'recall'.padStart(8)}`);
  row('rules', m.rules);
  row('model, top k', m.model);
  row('model, top 1%', m.model.atOnePercent);
  row('model, top 5%', m.model.atFivePercent);
  console.log(`\nModel precision@k ${pct(m.model.precision)} vs rules ${pct(m.rules.precision)}; area under the ROC curve ${Number.isNaN(m.model.auc) ? '—' : m.model.auc.toFixed(3)}.`);
  if (!m.planted) return;
  const p = m.planted;
  console.log(`\nPlanted high-risk careers serving on ${m.asOf}, flagged at volume k (of them, those whose next matter arrived in the holdout year, flagged before it):`);
  console.log(`${''.padEnd(32)} ${'serving'.padStart(8)} ${'rules'.padStart(6)} ${'model'.padStart(6)}   ${'next matter'.padStart(11)} ${'rules'.padStart(6)} ${'model'.padStart(6)}`);
  const line = (name: string, g: typeof p.escalating) => console.log(`${name.padEnd(32)} ${String(g.serving).padStart(8)} ${String(g.rules).padStart(6)} ${String(g.model).padStart(6)}   ${String(g.nextMatter).padStart(11)} ${String(g.rulesBeforeNext).padStart(6)} ${String(g.modelBeforeNext).padStart(6)}`);
  line('escalating sexual / DA', p.escalating);
  line('moved while under allegation', p.moved);
  console.log(`Recall on the planted careers (flagged on ${m.asOf}, of the ${p.all.nextMatter} whose next matter arrived in the holdout year): model ${pct(p.all.modelRecall)} (${p.all.modelBeforeNext}), rules ${pct(p.all.rulesRecall)} (${p.all.rulesBeforeNext}).`);
  console.log(`Share of the ${p.all.serving} planted careers serving on ${m.asOf} that each flags: model ${pct(p.all.modelFlaggedShare)}, rules ${pct(p.all.rulesFlaggedShare)}.`);
}

export function registerSignalsCommands(program: Command, withDatabase: WithDatabase): void {
  const signals = program.command('signals').description('early warning: the risk score (docs/early-warning.md)');

  signals.command('evaluate')
    .description('train the risk score with a time split (snapshots up to --as-of), score everyone serving on --as-of, and compare the model with the rules at the same alert volume on the following year; stores the model and scores')
    .option('--as-of <date>', 'T, the end of training and start of the holdout year (YYYY-MM-DD); default: a year before the last case received', parseDate)
    .option('--truth <file>', "truth.json from warrant generate: also report recall on the planted high-risk careers")
    .option('--training-years <n>', 'yearly training snapshots before T', parseYears, 5)
    .option('--lambda <x>', 'L2 penalty; default: chosen on the latest training year', parseLambda)
    .action(async (opts: { asOf?: string; truth?: string; trainingYears: number; lambda?: number }) => {
      const planted = opts.truth ? await readPlanted(opts.truth) : null;
      const bar = progressBar();
      const report = await withDatabase((database) => evaluateRiskModel({
        db: database.db, ctx: cliContext(), asOf: opts.asOf, planted, trainingYears: opts.trainingYears, lambda: opts.lambda, onProgress: bar.onProgress,
      })).finally(bar.stop);
      printTraining(report.version, report.trained);
      printHoldout(report.metrics);
    });

  signals.command('train')
    .description('train the risk score on everything up to --as-of and score everyone serving on that day (what GET /api/signals/people/:id/risk shows)')
    .option('--as-of <date>', 'the training date (YYYY-MM-DD); default: the last day a case was received', parseDate)
    .option('--training-years <n>', 'yearly training snapshots before the date', parseYears, 5)
    .option('--lambda <x>', 'L2 penalty; default: chosen on the latest training year', parseLambda)
    .action(async (opts: { asOf?: string; trainingYears: number; lambda?: number }) => {
      const bar = progressBar();
      const result = await withDatabase((database) => trainAndScore({
        db: database.db, ctx: cliContext(), asOf: opts.asOf, trainingYears: opts.trainingYears, lambda: opts.lambda, onProgress: bar.onProgress,
      })).finally(bar.stop);
      printTraining(result.version, result.trained);
      console.log(`Scored ${n(result.scored)} people serving on ${result.trained.asOf}; earlier models' scores removed.`);
    });
}
