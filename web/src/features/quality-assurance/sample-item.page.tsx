// Review one sampled decision (/quality-assurance/items/:id): the decision as it was made (outcome, rationale, adverse
// information and checks, or allegations and the decisions recorded), then the checklist, one question at a time,
// and whether the reviewer agrees, with reasons when they do not. Everything people typed is shown as text.
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser } from '../../../../shared/contracts.js';
import type { TSampleItem } from '../../../../shared/qa-contracts.js';
import { IOPC_CATEGORY_LABELS, STANDARD_LABELS } from '../../../../shared/case-vocabulary.js';
import { decide } from '../../../../shared/policy.js';
import { QA_ANSWER_LABELS, QA_ANSWERS, QA_VERDICT_LABELS, QA_VERDICTS } from '../../../../shared/qa-vocabulary.js';
import { ADVERSE_CATEGORY_LABELS, APPLICATION_KIND_LABELS, DECISION_OUTCOME_LABELS } from '../../../../shared/vetting-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { formatDate, formatDateTime } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { Textarea } from '../../components/textarea.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { requireId } from '../cases/case-params.js';
import { caseToAnswerLabel, labelFor, outcomeLabel, severityLabel, tagLabel } from '../cases/cases.labels.js';
import { ADVERSE_DISPOSAL_LABELS } from '../vetting/vetting.labels.js';
import { answerField, qaFormErrors, readReviewForm } from './qa-forms.js';
import { setQaFlash } from './qa-flash.js';
import { getSampleItem, recordReview } from './qa.api.js';
import { checkLabel, decisionLabel, recordPath, samplePath, stratumLabel } from './qa.labels.js';

type ItemData = { item: TSampleItem; user: TCurrentUser; forceNames: Map<string, string> };

