// Vetting in the synthetic dataset: the rows follow the product's rules (every required check before a decision,
// second approval of grants despite adverse information, appeal windows, clearances per level validity), cover
// every state, and truth.json says what the rows say — checked against the product's own consistency figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../clock/working-days.js';
import { computeConsistency, type DecidedApplication } from '../vetting/consistency.js';
import {
  APPLICATION_STATES, raisesPresumptionOfRefusal, REVIEW_TRIGGER_TAGS, type AdverseCategory, type AdverseDisposal, type DecisionOutcome,
} from '../../../shared/vetting-vocabulary.js';
import type { DatasetRow, DatasetTable } from '../import/dataset-tables.js';
import { addMonthsToDay, dayOf, isoOf } from './dates.js';
import { generateDataset, type GenerateOptions } from './generate.js';
import type { Truth } from './truth.js';
import { SEEDED_VETTING_LEVELS } from './vetting.js';

type Rows = Record<DatasetTable, DatasetRow[]>;

function generate(options: GenerateOptions): { rows: Rows; truth: Truth } {
  const dataset = generateDataset(options);
  const rows: Partial<Rows> = {};
  for (const { table, row } of dataset.rows) (rows[table] ??= []).push(row);
  const all = new Proxy(rows, { get: (target, table: DatasetTable) => target[table] ?? [] }) as Rows;
  return { rows: all, truth: dataset.truth() };
}

