// A subject's history across every force: what the Casey Review found ignored when new allegations came in.
import type { Db } from '../../db/client.js';
import { decide } from '../../../shared/policy.js';
import type { TSubjectHistory } from '../../../shared/case-contracts.js';
import type { SignedInUser } from '../../context.js';
import { todayInEngland } from '../clock/working-days.js';
import { findHistoryOf } from './case.repo.js';
import { clearanceStatus } from '../vetting/clearance.service.js';
import { clearanceReviewFlags, clearancesOf } from '../vetting/vetting.repo.js';

const WARNINGS = new Set(['written_warning', 'final_written_warning']);

export async function buildSubjectHistory(db: Db, actor: SignedInUser, personId: string, excludeCaseId: string | null): Promise<TSubjectHistory> {
  const [{ rows, allegations, openRestrictions }, clearances] = await Promise.all([findHistoryOf(db, personId, excludeCaseId), clearancesOf(db, personId)]);
  const today = todayInEngland();
  // Whether the subject is cleared, and under review, informs a severity assessment; why is the vetting unit's.
  const mayReadVetting = (decide(actor, 'vetting:status') === 'allow' || decide(actor, 'vetting:read') === 'allow') && clearances.every((c) => decide(actor, 'vetting:status', { forceIds: [c.forceId] }) === 'allow' || decide(actor, 'vetting:read', { forceIds: [c.forceId] }) === 'allow');
  const underReview = mayReadVetting ? await clearanceReviewFlags(db, clearances.map((c) => c.id)) : new Set<string>();
  // A restricted case the reader may not see is left out entirely: its existence must not leak.
  const visible = rows.filter((r) => !r.case.restricted || decide(actor, 'case:restricted', { forceIds: [r.case.forceId] }) === 'allow');
  const items = visible.map(({ subject, case: c, forceName }) => {
    const canOpen = decide(actor, 'case:read', { forceIds: [c.forceId], restricted: c.restricted }) === 'allow';
    return {
      caseId: canOpen ? c.id : null,
      caseReference: c.reference,
      forceId: c.forceId,
      forceName,
      receivedOn: c.receivedOn,
      state: subject.state,
      severity: subject.severity,
      caseToAnswer: subject.caseToAnswer,
      outcome: subject.outcome,
      outcomeOn: subject.outcomeOn,
      liveUntil: subject.liveUntil,
      allegations: allegations.filter((a) => a.subjectId === subject.id).map((a) => ({ standard: a.standard, iopcCategory: a.iopcCategory, tags: a.tags, caseToAnswer: a.caseToAnswer })),
    };
  });
  const liveWarnings = visible
    .filter((r) => r.subject.outcome && WARNINGS.has(r.subject.outcome) && r.subject.liveUntil && r.subject.liveUntil >= today)
    .flatMap((r) => (r.subject.outcome && r.subject.liveUntil ? [{ outcome: r.subject.outcome, liveUntil: r.subject.liveUntil, forceId: r.case.forceId }] : []));
  return {
    personId,
    items,
    liveWarnings,
    vetting: mayReadVetting ? clearances.filter((c) => c.status !== 'superseded').map((c) => ({ level: c.level, forceId: c.forceId, status: clearanceStatus(c, today, underReview.has(c.id)), expiresOn: c.expiresOn })) : null,
    openRestrictions: openRestrictions.filter((r) => r.caseId === excludeCaseId || visible.some((v) => v.case.id === r.caseId)).map((r) => ({ kind: r.kind, reviewOn: r.reviewOn, conditions: r.conditions })),
  };
}

export const hasLiveFinalWrittenWarning = (history: TSubjectHistory): boolean => history.liveWarnings.some((w) => w.outcome === 'final_written_warning');