export async function sampleItemLoader({ request, params }: LoaderFunctionArgs): Promise<ItemData> {
  try {
    const user = await requirePermission(request, 'qa:sample');
    const [item, forces] = await Promise.all([getSampleItem(requireId(params, 'id'), request.signal), listForces(request.signal)]);
    return { item, user, forceNames: new Map(forces.map((f) => [f.id, f.name])) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function sampleItemAction({ request, params }: ActionFunctionArgs): Promise<{ errors: FormError[] } | Response> {
  try {
    await requirePermission(request, 'qa:sample');
    const id = requireId(params, 'id');
    const item = await getSampleItem(id, request.signal);
    const parsed = readReviewForm(await request.formData(), item.checklist);
    if (!parsed.request) return { errors: parsed.errors };
    try {
      await recordReview(id, parsed.request);
      setQaFlash(samplePath(item.sampleId), `Review of ${item.reference} saved: ${parsed.request.verdict === 'agree' ? 'you agree with the decision' : 'you disagree with the decision'}`);
      return redirect(samplePath(item.sampleId));
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 409)) return { errors: qaFormErrors(error, { verdict: 'Verdict', reasons: 'Reasons' }) };
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

/** A link to the record itself, for a reviewer whose role may open it (an auditor, or in their own force). */
function canOpenRecord(user: TCurrentUser, item: TSampleItem): boolean {
  const action = item.entityType === 'vetting_application' ? 'vetting:read' : 'case:read';
  return decide(user, action, { forceIds: [item.forceId] }) === 'allow';
}

function VettingDecision({ details }: { details: Extract<TSampleItem['details'], { kind: 'vetting' }> }) {
  return (
    <>
      <SummaryList>
        <SummaryRow label="Level">{details.level}</SummaryRow>
        <SummaryRow label="Application">{labelFor(APPLICATION_KIND_LABELS, details.applicationKind)}</SummaryRow>
        <SummaryRow label="Decision">{labelFor(DECISION_OUTCOME_LABELS, details.outcome)}</SummaryRow>
        <SummaryRow label="Rationale"><span className="app-pre-wrap">{details.rationale ?? 'None recorded'}</span></SummaryRow>
        {details.rebuttal && <SummaryRow label="Rebuttal of the presumption"><span className="app-pre-wrap">{details.rebuttal}</span></SummaryRow>}
        {details.conditions.length > 0 && <SummaryRow label="Conditions">{details.conditions.join('; ')}</SummaryRow>}
        <SummaryRow label="Second approval">{details.approvedByName ?? 'None'}</SummaryRow>
        <SummaryRow label="Checks">{details.checks.length === 0 ? 'None recorded' : details.checks.map((c) => `${checkLabel(c.checkType)}: ${c.result.replace('_', ' ')}`).join('; ')}</SummaryRow>
      </SummaryList>
      <h3 className="govuk-heading-s">Adverse information</h3>
      {details.adverseItems.length === 0 ? (
        <p className="govuk-body">None recorded.</p>
      ) : (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">Adverse information and how it was weighed</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Category</th>
              <th scope="col" className="govuk-table__header">Disposal</th>
              <th scope="col" className="govuk-table__header">Description</th>
              <th scope="col" className="govuk-table__header">How it was weighed</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {details.adverseItems.map((a, i) => (
              <tr className="govuk-table__row" key={i}>
                <td className="govuk-table__cell">{labelFor(ADVERSE_CATEGORY_LABELS, a.category)}</td>
                <td className="govuk-table__cell">{labelFor(ADVERSE_DISPOSAL_LABELS, a.disposal)}</td>
                <td className="govuk-table__cell app-pre-wrap">{a.description}</td>
                <td className="govuk-table__cell app-pre-wrap">{a.weighing ?? 'Not recorded'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

const ACTION_LABELS: Record<string, string> = { assess_severity: 'Severity assessment', decide_case_to_answer: 'Case-to-answer decision' };

function CaseDecision({ details }: { details: Extract<TSampleItem['details'], { kind: 'case' }> }) {
  return (
    <>
      <SummaryList>
        <SummaryRow label="Severity">{severityLabel(details.severity)}</SummaryRow>
        <SummaryRow label="Case to answer">{caseToAnswerLabel(details.caseToAnswer, 'Not decided')}</SummaryRow>
        <SummaryRow label="Outcome">{outcomeLabel(details.outcome, 'None')}</SummaryRow>
      </SummaryList>
      <h3 className="govuk-heading-s">Decisions recorded</h3>
      <ol className="app-timeline">
        {details.decisions.map((d, i) => (
          <li className="app-timeline__item" key={i}>
            <h4 className="govuk-heading-s app-timeline__title">{ACTION_LABELS[d.action] ?? d.action}</h4>
            <p className="govuk-body-s app-timeline__meta">
              {formatDate(d.decidedOn)} by {d.deciderName ?? 'someone not recorded'}
            </p>
            {d.rationale && <p className="govuk-body app-pre-wrap">{d.rationale}</p>}
          </li>
        ))}
      </ol>
      <h3 className="govuk-heading-s">Allegations</h3>
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-visually-hidden">Allegations against the subject</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Allegation</th>
            <th scope="col" className="govuk-table__header">Standard</th>
            <th scope="col" className="govuk-table__header">IOPC category</th>
            <th scope="col" className="govuk-table__header">Thematic tags</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {details.allegations.map((a, i) => (
            <tr className="govuk-table__row" key={i}>
              <td className="govuk-table__cell app-pre-wrap">{a.description}</td>
              <td className="govuk-table__cell">{labelFor(STANDARD_LABELS, a.standard)}</td>
              <td className="govuk-table__cell">{labelFor(IOPC_CATEGORY_LABELS, a.iopcCategory)}</td>
              <td className="govuk-table__cell">{a.tags.length === 0 ? 'None' : a.tags.map(tagLabel).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function SampleItemPage() {
  const { item, user, forceNames } = useLoaderData<typeof sampleItemLoader>();
  const actionData = useActionData<typeof sampleItemAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  usePageTitle(`Review ${item.reference}`, errors.length > 0);
  const record = canOpenRecord(user, item) ? recordPath(item.entityType, item.entityId, item.details.kind === 'case' ? item.details.caseId : null) : null;
  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <Link to={samplePath(item.sampleId)} className="govuk-back-link">
        Back to {item.sampleName}
      </Link>
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">{stratumLabel(item.values, forceNames)}</span>
        Review {item.reference}
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">The decision</h2>
          <SummaryList>
            <SummaryRow label="About">{item.subjectName}</SummaryRow>
            <SummaryRow label="Force">{item.forceName}</SummaryRow>
            <SummaryRow label="Decision">{decisionLabel(item.entityType, item.decision)}</SummaryRow>
            <SummaryRow label="Decided">{`${formatDate(item.decidedOn)} by ${item.deciderName ?? 'someone not recorded'}`}</SummaryRow>
          </SummaryList>
          {item.details.kind === 'vetting' ? <VettingDecision details={item.details} /> : <CaseDecision details={item.details} />}
          {record && (
            <p className="govuk-body">
              <Link className="govuk-link" to={record}>
                Open the full record
              </Link>
            </p>
          )}

          {item.response && (
            <div className="govuk-inset-text">
              <p className="govuk-body govuk-!-font-weight-bold">The decision-maker responded on {formatDateTime(item.response.respondedAt)}:</p>
              <p className="govuk-body app-pre-wrap">{item.response.text}</p>
            </div>
          )}
          {item.isOwnDecision && <div className="govuk-inset-text">You made this decision, so someone else must review it.</div>}

          <h2 className="govuk-heading-m">Your review: {item.checklist.name}</h2>
          {item.review && (
            <p className="govuk-body">
              Reviewed by {item.review.reviewerName ?? 'someone'} on {formatDateTime(item.review.reviewedAt)}: {QA_VERDICT_LABELS[item.review.verdict].toLowerCase()}.
              {item.canReview ? ' You can change the review until the decision-maker responds.' : ''}
            </p>
          )}
          {item.canReview ? (
            <Form method="post" noValidate>
              {item.checklist.questions.map((q) => (
                <Radios
                  key={q.id}
                  id={answerField(q.id)}
                  legend={q.text}
                  inline
                  small
                  defaultValue={item.review?.answers[q.id]}
                  error={errorFor(errors, `answers.${q.id}`)?.message}
                  items={QA_ANSWERS.map((a) => ({ value: a, text: QA_ANSWER_LABELS[a] }))}
                />
              ))}
              <Radios
                id="verdict"
                legend="Do you agree with the decision?"
                defaultValue={item.review?.verdict}
                error={errorFor(errors, 'verdict')?.message}
                items={QA_VERDICTS.map((v) => ({ value: v, text: QA_VERDICT_LABELS[v] }))}
              />
              <Textarea
                id="reasons"
                label="Reasons"
                hint="Required if you disagree: what the decision should have been, and why. The decision-maker will see them"
                defaultValue={item.review?.reasons ?? ''}
                error={errorFor(errors, 'reasons')?.message}
                rows={5}
              />
              <SubmitButton isBusy={navigation.state === 'submitting'}>Save the review</SubmitButton>
            </Form>
          ) : (
            item.review && (
              <SummaryList>
                {item.checklist.questions.map((q) => (
                  <SummaryRow key={q.id} label={q.text}>{labelFor(QA_ANSWER_LABELS, item.review?.answers[q.id], 'Not answered')}</SummaryRow>
                ))}
                <SummaryRow label="Reasons"><span className="app-pre-wrap">{item.review.reasons ?? 'None given'}</span></SummaryRow>
              </SummaryList>
            )
          )}
        </div>
      </div>
    </>
  );
}
