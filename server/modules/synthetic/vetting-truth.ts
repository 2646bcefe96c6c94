// Planted truth of the vetting part of the synthetic dataset (truth.json → `vetting`): what was put in on purpose
// and what came out, counted the way the product counts it. `decisions` is what the decision-consistency figures
// (server/modules/vetting/consistency.ts) must give over every decided application: an application with an
// outcome, not awaiting second approval; counted once per adverse category it has; a grant is any outcome but
// refused (an appeal upheld later leaves the outcome refused, as the product records it).
import type { AdverseCategory, ApplicationKind, ApplicationState, CheckResult, ClearanceStatus, DecisionOutcome, ReviewState, ReviewTrigger } from '../../../shared/vetting-vocabulary.js';

type Rate = { decisions: number; granted: number; refused: number; grantRate: number | null };
type DeciderFigures = Rate & { withAdverse: number; grantedDespiteAdverse: number };

export type VettingTruth = {
  planted: {
    /** The vetting units record in Warrant from this day: application files, reviews; the clearances then held were migrated. */
    vettingFrom: string;
    /** Levels as seeded by migration 0009 (validity in months, required checks) that the generator followed. */
    levels: Record<string, { validityMonths: number; requiredChecks: readonly string[] }>;
    /** Share of applications with adverse information, by kind (before history and list hits add their own). */
    adverseShare: Record<'new_joiner' | 'transferee_or_re_joiner' | 'renewal', number>;
    /** In every force the first vetting officer grants despite adverse information far more often than the rest. */
    lenientDeciders: { forceId: string; userId: string; name: string }[];
    /** Annual integrity reviews are recorded from this day (Vetting Code of Practice 2023). */
    integrityReviewsFrom: string;
  };
  definitions: Record<string, string>;
  users: number;
  applications: { total: number; byState: Partial<Record<ApplicationState, number>>; byKind: Partial<Record<ApplicationKind, number>>; byLevel: Record<string, number> };
  checks: { total: number; byResult: Partial<Record<CheckResult, number>>; prefilled: number };
  adverseItems: { total: number; byCategory: Partial<Record<AdverseCategory, number>>; convictions: number; cautions: number };
  decisions: {
    firstDecidedOn: string | null;
    lastDecidedOn: string | null;
    overall: Rate;
    byOutcome: Record<DecisionOutcome, number>;
    byCategory: Partial<Record<AdverseCategory, Rate>>;
    byDecider: Record<string, DeciderFigures>;
    grantsDespiteAdverse: { total: number; withRebuttal: number; withConditions: number; byCategory: Partial<Record<AdverseCategory, number>> };
    awaitingApproval: number;
    appeals: { lodged: number; pending: number; upheld: number; dismissed: number };
  };
  clearances: { total: number; legacy: number; byStatusAsOf: Partial<Record<ClearanceStatus, number>> };
  reviews: { total: number; byTrigger: Partial<Record<ReviewTrigger, number>>; byState: Partial<Record<ReviewState, number>>; withdrawals: number; hrActionsRecorded: number };
  integrityReviews: { total: number; people: number; concernsRaised: number; overdueAsOf: number };
  /** Cleared under a variant identity while on a list (barred re-applicants, movers who resigned under investigation, people on a list elsewhere): the list check missed them. */
  listCheckMisses: { personId: string; applicationId: string; kind: 'barred_reapplicant' | 'listed_elsewhere' | 'resigned_mover' }[];
};

export type DecisionRecord = { outcome: DecisionOutcome; state: ApplicationState; decidedOn: string; deciderId: string; categories: readonly AdverseCategory[]; rebuttal: boolean; conditions: boolean };

