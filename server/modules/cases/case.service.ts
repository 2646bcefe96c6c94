// Complaints and misconduct cases: intake, the statutory workflow (workflow.ts), and the case page.
import type { Db, Tx } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext, type SignedInUser } from '../../context.js';
import { AppError, fieldError, notFound } from '../../errors.js';
import { decide } from '../../../shared/policy.js';
import { caseScopeOf } from './case-tracking.service.js';
import type { TCase, TCaseList, TCaseListQuery, TCreateCase, TRegulation17Notice, TSubjectHistory, TTransitionRequest } from '../../../shared/case-contracts.js';
import type { Outcome } from '../../../shared/case-vocabulary.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { addMonths, addWorkingDays, todayInEngland, workingDaysBetween } from '../clock/working-days.js';
import { buildSubjectHistory, hasLiveFinalWrittenWarning } from './case-history.js';
import {
  claimCaseVersion, currentForceNames, currentTagDefinitionsVersion, findCase, findLatestEmployment, findPeopleByIds, findSubject,
  findUserInForce, insertAllegations, insertCase, insertCaseEvent, insertParties, insertRestriction, insertSubject,
  lastDecisionDate, listCaseRows, listReferralCriteria, loadCaseParts, namesOf, nextCaseReference, setAllegationCaseToAnswer, setCaseInvestigator, updateSubject, type CaseRow, type SubjectRow,
} from './case.repo.js';
import { allowedActions, isOpen, STATE_LABELS, transitionFor, type SubjectState } from './workflow.js';
import { reportToList } from './list-report.js';
import { openReviewForOutcome, openReviewsForAllegations } from '../vetting/review.service.js';
import { evaluatePeople } from '../signals/evaluate.service.js';

export const resourceOf = (c: CaseRow) => ({ forceIds: [c.forceId], restricted: c.restricted });

export async function loadVisibleCase(db: Db, ctx: RequestContext, caseId: string) {
  authorize(ctx, 'case:read');
  const found = await findCase(db, caseId);
  if (!found) throw notFound('case');
  const actor = authorize(ctx, 'case:read', resourceOf(found.case), { what: 'case' });
  return { ...found, actor };
}

function assertDate(path: string, value: string, { notBefore, notAfter }: { notBefore?: [string, string]; notAfter?: [string, string] }): void {
  if (notAfter && value > notAfter[0]) throw fieldError(path, `must not be after ${notAfter[1]} (${notAfter[0]})`);
  if (notBefore && value < notBefore[0]) throw fieldError(path, `must not be before ${notBefore[1]} (${notBefore[0]})`);
}

