// Training and evaluating the risk score with a time split: snapshots of everyone serving on T−1y, T−2y, …
// (features from what was on record then, label = a serious matter in the following 12 months, all
// ending by T) train the model; the holdout is the year after T, where the model's top k is compared with
// the people the active rules flag on T (k = their number). Run from the CLI (trusted by shell access).
import type { Db } from '../../../db/client.js';
import { auditEvent, type RequestContext } from '../../../context.js';
import { AppError } from '../../../errors.js';
import { appendAuditEvents } from '../../audit/audit.repo.js';
import { addMonths } from '../../clock/working-days.js';
import { factorContributions, featureVector, FEATURES, type FactorContribution, type FeatureRow } from './features.js';
import { contributionsOf, fitLogistic, matrixFromRows, probabilityOf, type LogisticModel } from './logistic.js';
import { confusion, rankByScore, rocAuc, topK, type Confusion } from './metrics.js';
import {
  deleteScoresBefore, insertRiskModel, insertRiskScores, lastReceivedOn, loadFeatureRows, loadPeopleWithMatter, loadSeriousPeople, nextModelVersion, ruleFlaggedPeople, type NewRiskScore,
} from './risk.repo.js';

export const LABEL = 'a serious matter (an allegation tagged sexual misconduct or domestic abuse or found case to answer, or a matter assessed as misconduct or gross misconduct) received in the 12 months after the date';
export const LAMBDA_GRID = [1e-4, 1e-3, 1e-2, 1e-1, 1] as const;
const TOP_FACTORS = 6;

export type Progress = (step: string, done: number, total: number) => void;
export type PlantedCareers = { escalating: readonly string[]; moved: readonly string[] };
export type TrainOptions = {
  db: Db;
  /** T: the training date. Default: the last day a matter was received. */
  asOf?: string;
  /** Training snapshots: T−1y … T−Ny. */
  trainingYears?: number;
  /** Fixed L2 strength; omitted: chosen from LAMBDA_GRID on the latest training snapshot. */
  lambda?: number;
  /** Rows beyond this are sampled (by a hash of person and date, so deterministically). */
  maxTrainingRows?: number;
  onProgress?: Progress;
};

export type TrainedModel = {
  asOf: string;
  model: LogisticModel;
  snapshots: { asOf: string; rows: number; positives: number }[];
  lambdaChoice: { lambda: number; validationLogLoss: number }[];
};

const isIsoDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export function assertIsoDate(value: string, name: string): string {
  if (!isIsoDate(value)) throw new AppError('VALIDATION_FAILED', `${name} must be a real date, YYYY-MM-DD (got "${value}")`);
  return value;
}

/** FNV-1a: a stable hash, so sampling keeps the same rows on every run. */
function hashUnit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h / 4_294_967_296;
}

type Snapshot = { asOf: string; personIds: string[]; vectors: number[][]; labels: number[] };

async function loadSnapshot(db: Db, asOf: string, cutOff: string): Promise<Snapshot> {
  const [rows, positives] = await Promise.all([
    loadFeatureRows(db, asOf),
    loadSeriousPeople(db, { from: asOf, to: addMonths(asOf, 12), knownBy: cutOff }),
  ]);
  return { asOf, personIds: rows.map((r) => r.person_id), vectors: rows.map(featureVector), labels: rows.map((r) => (positives.has(r.person_id) ? 1 : 0)) };
}

function sample(snapshot: Snapshot, share: number): Snapshot {
  if (share >= 1) return snapshot;
  const keep = snapshot.personIds.map((id) => hashUnit(`${id}|${snapshot.asOf}`) < share);
  const pick = <T>(values: T[]): T[] => values.filter((_, i) => keep[i]);
  return { asOf: snapshot.asOf, personIds: pick(snapshot.personIds), vectors: pick(snapshot.vectors), labels: pick(snapshot.labels) };
}

function fitOn(snapshots: readonly Snapshot[], lambda: number): LogisticModel {
  const vectors = snapshots.flatMap((s) => s.vectors);
  const labels = snapshots.flatMap((s) => s.labels);
  if (!labels.includes(1)) throw new AppError('VALIDATION_FAILED', 'No serious matter in any training year: there is nothing to learn from. Choose a later --as-of or load more history');
  if (!labels.includes(0)) throw new AppError('VALIDATION_FAILED', 'Every training row is a positive: the data cannot train a model');
  return fitLogistic({ x: matrixFromRows(vectors, FEATURES.length), y: labels, lambda });
}