const str = (v: unknown): string => String(v);
const opt = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const groupBy = <T,>(items: readonly T[], key: (t: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

// The levels as migration 0009 seeds them, read from the migration itself.
const migration = readFileSync(new URL('../../db/migrations/0009_vetting.sql', import.meta.url), 'utf8');
const MIGRATION_LEVELS = new Map([...migration.matchAll(/\('(\w+)', '[^']*', (\d+), '\{([^}]*)\}'\)/g)].map((m) => [m[1] ?? '', { validityMonths: Number(m[2]), requiredChecks: (m[3] ?? '').split(',') }]));

const demo = generate({ scale: 'demo', seed: 5 });
const { rows } = demo;
const applications = rows.vetting_application;
const checksByApplication = groupBy(rows.vetting_check, (c) => str(c.application_id));
const itemsByApplication = groupBy(rows.vetting_adverse_item, (i) => str(i.application_id));
const eventsByApplication = groupBy(rows.vetting_event.filter((e) => e.application_id !== null), (e) => str(e.application_id));
const usersById = new Map(rows.app_user.map((u) => [str(u.id), u]));

describe('vetting in the synthetic dataset', () => {
  it('follows the levels migration 0009 seeds (validity and required checks)', () => {
    expect(MIGRATION_LEVELS.size).toBe(5);
    for (const [code, level] of Object.entries(SEEDED_VETTING_LEVELS)) expect(MIGRATION_LEVELS.get(code), code).toEqual({ validityMonths: level.validityMonths, requiredChecks: [...level.requiredChecks] });
    expect(isoOf(addMonthsToDay(dayOf('2024-01-31'), 1))).toBe(addMonths('2024-01-31', 1));
    for (let d = dayOf('2023-01-01'); d < dayOf('2025-01-01'); d += 1) for (const m of [-18, 12, 36, 120]) expect(isoOf(addMonthsToDay(d, m))).toBe(addMonths(isoOf(d), m));
  });

  it('leaves every other table exactly as it was: vetting draws from its own stream', () => {
    const other = generate({ scale: 'demo', seed: 5, vettingYears: 6 });
    expect(other.rows.vetting_application.length).toBeGreaterThan(applications.length);
    for (const table of ['person', 'person_name', 'employment', 'misconduct_case', 'case_subject', 'allegation', 'case_event', 'list_entry'] as const) {
      expect(other.rows[table], table).toEqual(rows[table]);
    }
  }, 30_000);

  it('has a result for every check the level requires on every decided application, and none it does not require', () => {
    const decided = applications.filter((a) => a.outcome !== null);
    expect(decided.length).toBeGreaterThan(50);
    for (const a of applications) {
      const required = MIGRATION_LEVELS.get(str(a.level))?.requiredChecks ?? [];
      const recorded = (checksByApplication.get(str(a.id)) ?? []).map((c) => str(c.check_type));
      for (const check of recorded) expect(required, `${str(a.reference)} ${check}`).toContain(check);
      if (a.outcome !== null) expect([...recorded].sort(), str(a.reference)).toEqual([...required].sort());
      for (const c of checksByApplication.get(str(a.id)) ?? []) {
        if (c.result === 'not_completed') expect(c.reason).not.toBeNull();
        expect(c.prefilled).toBe(c.check_type === 'professional_standards' || c.check_type === 'barred_advisory_lists');
        expect(c.recorded_by === null).toBe(c.prefilled);
        // Every adverse check result is explained by an adverse item found by it.
        if (c.result === 'adverse') expect((itemsByApplication.get(str(a.id)) ?? []).length).toBeGreaterThan(0);
      }
    }
  });

  it('never lets a grant despite adverse information go without a second approver who is a different vetting manager', () => {
    let despite = 0;
    for (const a of applications) {
      const items = itemsByApplication.get(str(a.id)) ?? [];
      const grant = a.outcome === 'granted' || a.outcome === 'granted_with_conditions';
      if (!grant || items.length === 0) continue;
      despite += 1;
      if (a.state === 'awaiting_approval') {
        expect(a.approved_by).toBeNull();
        continue;
      }
      expect(a.state).toBe('granted');
      expect(a.approved_by, str(a.reference)).not.toBeNull();
      expect(a.approved_by).not.toBe(a.decided_by);
      expect(usersById.get(str(a.approved_by))?.roles).toEqual(['vetting_manager']);
      expect(str(a.approved_on) >= str(a.decided_on)).toBe(true);
      for (const item of items) expect(item.weighing, str(a.reference)).not.toBeNull();
      if (items.some((i) => raisesPresumptionOfRefusal({ category: i.category as AdverseCategory, disposal: i.disposal as AdverseDisposal }))) expect(a.rebuttal).not.toBeNull();
    }
    expect(despite).toBeGreaterThan(5);
    // Grants without adverse information need no second approval.
    for (const a of applications.filter((x) => x.outcome === 'granted' && (itemsByApplication.get(str(x.id)) ?? []).length === 0)) expect(a.approved_by).toBeNull();
  });

  it('gives refusals a 14-day appeal window (cleared once an appeal is decided), and grants with conditions their conditions and review date', () => {
    const refused = applications.filter((a) => a.outcome === 'refused');
    expect(refused.length).toBeGreaterThan(0);
    for (const a of refused) {
      const appealDecided = (eventsByApplication.get(str(a.id)) ?? []).some((e) => e.action === 'decide_appeal');
      if (appealDecided) expect(a.appeal_due_by).toBeNull();
      else expect(a.appeal_due_by, str(a.reference)).toBe(addDays(str(a.decided_on), 14));
      const lodged = (eventsByApplication.get(str(a.id)) ?? []).find((e) => e.action === 'lodge_appeal');
      if (lodged) expect(str(lodged.acted_on) <= addDays(str(a.decided_on), 14)).toBe(true);
      expect(a.state === 'appeal_lodged').toBe(lodged !== undefined && !appealDecided);
    }
    const withConditions = applications.filter((a) => a.outcome === 'granted_with_conditions');
    expect(withConditions.length).toBeGreaterThan(0);
    for (const a of withConditions) {
      expect((a.conditions as string[]).length).toBeGreaterThan(0);
      expect(str(a.conditions_review_on) > str(a.decided_on)).toBe(true);
    }
    for (const a of applications.filter((x) => x.outcome === null)) expect([a.decided_by, a.decided_on, a.rationale, a.conditions]).toEqual([null, null, null, null]);
  });

  it('puts applications in every state, and reviews in the open and closed ones', () => {
    const states = new Set(applications.map((a) => str(a.state)));
    for (const state of APPLICATION_STATES) expect(states, state).toContain(state);
    const reviewStates = new Set(rows.vetting_review.map((r) => str(r.state)));
    for (const state of ['open', 'notice_served', 'maintained']) expect(reviewStates, state).toContain(state);
  });

  it('opens an application at the level of the role shortly before each join since the files began, of the right kind', () => {
    const { truth } = demo;
    const from = truth.vetting.planted.vettingFrom;
    const appsByPerson = groupBy(applications, (a) => str(a.person_id));
    const jobsByPerson = groupBy(rows.employment, (e) => str(e.person_id));
    let joins = 0;
    for (const [personId, jobs] of jobsByPerson) {
      jobs.forEach((job, k) => {
        const start = str(job.start_date);
        if (addDays(start, -150) < from) return;
        joins += 1;
        const previous = jobs[k - 1];
        const kind = previous === undefined ? 'new_joiner' : previous.leaving_reason === 'transferred' ? 'transferee' : 're_joiner';
        const app = (appsByPerson.get(personId) ?? []).find((a) => a.kind === kind && a.force_id === job.force_id && str(a.opened_on) < start && addDays(str(a.opened_on), 270) >= start && a.state === 'granted');
        expect(app, `${personId} ${start}`).toBeDefined();
        const level = str(app?.level);
        if (['police_officer', 'pcso', 'special_constable'].includes(str(job.role))) expect(level === 'RV' || (level === 'MV' && ['Inspector', 'Chief Inspector', 'Superintendent'].includes(str(job.rank)))).toBe(true);
        else expect(level).toMatch(/^NPPV[123]$/);
        expect(str(app?.approved_on ?? app?.decided_on) < start).toBe(true);
        if (kind !== 'new_joiner') expect(Object.keys(app?.transferee_checklist ?? {})).toHaveLength(7);
      });
    }
    expect(joins).toBeGreaterThan(20);
  });

  it('grants a clearance per granted application, expiring after the level validity; renewals and leaving end the one before', () => {
    const clearances = rows.vetting_clearance;
    const byApplication = new Map(clearances.filter((c) => c.application_id !== null).map((c) => [str(c.application_id), c]));
    for (const a of applications.filter((x) => x.state === 'granted')) {
      const c = byApplication.get(str(a.id));
      expect(c, str(a.reference)).toBeDefined();
      expect(c?.granted_on).toBe(a.approved_on ?? a.decided_on);
      expect(c?.expires_on).toBe(addMonths(str(c?.granted_on), SEEDED_VETTING_LEVELS[str(a.level) as keyof typeof SEEDED_VETTING_LEVELS].validityMonths));
    }
    expect(clearances.filter((c) => c.application_id !== null)).toHaveLength(applications.filter((x) => x.state === 'granted').length);
    for (const c of clearances) {
      expect(c.status === 'active').toBe(c.ended_on === null);
      if (c.ended_on !== null) expect(str(c.ended_on) >= str(c.granted_on)).toBe(true);
    }
    expect(applications.filter((a) => a.kind === 'renewal' && a.state === 'granted').length).toBeGreaterThan(10);
    // Nobody holds two active clearances at the same level.
    const active = clearances.filter((c) => c.status === 'active');
    expect(new Set(active.map((c) => `${str(c.person_id)} ${str(c.level)}`)).size).toBe(active.length);
  });

  it('reviews clearances on the allegations in the person’s own history, and withdraws only where the career ends in withdrawal', () => {
    const big = generate({ scale: 'force', seed: 8, people: 6000 });
    const cases = new Map(big.rows.case_subject.map((s) => [`${str(s.case_id)} ${str(s.person_id)}`, s]));
    const tagsBySubject = groupBy(big.rows.allegation, (a) => str(a.subject_id));
    const triggering = new Set<string>(REVIEW_TRIGGER_TAGS);
    const allegationReviews = big.rows.vetting_review.filter((r) => r.trigger === 'allegation');
    expect(allegationReviews.length).toBeGreaterThan(20);
    for (const r of allegationReviews) {
      const subject = cases.get(`${str(r.trigger_case_id)} ${str(r.person_id)}`);
      expect(subject, str(r.id)).toBeDefined();
      const tags = (tagsBySubject.get(str(subject?.id)) ?? []).flatMap((a) => a.tags as string[]);
      expect(tags.some((t) => triggering.has(t))).toBe(true);
    }
    const withdrawn = big.rows.vetting_review.filter((r) => r.state === 'withdrawn' || r.state === 'panel_appeal');
    expect(withdrawn.length).toBeGreaterThan(0);
    const jobs = groupBy(big.rows.employment, (e) => str(e.person_id));
    const withdrawEvent = new Map(big.rows.vetting_event.filter((e) => e.action === 'withdraw').map((e) => [str(e.review_id), str(e.acted_on)]));
    const clearanceById = new Map(big.rows.vetting_clearance.map((c) => [str(c.id), c]));
    for (const r of withdrawn) {
      const on = withdrawEvent.get(str(r.id));
      expect((jobs.get(str(r.person_id)) ?? []).some((j) => j.leaving_reason === 'vetting_withdrawn' && j.end_date === on), str(r.id)).toBe(true);
      expect(r.hr_action_required).toBe(true);
      expect(r.notice_served_on).not.toBeNull();
      expect(clearanceById.get(str(r.clearance_id))).toMatchObject({ status: 'withdrawn', ended_on: on });
    }
    expect(big.truth.vetting.reviews.withdrawals).toBe(withdrawEvent.size);
  }, 60_000);

  it('writes truth that the rows and the product’s consistency figures agree with', () => {
    const { truth } = demo;
    const v = truth.vetting;
    expect(v.applications.total).toBe(applications.length);
    expect(v.checks.total).toBe(rows.vetting_check.length);
    expect(v.adverseItems.total).toBe(rows.vetting_adverse_item.length);
    expect(v.clearances.total).toBe(rows.vetting_clearance.length);
    expect(v.reviews.total).toBe(rows.vetting_review.length);
    expect(v.integrityReviews.total).toBe(rows.integrity_review.length);
    for (const state of APPLICATION_STATES) expect(v.applications.byState[state] ?? 0, state).toBe(applications.filter((a) => a.state === state).length);

    const decided: DecidedApplication[] = applications.filter((a) => a.outcome !== null && a.state !== 'awaiting_approval').map((a) => ({
      applicationId: str(a.id), reference: str(a.reference), personName: '', outcome: a.outcome as DecisionOutcome, decidedOn: str(a.decided_on),
      deciderId: str(a.decided_by), deciderName: str(usersById.get(str(a.decided_by))?.display_name), approverName: opt(a.approved_by),
      categories: [...new Set((itemsByApplication.get(str(a.id)) ?? []).map((i) => i.category as AdverseCategory))], rebuttal: opt(a.rebuttal), conditions: (a.conditions as string[] | null) ?? [],
    }));
    const figures = computeConsistency(decided);
    expect({ ...figures.overall, grantRate: Number(figures.overall.grantRate?.toFixed(4)) }).toEqual(v.decisions.overall);
    expect(Object.fromEntries(figures.byCategory.map(({ category, decisions, granted, refused }) => [category, { decisions, granted, refused }])))
      .toEqual(Object.fromEntries(Object.entries(v.decisions.byCategory).map(([c, r]) => [c, { decisions: r.decisions, granted: r.granted, refused: r.refused }])));
    expect(Object.fromEntries(figures.byDecider.map((d) => [d.deciderId, [d.decisions, d.granted, d.withAdverse, d.grantedDespiteAdverse]])))
      .toEqual(Object.fromEntries(Object.entries(v.decisions.byDecider).map(([id, d]) => [id, [d.decisions, d.granted, d.withAdverse, d.grantedDespiteAdverse]])));
    expect(figures.grantsDespiteAdverse).toHaveLength(v.decisions.grantsDespiteAdverse.total);
    const byCategory: Record<string, number> = {};
    for (const g of figures.grantsDespiteAdverse) for (const c of g.categories) byCategory[c] = (byCategory[c] ?? 0) + 1;
    expect(byCategory).toEqual(v.decisions.grantsDespiteAdverse.byCategory);

    // Every user a vetting row names exists, is disabled and holds a vetting role.
    const named = [
      ...applications.flatMap((a) => [a.opened_by, a.decided_by, a.approved_by]), ...rows.vetting_check.map((c) => c.recorded_by),
      ...rows.vetting_adverse_item.map((i) => i.created_by), ...rows.vetting_review.map((r) => r.decided_by), ...rows.vetting_event.map((e) => e.actor_id),
      ...rows.integrity_review.map((r) => r.recorded_by),
    ].filter((id) => id !== null);
    for (const id of new Set(named)) expect(usersById.get(str(id)), str(id)).toMatchObject({ disabled: true });
    for (const u of rows.app_user) expect(['vetting_officer', 'vetting_manager']).toContain((u.roles as string[])[0]);
    expect(v.users).toBe(rows.app_user.length);
  });

  it('plants a lenient decider who grants despite adverse information far more often than colleagues', () => {
    const force = generate({ scale: 'force', seed: 12, people: 4000 });
    // One per force (transferees join other forces too); the Met's decides most.
    const lenient = force.truth.vetting.planted.lenientDeciders.find((d) => d.forceId === 'MPS');
    expect(lenient).toBeDefined();
    const deciders = Object.entries(force.truth.vetting.decisions.byDecider);
    const mine = deciders.find(([id]) => id === lenient?.userId)?.[1];
    const rest = deciders.filter(([id]) => id !== lenient?.userId).map(([, d]) => d);
    const share = (d: { withAdverse: number; grantedDespiteAdverse: number }[]) => d.reduce((s, x) => s + x.grantedDespiteAdverse, 0) / d.reduce((s, x) => s + x.withAdverse, 0);
    expect(mine?.withAdverse).toBeGreaterThan(10);
    expect(share(mine ? [mine] : [])).toBeGreaterThan(share(rest) + 0.05);
  }, 60_000);

  it('records annual integrity reviews for a share of serving people, and counts as overdue what the product would', () => {
    const { truth } = demo;
    const reviewsByPerson = groupBy(rows.integrity_review, (r) => str(r.person_id));
    const asOf = truth.generator.asOf;
    let overdue = 0;
    for (const [personId, clearances] of groupBy(rows.vetting_clearance, (c) => str(c.person_id))) {
      const holder = clearances.filter((c) => c.status === 'active' && str(c.expires_on) >= asOf).sort((a, b) => str(b.granted_on).localeCompare(str(a.granted_on)))[0];
      if (!holder) continue;
      const last = (reviewsByPerson.get(personId) ?? []).map((r) => str(r.completed_on)).sort().at(-1);
      const base = last !== undefined && last > str(holder.granted_on) ? last : str(holder.granted_on);
      if (addMonths(base, 12) < asOf) overdue += 1;
    }
    expect(overdue).toBe(truth.vetting.integrityReviews.overdueAsOf);
    expect(overdue).toBeGreaterThan(0);
    expect(reviewsByPerson.size).toBeGreaterThan(overdue * 2);
    for (const r of rows.integrity_review) expect(str(r.completed_on) >= truth.vetting.planted.integrityReviewsFrom && str(r.completed_on) <= asOf).toBe(true);
  });
});