export async function createCase({ db, ctx, input }: { db: Db; ctx: RequestContext; input: TCreateCase }): Promise<TCase> {
  const actor = authorize(ctx, 'case:create', { forceIds: [input.forceId] }, { outOfReach: 'forbidden' });
  if (input.restricted && decide(actor, 'case:restricted', { forceIds: [input.forceId] }) !== 'allow') {
    throw new AppError('FORBIDDEN', 'Only counter-corruption may record a restricted case');
  }
  const today = todayInEngland();
  assertDate('receivedOn', input.receivedOn, { notAfter: [today, 'today'] });
  input.subjects.forEach((s, i) => s.allegations.forEach((a, j) => {
    if (a.occurredOn) assertDate(`subjects.${i}.allegations.${j}.occurredOn`, a.occurredOn, { notAfter: [input.receivedOn, 'the date received'] });
  }));
  const personIds = input.subjects.map((s) => s.personId);
  const duplicate = personIds.findIndex((id, i) => personIds.indexOf(id) !== i);
  if (duplicate >= 0) throw fieldError(`subjects.${duplicate}.personId`, 'the same person is listed twice');
  const found = await findPeopleByIds(db, personIds);
  const missing = personIds.findIndex((id) => !found.some((p) => p.id === id));
  if (missing >= 0) throw fieldError(`subjects.${missing}.personId`, 'no person with that id in the register');

  const initialState: SubjectState = input.source === 'public_complaint' ? 'logged' : 'recorded';
  const caseId = await db.transaction(async (tx) => {
    const version = await currentTagDefinitionsVersion(tx);
    const reference = await nextCaseReference(tx, input.forceId, Number(input.receivedOn.slice(0, 4)), input.restricted);
    const row = await insertCase(tx, {
      forceId: input.forceId, reference, source: input.source, restricted: input.restricted, summary: input.summary,
      receivedOn: input.receivedOn, createdBy: actor.id,
    }).catch((error: unknown) => {
      throw rethrowForeignKey(error, 'forceId', `no force with code ${input.forceId}`);
    });
    await insertParties(tx, input.parties.map((p) => ({ caseId: row.id, forceId: input.forceId, kind: p.kind, name: p.name, email: p.email ?? null, phone: p.phone ?? null, accessibilityNeeds: p.accessibilityNeeds ?? null })));
    for (const subject of input.subjects) {
      const latest = await findLatestEmployment(tx, subject.personId);
      const subjectRow = await insertSubject(tx, {
        caseId: row.id, forceId: input.forceId, personId: subject.personId, state: initialState,
        formerOfficer: latest ? latest.endDate !== null : false,
      });
      await insertAllegations(tx, subject.allegations.map((a) => ({
        caseId: row.id, subjectId: subjectRow.id, forceId: input.forceId, description: a.description, occurredOn: a.occurredOn ?? null,
        place: a.place ?? null, standard: a.standard, iopcCategory: a.iopcCategory, tags: [...new Set(a.tags)], tagDefinitionsVersion: version,
      })));
    }
    // A new allegation of sexual misconduct, DA, discrimination, dishonesty or criminal links reviews the subject's vetting.
    await openReviewsForAllegations(tx, ctx, {
      caseId: row.id, caseReference: reference, receivedOn: input.receivedOn,
      subjects: input.subjects.map((s) => ({ personId: s.personId, tags: s.allegations.flatMap((a) => a.tags) })),
    });
    // Early warning in the same transaction: a new allegation can never slip past the rules.
    await evaluatePeople(tx, personIds);
    await insertCaseEvent(tx, { caseId: row.id, forceId: input.forceId, action: input.source === 'public_complaint' ? 'log_complaint' : 'record_matter', toState: initialState, decidedBy: actor.id, decidedOn: today, rationale: null, data: { source: input.source } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'case.create', entityType: 'case', entityId: row.id, forceId: input.forceId, detail: { reference, subjects: input.subjects.length, restricted: input.restricted } })]);
    return row.id;
  });
  return presentCase(db, ctx, caseId, { audit: false });
}

