// The review checklists (/quality-assurance/checklists): the questions reviewers answer about each sampled decision,
// one checklist per kind of decision, with its earlier versions; and the form that changes the questions
// (/quality-assurance/checklists/:population), which adds a version. Samples already drawn keep their questions.
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TChecklistVersion } from '../../../../shared/qa-contracts.js';
import { QA_LIMITS, QA_POPULATION_LABELS, QA_POPULATIONS, type QaPopulation } from '../../../../shared/qa-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { formatDate, pluralise } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { TextInput } from '../../components/text-input.js';
import { Textarea } from '../../components/textarea.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { checklistFormErrors, readChecklistForm } from './qa-forms.js';
import { setQaFlash, takeQaFlash } from './qa-flash.js';
import { listChecklistVersions, replaceChecklist } from './qa.api.js';

const CHECKLISTS_PATH = '/quality-assurance/checklists';
const FIELD_LABELS = { name: 'Name of the checklist', questions: 'Questions' } as const;

const isPopulation = (value: string | undefined): value is QaPopulation => QA_POPULATIONS.some((p) => p === value);
const decisionsLabel = (population: QaPopulation): string => QA_POPULATION_LABELS[population].replace(/ \(.*\)$/, '').toLowerCase();

export async function checklistsLoader({ request }: LoaderFunctionArgs) {
  try {
    await requirePermission(request, 'qa:checklists');
    const { items } = await listChecklistVersions(request.signal);
    return { versions: items, flash: takeQaFlash(CHECKLISTS_PATH) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function Questions({ version }: { version: TChecklistVersion }) {
  return (
    <ol className="govuk-list govuk-list--number">
      {version.questions.map((q) => (
        <li key={q.id}>{q.text}</li>
      ))}
    </ol>
  );
}

function ChecklistSection({ population, versions }: { population: QaPopulation; versions: readonly TChecklistVersion[] }) {
  const active = versions.find((v) => v.active);
  const earlier = versions.filter((v) => !v.active);
  const headingId = `checklist-${population}`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={headingId}>
        {QA_POPULATION_LABELS[population]}
      </h2>
      {active ? (
        <>
          <p className="govuk-body">
            <span className="govuk-!-font-weight-bold">{active.name}</span>, in use since {formatDate(active.createdAt.slice(0, 10))},{' '}
            {active.samples === 0 ? 'no samples drawn with it yet' : `${pluralise(active.samples, 'sample')} drawn with it`}.
          </p>
          <Questions version={active} />
          <Link className="govuk-button govuk-button--secondary" to={`${CHECKLISTS_PATH}/${population}`}>
            Change the questions<span className="govuk-visually-hidden"> about {decisionsLabel(population)}</span>
          </Link>
        </>
      ) : (
        <p className="govuk-body">There is no checklist for these decisions, so they cannot be sampled.</p>
      )}
      {earlier.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Earlier versions ({earlier.length})</span>
          </summary>
          <div className="govuk-details__text">
            {earlier.map((v) => (
              <div key={v.id}>
                <h3 className="govuk-heading-s">
                  {v.name}, from {formatDate(v.createdAt.slice(0, 10))}: {pluralise(v.samples, 'sample')}
                </h3>
                <Questions version={v} />
              </div>
            ))}
          </div>
        </details>
      )}
    </section>
  );
}

export function ChecklistsPage() {
  const { versions, flash } = useLoaderData<typeof checklistsLoader>();
  usePageTitle('Review checklists');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {flash && (
          <NotificationBanner type="success">
            <p className="govuk-notification-banner__heading">{flash}</p>
          </NotificationBanner>
        )}
        <h1 className="govuk-heading-l">Review checklists</h1>
        <p className="govuk-body">
          Reviewers answer these questions about every decision in a dip sample, in every force. Changing the questions makes a new version: samples
          already drawn keep the questions they were reviewed against, and a question worded as before keeps its place in the comparisons.
        </p>
        {QA_POPULATIONS.map((population) => (
          <ChecklistSection key={population} population={population} versions={versions.filter((v) => v.population === population)} />
        ))}
      </div>
    </div>
  );
}

type EditData = { population: QaPopulation; active: TChecklistVersion };
type EditActionData = { errors: FormError[]; values: { name: string; questions: string } };

export async function checklistEditLoader({ request, params }: LoaderFunctionArgs): Promise<EditData> {
  try {
    await requirePermission(request, 'qa:checklists');
    const population = params['population'];
    if (!isPopulation(population)) throw new Response('Not found', { status: 404 });
    const { items } = await listChecklistVersions(request.signal);
    const active = items.find((v) => v.population === population && v.active);
    if (!active) throw new Response('Not found', { status: 404 });
    return { population, active };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function checklistEditAction({ request, params }: ActionFunctionArgs): Promise<EditActionData | Response> {
  try {
    await requirePermission(request, 'qa:checklists');
    const population = params['population'];
    if (!isPopulation(population)) throw new Response('Not found', { status: 404 });
    const form = await request.formData();
    const values = { name: String(form.get('name') ?? ''), questions: String(form.get('questions') ?? '') };
    const parsed = readChecklistForm(form, population);
    if (!parsed.request) return { errors: parsed.errors, values };
    try {
      const created = await replaceChecklist(parsed.request);
      setQaFlash(CHECKLISTS_PATH, `New version of the checklist for ${decisionsLabel(population)} saved: ${pluralise(created.questions.length, 'question')}`);
      return redirect(CHECKLISTS_PATH);
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 409)) return { errors: checklistFormErrors(error, FIELD_LABELS), values };
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function ChecklistEditPage() {
  const { population, active } = useLoaderData<typeof checklistEditLoader>();
  const actionData = useActionData<typeof checklistEditAction>();
  const navigation = useNavigation();
  const errors = actionData?.errors ?? [];
  usePageTitle(`Change the checklist for ${decisionsLabel(population)}`, errors.length > 0);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={CHECKLISTS_PATH}>
          Back to the review checklists
        </Link>
        {errors.length > 0 && <ErrorSummary errors={errors} />}
        <h1 className="govuk-heading-l">Change the checklist for {decisionsLabel(population)}</h1>
        <p className="govuk-body">
          Saving makes a new version that every new sample of {decisionsLabel(population)} uses, in every force. Samples already drawn keep the{' '}
          {pluralise(active.questions.length, 'question')} of “{active.name}”.
        </p>
        <Form method="post" noValidate>
          <input type="hidden" name="replaces" value={active.id} />
          <TextInput id="name" label={FIELD_LABELS.name} error={errorFor(errors, 'name')?.message} defaultValue={actionData?.values.name ?? active.name} />
          <Textarea
            id="questions"
            label={FIELD_LABELS.questions}
            hint={`One question per line, in the order reviewers answer them, ${QA_LIMITS.questions} at most. Each is answered yes, no or not applicable. Keep the wording of a question you do not mean to change, so its answers stay comparable with earlier samples.`}
            error={errorFor(errors, 'questions')?.message}
            rows={Math.max(6, active.questions.length + 2)}
            defaultValue={actionData?.values.questions ?? active.questions.map((q) => q.text).join('\n')}
          />
          <SubmitButton isBusy={navigation.state === 'submitting'}>Save a new version</SubmitButton>
        </Form>
      </div>
    </div>
  );
}