function logLossOn(model: LogisticModel, snapshot: Snapshot): number {
  let sum = 0;
  snapshot.vectors.forEach((v, i) => {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, probabilityOf(model, v)));
    sum -= snapshot.labels[i] ? Math.log(p) : Math.log(1 - p);
  });
  return sum / Math.max(1, snapshot.vectors.length);
}

export async function defaultAsOf(db: Db, { holdout }: { holdout: boolean }): Promise<string> {
  const last = await lastReceivedOn(db);
  if (last === null) throw new AppError('VALIDATION_FAILED', 'There are no cases in the database: load data first (warrant import, or warrant generate --load)');
  return holdout ? addMonths(last, -12) : last;
}

/** Trains on snapshots T−1y … T−Ny; nothing after T is read. */
export async function trainRiskModel({ db, asOf: given, trainingYears = 5, lambda, maxTrainingRows = 400_000, onProgress }: TrainOptions): Promise<TrainedModel> {
  const asOf = given === undefined ? await defaultAsOf(db, { holdout: false }) : assertIsoDate(given, '--as-of');
  if (!Number.isInteger(trainingYears) || trainingYears < 1 || trainingYears > 20) throw new AppError('VALIDATION_FAILED', 'training years must be a whole number from 1 to 20');
  const dates = Array.from({ length: trainingYears }, (_, i) => addMonths(asOf, -12 * (i + 1)));
  const steps = dates.length + 2;
  const snapshots: Snapshot[] = [];
  let share = 1;
  for (const [i, date] of dates.entries()) {
    onProgress?.(`features on ${date}`, i, steps);
    const snapshot = await loadSnapshot(db, date, asOf);
    // Sized on the first (most recent, largest) snapshot: the rest are sampled at the same share.
    if (i === 0) share = Math.min(1, maxTrainingRows / Math.max(1, snapshot.vectors.length * dates.length));
    snapshots.push(sample(snapshot, share));
  }
  onProgress?.('choosing the regularisation', dates.length, steps);
  const [latest, ...older] = snapshots;
  let lambdaChoice: TrainedModel['lambdaChoice'] = [];
  let chosen = lambda;
  if (chosen === undefined) {
    // Validated forward in time, like the holdout: fit on the older years, score the latest training year.
    if (latest && older.some((s) => s.labels.includes(1))) {
      lambdaChoice = LAMBDA_GRID.map((l) => ({ lambda: l, validationLogLoss: logLossOn(fitOn(older, l), latest) }));
      chosen = lambdaChoice.reduce((best, c) => (c.validationLogLoss < best.validationLogLoss ? c : best)).lambda;
    } else {
      chosen = 1e-2;
    }
  }
  onProgress?.('fitting', dates.length + 1, steps);
  const model = fitOn(snapshots, chosen);
  onProgress?.('fitted', steps, steps);
  return {
    asOf, model, lambdaChoice,
    snapshots: snapshots.map((s) => ({ asOf: s.asOf, rows: s.vectors.length, positives: s.labels.reduce((a, b) => a + b, 0) })),
  };
}

export type PersonScore = { personId: string; score: number; percentile: number; contributions: FactorContribution[] };

/** Scores everyone serving on `asOf` with what was on record by then. */
export async function scorePeople(db: Db, model: LogisticModel, asOf: string): Promise<PersonScore[]> {
  const rows: FeatureRow[] = await loadFeatureRows(db, asOf);
  const scored = rows.map((row) => {
    const contributions = contributionsOf(model, featureVector(row));
    const logit = contributions.reduce((s, c) => s + c, model.intercept);
    return { personId: row.person_id, score: 1 / (1 + Math.exp(-logit)), contributions: factorContributions(row, contributions, TOP_FACTORS) };
  });
  // Percentile: the share of the people scored with a lower score.
  const ascending = [...scored].sort((a, b) => a.score - b.score);
  const lower = new Map<string, number>();
  let below = 0;
  for (let i = 0; i < ascending.length; i++) {
    const current = ascending[i];
    if (!current) continue;
    if (i > 0 && (ascending[i - 1]?.score ?? 0) < current.score) below = i;
    lower.set(current.personId, below);
  }
  const n = scored.length;
  return scored.map((s) => ({ ...s, percentile: n <= 1 ? 100 : round((100 * (lower.get(s.personId) ?? 0)) / (n - 1), 2) }));
}

const round = (x: number, places: number): number => Math.round(x * 10 ** places) / 10 ** places;