function rethrowForeignKey(error: unknown, path: string, message: string): unknown {
  const code = (error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code;
  return code === '23503' ? fieldError(path, message) : error;
}


/** Claims the case's next version or fails with 409 naming the version it now has (optimistic locking). */
export async function claimCaseVersionOrFail(tx: Tx, caseId: string, expected: number): Promise<void> {
  if (await claimCaseVersion(tx, caseId, expected)) return;
  const current = await findCase(tx, caseId);
  const now = current?.case.version ?? 'unknown';
  throw new AppError('STALE_VERSION', `The case was changed by someone else: you had version ${expected}, it is now ${now}. Reload it and try again`, {
    errors: [{ path: 'version', message: `current version is ${now}` }],
  });
}

export async function getCase({ db, ctx, caseId }: { db: Db; ctx: RequestContext; caseId: string }): Promise<TCase> {
  return presentCase(db, ctx, caseId, { audit: true });
}

export async function presentCase(db: Db, ctx: RequestContext, caseId: string, { audit }: { audit: boolean }): Promise<TCase> {
  const { case: c, forceName, actor } = await loadVisibleCase(db, ctx, caseId);
  const [parts, criteria] = await Promise.all([loadCaseParts(db, caseId), listReferralCriteria(db)]);
  const currentForces = await currentForceNames(db, parts.subjects.map((s) => s.subject.personId));
  const today = todayInEngland();
  const canSeeParties = decide(actor, 'case:parties', resourceOf(c)) === 'allow';
  const underInvestigation = parts.subjects.some((s) => s.subject.state === 'under_investigation');
  const lpbReports = parts.events.filter((e) => e.event.action === 'report_to_local_policing_body').length;
  if (audit) {
    await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'case.read', entityType: 'case', entityId: c.id, forceId: c.forceId })]));
  }
  return {
    id: c.id,
    reference: c.reference,
    forceId: c.forceId,
    forceName,
    source: c.source,
    restricted: c.restricted,
    summary: c.summary,
    receivedOn: c.receivedOn,
    investigatorId: c.investigatorId,
    complainantReview: c.complainantReview ?? null,
    version: c.version,
    clocks: {
      daysOpen: Math.max(0, Math.round((Date.parse(today) - Date.parse(c.receivedOn)) / 86_400_000)),
      localPolicingBodyReportDue: underInvestigation ? addMonths(addMonths(c.receivedOn, 12), 6 * lpbReports) : null,
    },
    parties: canSeeParties ? parts.parties.map((p) => ({ id: p.id, kind: p.kind, name: p.name, email: p.email, phone: p.phone, accessibilityNeeds: p.accessibilityNeeds })) : null,
    subjects: parts.subjects.map(({ subject: s, givenNames, familyName }) => ({
      id: s.id,
      personId: s.personId,
      name: `${givenNames} ${familyName}`,
      currentForceName: currentForces.get(s.personId) ?? null,
      formerOfficer: s.formerOfficer,
      state: s.state,
      stateEnteredAt: s.stateEnteredAt.toISOString(),
      allowedActions: allowedActions(s.state as SubjectState).filter((a) => decide(actor, transitionFor(a).permission, resourceOf(c)) === 'allow'),
      severity: s.severity,
      suggestedReferralCriteria: criteria
        .filter((k) => k.suggestedByTags.some((tag) => parts.allegations.some((a) => a.subjectId === s.id && a.tags.includes(tag))))
        .map((k) => ({ code: k.code, label: k.label, mandatory: k.mandatory })),
      iopcReferred: s.iopcReferred,
      investigationType: s.investigationType,
      regulation17ServedOn: s.regulation17ServedOn,
      regulation17ResponseDue: s.regulation17ResponseDue,
      caseToAnswer: s.caseToAnswer,
      proceedingsForm: s.proceedingsForm,
      proceedingsOn: s.proceedingsOn,
      outcome: s.outcome,
      outcomeOn: s.outcomeOn,
      liveUntil: s.liveUntil,
      allegations: parts.allegations.filter((a) => a.subjectId === s.id).map((a) => ({
        id: a.id, description: a.description, occurredOn: a.occurredOn, place: a.place,
        standard: a.standard as TCase['subjects'][number]['allegations'][number]['standard'],
        iopcCategory: a.iopcCategory as TCase['subjects'][number]['allegations'][number]['iopcCategory'],
        tags: a.tags as TCase['subjects'][number]['allegations'][number]['tags'],
        tagDefinitionsVersion: a.tagDefinitionsVersion, caseToAnswer: a.caseToAnswer,
      })),
      restrictions: parts.restrictions.filter((r) => r.subjectId === s.id).map((r) => ({ id: r.id, kind: r.kind, conditions: r.conditions, decidedOn: r.decidedOn, reviewOn: r.reviewOn, endedOn: r.endedOn })),
    })),
    events: parts.events.map(({ event: e, decidedBy }) => ({
      id: e.id, subjectId: e.subjectId, action: e.action, fromState: e.fromState, toState: e.toState, decidedBy, decidedOn: e.decidedOn,
      rationale: e.rationale, historyAcknowledged: e.historyAcknowledged, data: e.data ?? null, at: e.createdAt.toISOString(),
    })),
  };
}

export async function getSubjectHistory({ db, ctx, caseId, subjectId }: { db: Db; ctx: RequestContext; caseId: string; subjectId: string }): Promise<TSubjectHistory> {
  const { actor } = await loadVisibleCase(db, ctx, caseId);
  authorize(ctx, 'person:history');
  const subject = await findSubject(db, caseId, subjectId);
  if (!subject) throw notFound('subject');
  const history = await buildSubjectHistory(db, actor, subject.personId, caseId);
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'person.history_read', entityType: 'person', entityId: subject.personId, detail: { caseId, items: history.items.length } })]));
  return history;
}

