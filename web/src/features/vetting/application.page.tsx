// One vetting application (/vetting/applications/:id) as a GOV.UK task list: a task per required check (the two
// Warrant fills in from its own records shown as filled), the adverse information, the transferee checklist for
// transferees and re-joiners, and the decision, which cannot start until every check has a result. Below: the
// decision and its second approval, each adverse item, the person's history in every force, and the timeline.
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser } from '../../../../shared/contracts.js';
import type { TVettingApplication } from '../../../../shared/vetting-contracts.js';
import {
  ADVERSE_CATEGORY_LABELS, APPLICATION_KIND_LABELS, APPLICATION_STATE_LABELS, CHECK_LABELS, DECISION_OUTCOME_LABELS, TRANSFEREE_CHECKLIST_LABELS,
} from '../../../../shared/vetting-vocabulary.js';
import { formatDate } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { labelFor } from '../cases/cases.labels.js';
import { requireId } from '../cases/case-params.js';
import { applicationHref, applicationTasks } from './application-tasks.js';
import { getApplication, type TVettingEvent } from './vetting.api.js';
import { AdverseItemCard, DecisionSummary, PersonHistory, SuccessBanner, TaskList, Timeline, timelineOf } from './vetting-components.js';
import { takeVettingFlash } from './vetting-flash.js';
import { APPEAL_RESULT_LABELS, APPLICATION_EVENT_LABELS, applicationStateTag, CHECK_RESULT_LABELS } from './vetting.labels.js';

type ApplicationLoaderData = { application: TVettingApplication; user: TCurrentUser; flash: string | null };

export async function applicationLoader({ request, params }: LoaderFunctionArgs): Promise<ApplicationLoaderData> {
  try {
    const user = await requirePermission(request, 'vetting:read');
    const id = requireId(params, 'id');
    const application = await getApplication(id, request.signal);
    return { application, user, flash: takeVettingFlash(applicationHref(id)) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const text = (data: TVettingEvent['data'], key: string): string | null => (data && typeof data[key] === 'string' ? String(data[key]) : null);

/** What an application event decided, in words, from the details the server recorded with it. */
export function applicationEventDetails(event: TVettingEvent): string[] {
  const { data } = event;
  const details: string[] = [];
  const checkType = text(data, 'checkType');
  const result = text(data, 'result');
  if (checkType && result) details.push(`${labelFor(CHECK_LABELS, checkType)}: ${labelFor(CHECK_RESULT_LABELS, result).toLowerCase()}`);
  else if (result) details.push(`Appeal ${labelFor(APPEAL_RESULT_LABELS, result).toLowerCase()}`);
  const category = text(data, 'category');
  if (category) details.push(labelFor(ADVERSE_CATEGORY_LABELS, category));
  const outcome = text(data, 'outcome');
  if (outcome) details.push(labelFor(DECISION_OUTCOME_LABELS, outcome));
  if (data?.awaitingApproval === true) details.push('Waiting for a second approval');
  const level = text(data, 'level');
  const kind = text(data, 'kind');
  if (level && kind) details.push(`${level}, ${labelFor(APPLICATION_KIND_LABELS, kind).toLowerCase()}`);
  return details;
}

function NextSteps({ application }: { application: TVettingApplication }) {
  const base = applicationHref(application.id);
  const steps = [
    application.allowedActions.includes('approve') && { href: `${base}/approval`, text: 'Give the second approval' },
    application.allowedActions.includes('lodge_appeal') && { href: `${base}/appeal`, text: 'Record an appeal' },
    application.allowedActions.includes('decide_appeal') && { href: `${base}/appeal-decision`, text: 'Decide the appeal' },
  ].filter((step): step is { href: string; text: string } => Boolean(step));
  if (steps.length === 0) return null;
  return (
    <div className="govuk-button-group">
      {steps.map((step) => (
        <Link key={step.href} className="govuk-button" to={step.href}>
          {step.text}
        </Link>
      ))}
    </div>
  );
}

function Checklist({ checklist }: { checklist: NonNullable<TVettingApplication['transfereeChecklist']> }) {
  return (
    <section aria-labelledby="checklist-heading" className="app-case-section">
      <h2 className="govuk-heading-m" id="checklist-heading">
        Transferee checklist
      </h2>
      <SummaryList>
        {checklist.map((item) => (
          <SummaryRow key={item.item} label={TRANSFEREE_CHECKLIST_LABELS[item.item]}>
            {item.note === null ? 'Not completed' : <span className="app-pre-wrap">{item.note}</span>}
          </SummaryRow>
        ))}
      </SummaryList>
    </section>
  );
}

export function ApplicationPage() {
  const { application, user, flash } = useLoaderData<typeof applicationLoader>();
  usePageTitle(`Vetting application ${application.reference}`);
  const tasks = applicationTasks(application);
  const required = application.checks.filter((check) => check.required);
  const done = required.filter((check) => check.result !== null).length;
  return (
    <>
      <SuccessBanner message={flash} />
      <Link to="/vetting" className="govuk-back-link">
        Back to vetting
      </Link>
      <span className="govuk-caption-l">Vetting application</span>
      <h1 className="govuk-heading-l">{application.reference}</h1>
      <SummaryList>
        <SummaryRow label="Person">
          {hasPermission(user, 'person:read') ? (
            <Link className="govuk-link" to={`/people/${application.personId}`}>
              {application.personName}
            </Link>
          ) : (
            application.personName
          )}
        </SummaryRow>
        <SummaryRow label="Date of birth">{formatDate(application.dateOfBirth)}</SummaryRow>
        <SummaryRow label="Force">{application.forceName}</SummaryRow>
        <SummaryRow label="Level">{`${application.levelLabel} (${application.level})`}</SummaryRow>
        <SummaryRow label="Kind">{APPLICATION_KIND_LABELS[application.kind]}</SummaryRow>
        <SummaryRow label="Opened">{`${formatDate(application.openedOn)}${application.openedByName ? ` by ${application.openedByName}` : ''}`}</SummaryRow>
        <SummaryRow label="State">
          <strong className={applicationStateTag(application.state)}>{APPLICATION_STATE_LABELS[application.state]}</strong>
        </SummaryRow>
      </SummaryList>

      <NextSteps application={application} />
      <DecisionSummary application={application} />

      <section aria-labelledby="tasks-heading" className="app-case-section">
        <h2 className="govuk-heading-m" id="tasks-heading">
          Checks and decision
        </h2>
        <p className="govuk-body">
          {done} of {required.length} required checks have a result. A decision cannot be recorded until every required check has one.
        </p>
        <TaskList idPrefix="task" tasks={tasks} />
      </section>

      {application.adverseItems.length > 0 && (
        <section aria-labelledby="adverse-heading" className="app-case-section">
          <h2 className="govuk-heading-m" id="adverse-heading">
            Adverse information
          </h2>
          {application.adverseItems.map((item, index) => (
            <AdverseItemCard key={item.id} item={item} index={index} />
          ))}
        </section>
      )}

      {application.transfereeChecklist && <Checklist checklist={application.transfereeChecklist} />}

      <PersonHistory history={application.history} name={application.personName} />
      <Timeline entries={timelineOf(application.events, APPLICATION_EVENT_LABELS, applicationEventDetails)} />
    </>
  );
}
