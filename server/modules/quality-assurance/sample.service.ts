// Drawing dip samples and reading them: the stratified random draw from a recorded seed (stratified-sample.ts),
// the sample page's items by stratum with their progress, and a check that the draw can be reproduced.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { AppError, fieldError, notFound } from '../../errors.js';
import { forceScope } from '../../../shared/policy.js';
import { ZSampleFilters, type TDrawSample, type TReproduction, type TSample, type TSampleFilters, type TSampleItemSummary, type TSampleList, type TSampleSummary } from '../../../shared/qa-contracts.js';
import { QA_LIMITS, QA_POPULATION_LABELS, STRATIFIERS, type QaPopulation, type Stratifier } from '../../../shared/qa-vocabulary.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { canSeeSample, mayReadPopulation, reachesSampleForce } from './qa-access.js';
import {
  findChecklist, findForceName, findSampleRow, insertItems, insertSample, itemViewRows, listChecklists, listSampleRows, loadPopulation,
  type ItemViewRow, type SampleSummaryRow,
} from './qa.repo.js';
import { drawStratifiedSample, parseStratumKey, type Allocation, type DrawnStratum } from './stratified-sample.js';

type Base = { db: Db; ctx: RequestContext };

/** What dip_sample.filters holds: the filters asked for, and each stratum's size when the sample was drawn. */
const ZStoredFilters = z.object({
  criteria: ZSampleFilters.default({}),
  populationByStratum: z.record(z.string(), z.number().int()).default({}),
});
export function storedFiltersOf(value: unknown): z.infer<typeof ZStoredFilters> {
  const parsed = ZStoredFilters.safeParse(value);
  return parsed.success ? parsed.data : { criteria: {}, populationByStratum: {} };
}

export const toIso = (value: string | Date | null): string | null => (value === null ? null : new Date(value).toISOString());

export function toItemSummary(r: ItemViewRow): TSampleItemSummary {
  return {
    id: r.id, stratum: r.stratum, entityType: r.entity_type, entityId: r.entity_id, forceId: r.force_id, reference: r.reference ?? 'No longer on record',
    subjectName: r.subject_name ?? 'Unknown', decision: r.decision ?? 'unknown', decidedOn: r.decided_on, deciderName: r.decider_name,
    verdict: r.verdict, reviewedAt: toIso(r.reviewed_at), reviewerName: r.reviewer_name, hasResponse: r.decider_response !== null,
  };
}

function toSummary(r: SampleSummaryRow): TSampleSummary {
  return {
    id: r.id, name: r.name, population: r.population, forceId: r.forceId, forceName: r.force_name, periodFrom: r.periodFrom, periodTo: r.periodTo,
    stratifyBy: stratifiersOf(r.stratifyBy), sizePerStratum: r.sizePerStratum, proportion: r.proportion, seed: r.seed, drawnByName: r.drawn_by_name,
    createdAt: r.createdAt.toISOString(), items: r.items, reviewed: r.reviewed, disagreements: r.disagreements,
  };
}

const isStratifierName = (value: string): value is Stratifier => (STRATIFIERS as readonly string[]).includes(value);
/** The stratifiers stored on a sample, in their order (anything unknown dropped). */
export const stratifiersOf = (values: readonly string[]): Stratifier[] => values.filter(isStratifierName);

/** Loads a sample the actor may see, or 404 (a sample in another force, or of decisions the role does not read). */
export async function loadVisibleSample(db: Db, ctx: RequestContext, sampleId: string): Promise<SampleSummaryRow> {
  const actor = authorize(ctx, 'qa:sample');
  const row = await findSampleRow(db, sampleId);
  if (!row || !canSeeSample(actor, row)) throw notFound('sample');
  return row;
}

function allocationOf(sample: { sizePerStratum?: number | null | undefined; proportion?: number | null | undefined }): Allocation {
  if (sample.sizePerStratum) return { sizePerStratum: sample.sizePerStratum };
  if (sample.proportion) return { proportion: sample.proportion };
  throw new Error('a sample has either a size per stratum or a proportion');
}