export type MethodResult = Confusion & { k: number };
export type HoldoutMetrics = {
  asOf: string;
  holdout: { from: string; to: string };
  population: number;
  positives: number;
  baseRate: number;
  /** byRule: people serving on T that each rule flags (one person can be flagged by several). */
  rules: MethodResult & { byRule: { code: string; hits: number }[] };
  model: MethodResult & { auc: number; atOnePercent: MethodResult; atFivePercent: MethodResult };
  /**
   * Planted careers serving on T: how many each method flags on T (`*FlaggedShare` of those serving), and — what
   * the product promises — how many of those whose next matter arrives in the holdout year (`nextMatter`) each
   * flagged before it arrived. That is the recall on the planted careers (`*Recall`), defined as the holdout
   * recall is: of the people with a matter in the year after T, the share flagged on T. NaN when none is due.
   */
  planted: null | {
    escalating: PlantedGroup;
    moved: PlantedGroup;
    all: {
      serving: number; rulesFlaggedShare: number; modelFlaggedShare: number;
      nextMatter: number; rulesBeforeNext: number; modelBeforeNext: number; rulesRecall: number; modelRecall: number;
    };
  };
};
type PlantedGroup = { serving: number; positivesInHoldout: number; rules: number; model: number; nextMatter: number; rulesBeforeNext: number; modelBeforeNext: number };

function plantedRecall(ids: readonly string[], population: ReadonlySet<string>, positives: ReadonlySet<string>, withMatter: ReadonlySet<string>, rules: ReadonlySet<string>, model: ReadonlySet<string>): PlantedGroup {
  const serving = [...new Set(ids)].filter((id) => population.has(id));
  const due = serving.filter((id) => withMatter.has(id));
  return {
    serving: serving.length,
    positivesInHoldout: serving.filter((id) => positives.has(id)).length,
    rules: serving.filter((id) => rules.has(id)).length,
    model: serving.filter((id) => model.has(id)).length,
    nextMatter: due.length,
    rulesBeforeNext: due.filter((id) => rules.has(id)).length,
    modelBeforeNext: due.filter((id) => model.has(id)).length,
  };
}

/** The model's top k against the rules' flags on T, on the year after T; with planted careers, their recall too. */
export async function measureHoldout({ db, asOf, scores, planted }: { db: Db; asOf: string; scores: readonly PersonScore[]; planted: PlantedCareers | null }): Promise<HoldoutMetrics> {
  const to = addMonths(asOf, 12);
  const population = new Set(scores.map((s) => s.personId));
  const allPositives = await loadSeriousPeople(db, { from: asOf, to, knownBy: null });
  const positives = new Set([...allPositives].filter((id) => population.has(id)));
  // Equal volume among the people who could be scored: a rule hit on someone no longer serving is no alert.
  const byRule = (await ruleFlaggedPeople(db, asOf)).map((r) => ({ code: r.code, people: [...r.people].filter((id) => population.has(id)) }));
  const rulesFlagged = new Set(byRule.flatMap((r) => r.people));
  const k = rulesFlagged.size;
  const ranked = rankByScore(scores);
  const modelTop = topK(ranked, k);
  const at = (share: number): MethodResult => {
    const n = Math.max(1, Math.round(share * scores.length));
    return { ...confusion(topK(ranked, n), positives), k: n };
  };
  const result: HoldoutMetrics = {
    asOf, holdout: { from: asOf, to }, population: population.size, positives: positives.size, baseRate: population.size === 0 ? 0 : positives.size / population.size,
    rules: { ...confusion(rulesFlagged, positives), k, byRule: byRule.map((r) => ({ code: r.code, hits: r.people.length })) },
    model: { ...confusion(modelTop, positives), k, auc: rocAuc(scores, positives), atOnePercent: at(0.01), atFivePercent: at(0.05) },
    planted: null,
  };
  if (planted) {
    const withMatter = await loadPeopleWithMatter(db, { from: asOf, to });
    const escalating = plantedRecall(planted.escalating, population, positives, withMatter, rulesFlagged, modelTop);
    const moved = plantedRecall(planted.moved, population, positives, withMatter, rulesFlagged, modelTop);
    const serving = escalating.serving + moved.serving;
    const nextMatter = escalating.nextMatter + moved.nextMatter;
    const rulesBeforeNext = escalating.rulesBeforeNext + moved.rulesBeforeNext;
    const modelBeforeNext = escalating.modelBeforeNext + moved.modelBeforeNext;
    result.planted = {
      escalating, moved,
      all: {
        serving, rulesFlaggedShare: serving === 0 ? Number.NaN : (escalating.rules + moved.rules) / serving, modelFlaggedShare: serving === 0 ? Number.NaN : (escalating.model + moved.model) / serving,
        nextMatter, rulesBeforeNext, modelBeforeNext,
        rulesRecall: nextMatter === 0 ? Number.NaN : rulesBeforeNext / nextMatter, modelRecall: nextMatter === 0 ? Number.NaN : modelBeforeNext / nextMatter,
      },
    };
  }
  return result;
}