/** Runs one workflow transition for one subject, with every rule the regulations add on top of the table. */
export async function transitionSubject({ db, ctx, caseId, subjectId, request }: {
  db: Db; ctx: RequestContext; caseId: string; subjectId: string; request: TTransitionRequest;
}): Promise<TCase> {
  const { case: c, actor } = await loadVisibleCase(db, ctx, caseId);
  const transition = transitionFor(request.action);
  authorize(ctx, transition.permission, resourceOf(c), { what: 'case' });
  const subject = await findSubject(db, caseId, subjectId);
  if (!subject) throw notFound('subject');
  const state = subject.state as SubjectState;
  if (!transition.from.includes(state)) {
    const allowed = allowedActions(state);
    const inWords = allowed.map((a) => transitionFor(a).label.toLowerCase()).join('; ') || 'nothing';
    throw new AppError('CONFLICT', `You cannot ${transition.label.toLowerCase()} while the subject's matter is ${STATE_LABELS[state]}. What can happen now: ${inWords}`, {
      errors: [{ path: 'action', message: `current state ${state}; allowed: ${allowed.join(', ') || 'none'}` }],
    });
  }
  if (transition.needsHistoryAcknowledgement && !('historyAcknowledged' in request && request.historyAcknowledged === true)) {
    throw fieldError('historyAcknowledged', "Confirm you have read the subject's full history");
  }
  const today = todayInEngland();
  assertDate('decidedOn', request.decidedOn, { notAfter: [today, 'today'], notBefore: [c.receivedOn, 'the date the matter was received'] });
  // Decisions follow one another: none may be dated before the subject's previous step.
  const previous = await lastDecisionDate(db, subjectId);
  if (previous) assertDate('decidedOn', request.decidedOn, { notBefore: [previous, "the subject's previous step"] });
  if (request.action === 'record_outcome' && subject.proceedingsOn) {
    assertDate('decidedOn', request.decidedOn, { notBefore: [subject.proceedingsOn, 'the meeting or hearing'] });
  }

  const { to, patch, data, after } = await applyRules(db, actor, c, subject, request);
  if (!transition.to.includes(to)) throw new Error(`rule for ${request.action} chose ${to}, not in the table`);

  await db.transaction(async (tx) => {
    await claimCaseVersionOrFail(tx, caseId, request.version);
    await updateSubject(tx, subjectId, { ...patch, state: to, stateEnteredAt: new Date() });
    await insertCaseEvent(tx, {
      caseId, subjectId, forceId: c.forceId, action: request.action, fromState: state, toState: to, decidedBy: actor.id,
      decidedOn: request.decidedOn, rationale: request.rationale, data, historyAcknowledged: 'historyAcknowledged' in request && request.historyAcknowledged === true,
    });
    await after?.(tx);
    // Vetting Code of Practice 2023: misconduct that did not end in dismissal means vetting is repeated.
    const outcome = patch.outcome ?? null;
    if (request.action === 'record_outcome' && outcome) {
      await openReviewForOutcome(tx, ctx, { caseId, caseReference: c.reference, personId: subject.personId, outcome, outcomeOn: request.decidedOn });
    }
    // Decisions change what the rules see (a live warning, no case to answer, a list entry).
    await evaluatePeople(tx, [subject.personId]);
    await appendAuditEvents(tx, [auditEvent(ctx, {
      action: `case.${request.action}`, entityType: 'case_subject', entityId: subjectId, forceId: c.forceId,
      detail: { caseId, from: state, to, historyAcknowledged: 'historyAcknowledged' in request ? request.historyAcknowledged : undefined },
    })]);
  });
  return presentCase(db, ctx, caseId, { audit: false });
}

type RuleResult = { to: SubjectState; patch: Partial<SubjectRow>; data: Record<string, unknown>; after?: (tx: Tx) => Promise<void> };

const LIVE_MONTHS = { written_warning: 18 } as const;