const round = (x: number): number => Math.round(x * 10_000) / 10_000;
const rateOf = (r: { decisions: number; granted: number }): Rate => ({ decisions: r.decisions, granted: r.granted, refused: r.decisions - r.granted, grantRate: r.decisions === 0 ? null : round(r.granted / r.decisions) });
const bump = <K extends string>(map: Partial<Record<K, number>>, key: K, by = 1): void => {
  map[key] = (map[key] ?? 0) + by;
};
const sorted = <V>(map: Record<string, V>): Record<string, V> => Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));

export type VettingTruthRecorder = ReturnType<typeof createVettingTruth>;

export function createVettingTruth(initial: VettingTruth['planted']) {
  let planted = initial;
  let users = 0;
  const applications = { total: 0, byState: {} as Partial<Record<ApplicationState, number>>, byKind: {} as Partial<Record<ApplicationKind, number>>, byLevel: {} as Record<string, number> };
  const checks = { total: 0, byResult: {} as Partial<Record<CheckResult, number>>, prefilled: 0 };
  const adverse = { total: 0, byCategory: {} as Partial<Record<AdverseCategory, number>>, convictions: 0, cautions: 0 };
  let first: string | null = null;
  let last: string | null = null;
  const overall = { decisions: 0, granted: 0 };
  const byOutcome: Record<DecisionOutcome, number> = { granted: 0, granted_with_conditions: 0, refused: 0 };
  const byCategory: Partial<Record<AdverseCategory, { decisions: number; granted: number }>> = {};
  const byDecider: Record<string, { decisions: number; granted: number; withAdverse: number; grantedDespiteAdverse: number }> = {};
  const despite = { total: 0, withRebuttal: 0, withConditions: 0, byCategory: {} as Partial<Record<AdverseCategory, number>> };
  let awaitingApproval = 0;
  const appeals = { lodged: 0, pending: 0, upheld: 0, dismissed: 0 };
  const clearances = { total: 0, legacy: 0, byStatusAsOf: {} as Partial<Record<ClearanceStatus, number>> };
  const reviews = { total: 0, byTrigger: {} as Partial<Record<ReviewTrigger, number>>, byState: {} as Partial<Record<ReviewState, number>>, withdrawals: 0, hrActionsRecorded: 0 };
  const integrity = { total: 0, people: 0, concernsRaised: 0, overdueAsOf: 0 };
  const misses: VettingTruth['listCheckMisses'] = [];

  return {
    user(): void {
      users += 1;
    },
    application(a: { state: ApplicationState; kind: ApplicationKind; level: string }): void {
      applications.total += 1;
      bump(applications.byState, a.state);
      bump(applications.byKind, a.kind);
      applications.byLevel[a.level] = (applications.byLevel[a.level] ?? 0) + 1;
    },
    check(result: CheckResult, prefilled: boolean): void {
      checks.total += 1;
      bump(checks.byResult, result);
      if (prefilled) checks.prefilled += 1;
    },
    adverseItem(category: AdverseCategory, disposal: string): void {
      adverse.total += 1;
      bump(adverse.byCategory, category);
      if (disposal === 'conviction') adverse.convictions += 1;
      if (disposal === 'caution') adverse.cautions += 1;
    },
    decision(d: DecisionRecord): void {
      if (d.state === 'awaiting_approval') {
        awaitingApproval += 1;
        return;
      }
      const granted = d.outcome !== 'refused';
      const categories = [...new Set(d.categories)];
      if (first === null || d.decidedOn < first) first = d.decidedOn;
      if (last === null || d.decidedOn > last) last = d.decidedOn;
      overall.decisions += 1;
      if (granted) overall.granted += 1;
      byOutcome[d.outcome] += 1;
      for (const c of categories) {
        const rate = byCategory[c] ?? { decisions: 0, granted: 0 };
        rate.decisions += 1;
        if (granted) rate.granted += 1;
        byCategory[c] = rate;
      }
      const decider = byDecider[d.deciderId] ?? { decisions: 0, granted: 0, withAdverse: 0, grantedDespiteAdverse: 0 };
      decider.decisions += 1;
      if (granted) decider.granted += 1;
      if (categories.length > 0) {
        decider.withAdverse += 1;
        if (granted) decider.grantedDespiteAdverse += 1;
      }
      byDecider[d.deciderId] = decider;
      if (granted && categories.length > 0) {
        despite.total += 1;
        if (d.rebuttal) despite.withRebuttal += 1;
        if (d.conditions) despite.withConditions += 1;
        for (const c of categories) bump(despite.byCategory, c);
      }
    },
    appeal(result: 'pending' | 'upheld' | 'dismissed'): void {
      appeals.lodged += 1;
      appeals[result] += 1;
    },
    clearance(status: ClearanceStatus, legacy: boolean): void {
      clearances.total += 1;
      if (legacy) clearances.legacy += 1;
      bump(clearances.byStatusAsOf, status);
    },
    review(r: { trigger: ReviewTrigger; state: ReviewState; withdrawn: boolean; hrActionRecorded: boolean }): void {
      reviews.total += 1;
      bump(reviews.byTrigger, r.trigger);
      bump(reviews.byState, r.state);
      if (r.withdrawn) reviews.withdrawals += 1;
      if (r.hrActionRecorded) reviews.hrActionsRecorded += 1;
    },
    integrityReviews(r: { count: number; concerns: number; overdue: boolean }): void {
      integrity.total += r.count;
      if (r.count > 0) integrity.people += 1;
      integrity.concernsRaised += r.concerns;
      if (r.overdue) integrity.overdueAsOf += 1;
    },
    listCheckMiss(entry: VettingTruth['listCheckMisses'][number]): void {
      misses.push(entry);
    },
    /** The lenient deciders are known once every force's vetting unit exists, after the last person. */
    plantLenientDeciders(list: VettingTruth['planted']['lenientDeciders']): void {
      planted = { ...planted, lenientDeciders: list };
    },
    result(): VettingTruth {
      return {
        planted,
        definitions: {
          decisions: 'vetting_application rows with an outcome whose state is not awaiting_approval (what the consistency figures count), whatever the decision date',
          granted: 'outcome granted or granted_with_conditions; an appeal upheld later leaves the outcome refused',
          byCategory: 'decisions per distinct vetting_adverse_item.category of the application (an application counts once in each of its categories)',
          byDecider: 'decisions per vetting_application.decided_by; withAdverse: with at least one adverse item; grantedDespiteAdverse: of those, granted',
          grantsDespiteAdverse: 'granted decisions with at least one adverse item; byCategory counts each application once per category',
          clearanceStatusAsOf: 'as clearance.service.ts works it out on the as-of day: not active → its status; expired → lapsed; an open review → under_review; expiring within 90 days → expiring; else active',
          integrityOverdueAsOf: 'people whose newest active, unexpired clearance was granted, or whose last integrity review was completed, more than twelve months before the as-of day (listOverdueIntegrityReviews)',
        },
        users,
        applications: { ...applications, byLevel: sorted(applications.byLevel) },
        checks,
        adverseItems: adverse,
        decisions: {
          firstDecidedOn: first,
          lastDecidedOn: last,
          overall: rateOf(overall),
          byOutcome,
          byCategory: Object.fromEntries(Object.entries(byCategory).sort(([a], [b]) => a.localeCompare(b)).map(([c, r]) => [c, rateOf(r)])),
          byDecider: Object.fromEntries(Object.entries(byDecider).sort(([a], [b]) => a.localeCompare(b)).map(([id, r]) => [id, { ...rateOf(r), withAdverse: r.withAdverse, grantedDespiteAdverse: r.grantedDespiteAdverse }])),
          grantsDespiteAdverse: { ...despite, byCategory: Object.fromEntries(Object.entries(despite.byCategory).sort(([a], [b]) => a.localeCompare(b))) },
          awaitingApproval,
          appeals,
        },
        clearances,
        reviews,
        integrityReviews: integrity,
        listCheckMisses: misses,
      };
    },
  };
}
