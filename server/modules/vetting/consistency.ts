// Decision consistency of a vetting unit: grant and refusal rates by adverse category and by decider, and every
// grant made despite adverse information, so a supervisor or the inspectorate can see where decisions diverge.
import type { TConsistency } from '../../../shared/vetting-contracts.js';
import type { AdverseCategory } from '../../../shared/vetting-vocabulary.js';

export type DecidedApplication = {
  applicationId: string;
  reference: string;
  personName: string;
  outcome: 'granted' | 'granted_with_conditions' | 'refused';
  decidedOn: string;
  deciderId: string;
  deciderName: string;
  approverName: string | null;
  categories: AdverseCategory[];
  rebuttal: string | null;
  conditions: string[];
};

type Rate = { decisions: number; granted: number; refused: number; grantRate: number | null };

function rateOf(rows: readonly DecidedApplication[]): Rate {
  const granted = rows.filter((r) => r.outcome !== 'refused').length;
  return { decisions: rows.length, granted, refused: rows.length - granted, grantRate: rows.length === 0 ? null : granted / rows.length };
}

/** Pure: the same rows always give the same figures (tested on a hand-made set). */
export function computeConsistency(rows: readonly DecidedApplication[]): Omit<TConsistency, 'forceId' | 'from' | 'to'> {
  const categories = [...new Set(rows.flatMap((r) => r.categories))].sort();
  const deciders = [...new Map(rows.map((r) => [r.deciderId, r.deciderName])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  return {
    overall: rateOf(rows),
    byCategory: categories.map((category) => ({ category, ...rateOf(rows.filter((r) => r.categories.includes(category))) })),
    byDecider: deciders.map(([deciderId, deciderName]) => {
      const mine = rows.filter((r) => r.deciderId === deciderId);
      const withAdverse = mine.filter((r) => r.categories.length > 0);
      return { deciderId, deciderName, ...rateOf(mine), withAdverse: withAdverse.length, grantedDespiteAdverse: withAdverse.filter((r) => r.outcome !== 'refused').length };
    }),
    grantsDespiteAdverse: rows.filter((r) => r.outcome !== 'refused' && r.categories.length > 0).map((r) => ({
      applicationId: r.applicationId, reference: r.reference, personName: r.personName, decidedOn: r.decidedOn, deciderName: r.deciderName, approverName: r.approverName,
      categories: r.categories, rebuttal: r.rebuttal, conditions: r.conditions,
    })),
  };
}