async function applyRules(db: Db, actor: SignedInUser, c: CaseRow, subject: SubjectRow, request: TTransitionRequest): Promise<RuleResult> {
  switch (request.action) {
    case 'record_complaint':
    case 'complete_reflective_practice':
    case 'withdraw':
      return { to: transitionFor(request.action).to[0] as SubjectState, patch: {}, data: {} };
    case 'reopen':
      return { to: 'recorded', patch: { outcome: null, outcomeOn: null, liveUntil: null }, data: { reopenedFrom: subject.state } };
    case 'handle_outside_schedule_3':
      return { to: 'outside_schedule_3', patch: {}, data: { complainantAgreed: true } };
    case 'close':
      return { to: 'closed', patch: {}, data: {} };
    case 'assess_severity': {
      const to: SubjectState = request.severity === 'no_further_action' ? 'closed' : request.severity === 'practice_requiring_improvement' ? 'reflective_practice' : 'assessed';
      return { to, patch: { severity: request.severity }, data: { severity: request.severity, likelyProceedings: request.likelyProceedings ?? null } };
    }
    case 'decide_iopc_referral': {
      const criteria = await listReferralCriteria(db);
      const unknown = request.criteria.filter((code) => !criteria.some((k) => k.code === code));
      if (unknown.length > 0) throw fieldError('criteria', `unknown referral criteria: ${unknown.join(', ')}`);
      const mandatory = criteria.filter((k) => k.mandatory && request.criteria.includes(k.code));
      if (mandatory.length > 0 && !request.referred) {
        throw fieldError('referred', `Referral to the IOPC is mandatory: ${mandatory.map((k) => k.label).join('; ')}`);
      }
      return { to: 'referral_decided', patch: { iopcReferred: request.referred }, data: { referred: request.referred, criteria: request.criteria, iopcDecision: request.iopcDecision ?? null } };
    }
    case 'start_investigation': {
      if (request.investigationType !== 'local' && !subject.iopcReferred) throw fieldError('investigationType', 'a directed or independent investigation needs an IOPC referral');
      if (request.investigatorId) {
        const investigator = await findUserInForce(db, request.investigatorId);
        if (!investigator || investigator.forceId !== c.forceId) throw fieldError('investigatorId', 'no user with that id in this force');
      }
      const investigatorId = request.investigatorId ?? null;
      return {
        to: 'under_investigation', patch: { investigationType: request.investigationType },
        data: { investigationType: request.investigationType, investigatorId },
        after: investigatorId ? (tx) => setCaseInvestigator(tx, c.id, investigatorId) : undefined,
      };
    }
    case 'submit_investigation_report':
      if (!subject.regulation17ServedOn) throw new AppError('CONFLICT', 'Serve the Regulation 17 written notice on the officer before the investigation report', { errors: [{ path: 'action', message: 'no Regulation 17 notice served' }] });
      return { to: 'report_submitted', patch: {}, data: {} };
    case 'decide_case_to_answer': {
      const isCaseToAnswer = request.decision === 'case_to_answer_misconduct' || request.decision === 'case_to_answer_gross_misconduct';
      const to: SubjectState = isCaseToAnswer && request.bringProceedings ? 'awaiting_proceedings' : request.decision === 'rprp' ? 'reflective_practice' : 'closed';
      return {
        to, patch: { caseToAnswer: request.decision },
        data: { decision: request.decision, bringProceedings: request.bringProceedings, departsFromNorm: request.departsFromNorm, allegationFindings: request.allegationFindings },
        after: async (tx) => {
          const parts = await loadCaseParts(tx, c.id);
          for (const allegation of parts.allegations.filter((a) => a.subjectId === subject.id)) {
            const finding = request.allegationFindings.find((f) => f.allegationId === allegation.id);
            await setAllegationCaseToAnswer(tx, allegation.id, subject.id, finding ? finding.caseToAnswer : isCaseToAnswer);
          }
        },
      };
    }
    case 'arrange_proceedings': {
      assertDate('proceedingsOn', request.proceedingsOn, { notBefore: [request.noticeServedOn, 'the notice date'] });
      const history = await buildSubjectHistory(db, actor, subject.personId, c.id);
      const liveFww = hasLiveFinalWrittenWarning(history);
      const gross = subject.caseToAnswer === 'case_to_answer_gross_misconduct';
      if (request.form === 'misconduct_meeting' && (gross || liveFww)) {
        throw fieldError('form', gross ? 'gross misconduct must go to a misconduct hearing' : 'the officer has a live final written warning: misconduct goes to a misconduct hearing');
      }
      if (request.form !== 'misconduct_meeting') {
        if (!request.panel) throw fieldError('panel', 'a hearing needs its panel: the chair (chief officer or delegate), two independent lay members and a legally qualified adviser');
        if (!request.publicNoticeOn) throw fieldError('publicNoticeOn', 'hearings are held in public: give the date of the public notice');
        assertDate('publicNoticeOn', request.publicNoticeOn, { notAfter: [request.proceedingsOn, 'the hearing'] });
      }
      if (request.form === 'accelerated_hearing') {
        if (!request.specialConditionsCertified) throw fieldError('specialConditionsCertified', 'an accelerated hearing needs the special conditions certified');
        const days = workingDaysBetween(request.noticeServedOn, request.proceedingsOn);
        if (days < 10 || days > 15) throw fieldError('proceedingsOn', `an accelerated hearing sits 10 to 15 working days after notice; this is ${days}`);
      }
      return {
        to: 'proceedings_arranged', patch: { proceedingsForm: request.form, proceedingsOn: request.proceedingsOn },
        data: { form: request.form, noticeServedOn: request.noticeServedOn, proceedingsOn: request.proceedingsOn, panel: request.panel ?? null, publicNoticeOn: request.publicNoticeOn ?? null, liveFinalWrittenWarning: liveFww },
      };
    }
    case 'record_outcome': {
      const form = subject.proceedingsForm;
      const meetingOutcomes: readonly Outcome[] = ['no_misconduct', 'written_warning', 'final_written_warning'];
      if (form === 'misconduct_meeting' && !meetingOutcomes.includes(request.outcome)) throw fieldError('outcome', 'a misconduct meeting can give at most a final written warning');
      if (request.outcome === 'would_have_been_dismissed' && !subject.formerOfficer) throw fieldError('outcome', '"would have been dismissed" is only for former officers');
      if ((request.outcome === 'dismissal_without_notice' || request.outcome === 'reduction_in_rank') && subject.formerOfficer) throw fieldError('outcome', 'a former officer cannot be dismissed or reduced in rank: record "would have been dismissed"');
      const years = request.finalWrittenWarningYears ?? 2;
      if (request.outcome === 'final_written_warning' && form === 'misconduct_meeting' && years !== 2) throw fieldError('finalWrittenWarningYears', 'only a hearing can extend a final written warning beyond 2 years');
      const liveUntil = request.outcome === 'written_warning' ? addMonths(request.decidedOn, LIVE_MONTHS.written_warning)
        : request.outcome === 'final_written_warning' ? addMonths(request.decidedOn, 12 * years) : null;
      const barred = request.outcome === 'dismissal_without_notice' || request.outcome === 'would_have_been_dismissed';
      return {
        to: 'outcome_recorded', patch: { outcome: request.outcome, outcomeOn: request.decidedOn, liveUntil },
        data: { outcome: request.outcome, liveUntil, finalWrittenWarningYears: request.outcome === 'final_written_warning' ? years : null, departsFromNorm: request.departsFromNorm },
        after: barred ? (tx) => reportToList(tx, { subject, caseReference: c.reference, list: 'barred', eventOn: request.decidedOn, outcome: request.outcome }) : undefined,
      };
    }
    case 'lodge_appeal': {
      const fromMeeting = subject.proceedingsForm === 'misconduct_meeting';
      if (request.appealTo === 'internal' && !fromMeeting) throw fieldError('appealTo', 'an outcome from a hearing is appealed to the Police Appeals Tribunal');
      if (request.appealTo === 'police_appeals_tribunal' && fromMeeting) throw fieldError('appealTo', 'an outcome from a meeting is appealed internally');
      if (fromMeeting && subject.outcomeOn && request.decidedOn > addWorkingDays(subject.outcomeOn, 7)) {
        throw fieldError('decidedOn', `notice of an internal appeal is due within 7 working days of the outcome (by ${addWorkingDays(subject.outcomeOn, 7)})`);
      }
      return { to: 'under_appeal', patch: {}, data: { appealTo: request.appealTo } };
    }
    case 'decide_appeal': {
      if (request.result === 'varied' && !request.variedOutcome) throw fieldError('variedOutcome', 'give the outcome as varied on appeal');
      const outcome = request.result === 'allowed' ? 'no_misconduct' : request.result === 'varied' ? request.variedOutcome ?? subject.outcome : subject.outcome;
      const liveUntil = outcome === 'written_warning' ? addMonths(request.decidedOn, 18) : outcome === 'final_written_warning' ? subject.liveUntil ?? addMonths(request.decidedOn, 24) : null;
      return { to: 'closed', patch: { outcome, liveUntil }, data: { result: request.result, outcome } };
    }
  }
}