async function drawFromPopulation(db: Db, params: { population: QaPopulation; forceId: string | null; periodFrom: string; periodTo: string; stratifyBy: readonly Stratifier[]; filters: TSampleFilters; allocation: Allocation; seed: string }) {
  const units = await loadPopulation(db, params.population, { forceId: params.forceId, from: params.periodFrom, to: params.periodTo });
  const strata = drawStratifiedSample({ units: units.map((u) => ({ id: u.id, values: u.values })), stratifyBy: params.stratifyBy, filters: params.filters, allocation: params.allocation, seed: params.seed });
  return { units: new Map(units.map((u) => [u.id, u])), strata };
}

export async function drawSample({ db, ctx, input }: Base & { input: TDrawSample }): Promise<TSample> {
  const actor = authorize(ctx, 'qa:sample');
  if (input.forceId === null) {
    if (!reachesSampleForce(actor, null)) throw new AppError('FORBIDDEN', 'Only a national reviewer may draw a sample across every force: choose your force');
  } else {
    authorize(ctx, 'qa:sample', { forceIds: [input.forceId] }, { outOfReach: 'forbidden' });
    if (!(await findForceName(db, input.forceId))) throw fieldError('forceId', `no force with code ${input.forceId}`);
  }
  if (!mayReadPopulation(actor, input.population, input.forceId)) {
    throw new AppError('FORBIDDEN', `Your role does not review ${QA_POPULATION_LABELS[input.population].toLowerCase()}${input.forceId ? ` in ${input.forceId}` : ' nationally'}`);
  }
  const checklist = input.checklistId
    ? await findChecklist(db, input.checklistId)
    : (await listChecklists(db)).find((c) => c.population === input.population);
  if (!checklist || !checklist.active) throw fieldError('checklistId', 'no active checklist with that id');
  if (checklist.population !== input.population) throw fieldError('checklistId', `is a checklist for ${QA_POPULATION_LABELS[checklist.population].toLowerCase()}`);

  const seed = input.seed ?? randomBytes(8).toString('hex');
  const allocation = allocationOf(input);
  const { units, strata } = await drawFromPopulation(db, { ...input, allocation, seed });
  const drawn = strata.reduce((n, s) => n + s.drawn.length, 0);
  if (drawn === 0) throw fieldError('periodFrom', 'no closed decisions match in this period: widen the period or the filters');
  if (drawn > QA_LIMITS.maxItems) {
    throw fieldError('sizePerStratum' in allocation ? 'sizePerStratum' : 'proportion', `would draw ${drawn.toLocaleString('en-GB')} decisions; a sample holds at most ${QA_LIMITS.maxItems.toLocaleString('en-GB')}: draw fewer, or narrow the population`);
  }
  const populationByStratum = Object.fromEntries(strata.map((s) => [s.key, s.population]));
  const entityType = input.population === 'vetting_decision' ? 'vetting_application' : 'case_subject';
  const sampleId = await db.transaction(async (tx) => {
    const sample = await insertSample(tx, {
      name: input.name, population: input.population, forceId: input.forceId, periodFrom: input.periodFrom, periodTo: input.periodTo,
      stratifyBy: [...input.stratifyBy], filters: { criteria: input.filters, populationByStratum }, sizePerStratum: input.sizePerStratum ?? null,
      proportion: input.proportion ?? null, seed, checklistId: checklist.id, drawnBy: actor.id,
    });
    await insertItems(tx, strata.flatMap((s) => s.drawn.map((entityId) => {
      const unit = units.get(entityId);
      if (!unit) throw new Error(`drawn ${entityId} is not in the population`);
      return { sampleId: sample.id, stratum: s.key, entityType, entityId, forceId: unit.forceId, deciderId: unit.deciderId } as const;
    })));
    await appendAuditEvents(tx, [auditEvent(ctx, {
      action: 'qa.sample.draw', entityType: 'dip_sample', entityId: sample.id, forceId: input.forceId,
      detail: {
        population: input.population, periodFrom: input.periodFrom, periodTo: input.periodTo, stratifyBy: input.stratifyBy, filters: input.filters,
        sizePerStratum: input.sizePerStratum ?? null, proportion: input.proportion ?? null, seed, populationSize: units.size, drawn,
      },
    })]);
    return sample.id;
  });
  return presentSample(db, ctx, sampleId);
}