export type StoredModel = { version: number; scoredPeople: number };

/** Stores the model and its scores, removes the previous model's scores and audits it, in one transaction. */
export async function storeRiskModel({ db, ctx, trained, scores, metrics, onProgress }: {
  db: Db; ctx: RequestContext; trained: TrainedModel; scores: readonly PersonScore[]; metrics: HoldoutMetrics | null; onProgress?: Progress;
}): Promise<StoredModel> {
  const { model } = trained;
  return db.transaction(async (tx) => {
    const version = await nextModelVersion(tx);
    await insertRiskModel(tx, {
      version, asOf: trained.asOf, label: LABEL, lambda: model.lambda, intercept: model.intercept,
      features: FEATURES.map((f, j) => ({ key: f.key, mean: model.means[j] ?? 0, sd: model.sds[j] ?? 0, coefficient: model.coefficients[j] ?? 0 })),
      training: { snapshots: trained.snapshots, lambdaChoice: trained.lambdaChoice, iterations: model.iterations, converged: model.converged, logLoss: model.logLoss },
      metrics, scoredPeople: scores.length,
    });
    const rows: NewRiskScore[] = scores.map((s) => ({ modelVersion: version, personId: s.personId, score: s.score, percentile: s.percentile, contributions: s.contributions }));
    await insertRiskScores(tx, rows, (done) => onProgress?.('storing scores', done, rows.length));
    await deleteScoresBefore(tx, version);
    await appendAuditEvents(tx, [auditEvent(ctx, {
      action: 'signals.risk.train', entityType: 'risk_model', entityId: String(version),
      detail: { asOf: trained.asOf, lambda: model.lambda, scoredPeople: scores.length, holdout: metrics ? { auc: metrics.model.auc, k: metrics.model.k, modelRecall: metrics.model.recall, rulesRecall: metrics.rules.recall } : null },
    })]);
    return { version, scoredPeople: scores.length };
  });
}

export type EvaluationReport = { version: number; trained: TrainedModel; metrics: HoldoutMetrics };

/** `warrant signals evaluate`: train with cut-off T, score on T, measure on the year after T, store it all. */
export async function evaluateRiskModel({ db, ctx, asOf: given, planted = null, onProgress, ...options }: Omit<TrainOptions, 'asOf'> & { ctx: RequestContext; asOf?: string; planted?: PlantedCareers | null }): Promise<EvaluationReport> {
  const asOf = given === undefined ? await defaultAsOf(db, { holdout: true }) : assertIsoDate(given, '--as-of');
  const last = await lastReceivedOn(db);
  if (last === null) throw new AppError('VALIDATION_FAILED', 'There are no cases in the database: load data first (warrant import, or warrant generate --load)');
  if (addMonths(asOf, 12) > addMonths(last, 1)) {
    throw new AppError('VALIDATION_FAILED', `The holdout year after ${asOf} runs past the last data (${last}); use --as-of ${addMonths(last, -12)} or earlier`);
  }
  const trained = await trainRiskModel({ db, asOf, onProgress, ...options });
  onProgress?.('scoring', 0, 1);
  const scores = await scorePeople(db, trained.model, asOf);
  onProgress?.('measuring the holdout year', 0, 1);
  const metrics = await measureHoldout({ db, asOf, scores, planted });
  const { version } = await storeRiskModel({ db, ctx, trained, scores, metrics, onProgress });
  return { version, trained, metrics };
}

/** `warrant signals train`: train on everything up to T (default: the last data) and score everyone serving on T. */
export async function trainAndScore({ db, ctx, onProgress, ...options }: TrainOptions & { ctx: RequestContext }): Promise<{ version: number; trained: TrainedModel; scored: number }> {
  const trained = await trainRiskModel({ db, onProgress, ...options });
  onProgress?.('scoring', 0, 1);
  const scores = await scorePeople(db, trained.model, trained.asOf);
  const { version } = await storeRiskModel({ db, ctx, trained, scores, metrics: null, onProgress });
  return { version, trained, scored: scores.length };
}