export async function serveRegulation17Notice({ db, ctx, caseId, subjectId, notice }: { db: Db; ctx: RequestContext; caseId: string; subjectId: string; notice: TRegulation17Notice }): Promise<TCase> {
  const { case: c, actor } = await loadVisibleCase(db, ctx, caseId);
  authorize(ctx, 'case:investigate', resourceOf(c), { what: 'case' });
  const subject = await findSubject(db, caseId, subjectId);
  if (!subject) throw notFound('subject');
  if (subject.state !== 'under_investigation') throw new AppError('CONFLICT', `A Regulation 17 notice is served during the investigation; the subject is ${subject.state}`, { errors: [{ path: 'state', message: subject.state }] });
  assertDate('servedOn', notice.servedOn, { notAfter: [todayInEngland(), 'today'], notBefore: [c.receivedOn, 'the date received'] });
  const responseDue = addWorkingDays(notice.servedOn, 10);
  await db.transaction(async (tx) => {
    await claimCaseVersionOrFail(tx, caseId, notice.version);
    await updateSubject(tx, subjectId, { regulation17ServedOn: notice.servedOn, regulation17ResponseDue: responseDue });
    await insertCaseEvent(tx, { caseId, subjectId, forceId: c.forceId, action: 'serve_regulation_17_notice', decidedBy: actor.id, decidedOn: notice.servedOn, rationale: null, data: { ...notice.contents, responseDue } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'case.serve_regulation_17_notice', entityType: 'case_subject', entityId: subjectId, forceId: c.forceId, detail: { caseId, responseDue } })]);
  });
  return presentCase(db, ctx, caseId, { audit: false });
}