export async function listSamples({ db, ctx }: Base): Promise<TSampleList> {
  const actor = authorize(ctx, 'qa:sample');
  const rows = await listSampleRows(db, forceScope(actor, 'qa:sample'));
  return { items: rows.filter((r) => canSeeSample(actor, r)).map(toSummary) };
}

export async function getSample({ db, ctx, sampleId }: Base & { sampleId: string }): Promise<TSample> {
  const sample = await presentSample(db, ctx, sampleId);
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'qa.sample.read', entityType: 'dip_sample', entityId: sampleId, forceId: sample.forceId, detail: { items: sample.sampleItems.length } })]));
  return sample;
}

async function presentSample(db: Db, ctx: RequestContext, sampleId: string): Promise<TSample> {
  const row = await loadVisibleSample(db, ctx, sampleId);
  const [items, checklist] = await Promise.all([itemViewRows(db, sql`i.sample_id = ${sampleId}::uuid`), findChecklist(db, row.checklistId)]);
  const stored = storedFiltersOf(row.filters);
  const keys = [...new Set([...Object.keys(stored.populationByStratum), ...items.map((i) => i.stratum)])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    ...toSummary(row),
    filters: stored.criteria,
    checklist: { id: row.checklistId, name: checklist?.name ?? 'Checklist' },
    strata: keys.map((key) => {
      const inStratum = items.filter((i) => i.stratum === key);
      return {
        key, values: parseStratumKey(key), population: stored.populationByStratum[key] ?? null, drawn: inStratum.length,
        reviewed: inStratum.filter((i) => i.verdict !== null).length, disagreed: inStratum.filter((i) => i.verdict === 'disagree').length,
      };
    }),
    sampleItems: items.map(toItemSummary),
  };
}

/** Draws again from the recorded seed and parameters over today's population, and compares with the sample. */
export async function reproduceSample({ db, ctx, sampleId }: Base & { sampleId: string }): Promise<TReproduction> {
  const row = await loadVisibleSample(db, ctx, sampleId);
  const stored = storedFiltersOf(row.filters);
  const { strata } = await drawFromPopulation(db, {
    population: row.population, forceId: row.forceId, periodFrom: row.periodFrom, periodTo: row.periodTo, stratifyBy: stratifiersOf(row.stratifyBy),
    filters: stored.criteria, allocation: allocationOf(row), seed: row.seed,
  });
  const items = await itemViewRows(db, sql`i.sample_id = ${sampleId}::uuid`);
  const original = new Set(items.map((i) => `${i.stratum}|${i.entity_id}`));
  const again = new Set(strata.flatMap((s: DrawnStratum) => s.drawn.map((id) => `${s.key}|${id}`)));
  const missing = [...original].filter((k) => !again.has(k)).length;
  const extra = [...again].filter((k) => !original.has(k)).length;
  const reproduced = missing === 0 && extra === 0;
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'qa.sample.reproduce', entityType: 'dip_sample', entityId: sampleId, forceId: row.forceId, detail: { reproduced, missing, extra } })]));
  return {
    reproduced, original: original.size, drawnAgain: again.size, missing, extra,
    note: reproduced
      ? `Drawing again with seed “${row.seed}” and the same parameters picks exactly the same ${original.size === 1 ? 'decision' : `${original.size} decisions`}.`
      : 'The population has changed since the sample was drawn (a decision was made, changed or appealed in the period), so the same seed now picks differently in the strata that changed.',
  };
}