export async function recordRestriction({ db, ctx, caseId, subjectId, input }: { db: Db; ctx: RequestContext; caseId: string; subjectId: string; input: { version: number; kind: 'suspension' | 'redeployment' | 'restricted_duties'; conditions: string; decidedOn: string; reviewOn: string } }): Promise<TCase> {
  const { case: c, actor } = await loadVisibleCase(db, ctx, caseId);
  authorize(ctx, 'case:decide', resourceOf(c), { what: 'case' });
  const subject = await findSubject(db, caseId, subjectId);
  if (!subject) throw notFound('subject');
  if (!isOpen(subject.state as SubjectState)) throw new AppError('CONFLICT', `The subject's matter is ${subject.state}`);
  assertDate('decidedOn', input.decidedOn, { notAfter: [todayInEngland(), 'today'] });
  assertDate('reviewOn', input.reviewOn, { notBefore: [input.decidedOn, 'the decision'] });
  await db.transaction(async (tx) => {
    await claimCaseVersionOrFail(tx, caseId, input.version);
    await insertRestriction(tx, { caseId, subjectId, forceId: c.forceId, kind: input.kind, conditions: input.conditions, decidedOn: input.decidedOn, reviewOn: input.reviewOn, decidedBy: actor.id });
    await insertCaseEvent(tx, { caseId, subjectId, forceId: c.forceId, action: `restriction_${input.kind}`, decidedBy: actor.id, decidedOn: input.decidedOn, rationale: input.conditions, data: { reviewOn: input.reviewOn } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'case.restriction', entityType: 'case_subject', entityId: subjectId, forceId: c.forceId, detail: { caseId, kind: input.kind } })]);
  });
  return presentCase(db, ctx, caseId, { audit: false });
}

export async function listCases({ db, ctx, query }: { db: Db; ctx: RequestContext; query: TCaseListQuery }): Promise<TCaseList> {
  const actor = authorize(ctx, 'case:list');
  const today = todayInEngland();
  const { rows, total, subjects } = await listCaseRows(db, query, caseScopeOf(actor), today);
  const names = await namesOf(db, [...new Set(subjects.map((s) => s.personId))]);
  return {
    items: rows.map(({ case: c, nextDue: due }) => {
      const nextDue = due ? { on: due.slice(0, 10), what: due.slice(11) } : null;
      return {
      id: c.id, reference: c.reference, forceId: c.forceId, source: c.source, restricted: c.restricted, receivedOn: c.receivedOn,
      subjects: subjects.filter((s) => s.caseId === c.id).map((s) => ({ name: names.get(s.personId) ?? 'Unknown', state: s.state })),
      tags: c.tags,
      nextDue,
      overdue: nextDue !== null && nextDue.on < today,
    }; }),
    total, page: query.page, pageSize: query.pageSize,
  };
}
