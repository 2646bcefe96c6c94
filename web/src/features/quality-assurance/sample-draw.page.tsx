// Draw a dip sample (/quality-assurance/new): which decisions (vetting or case, when the reviewer may review both),
// then the force, the period, the strata, optional filters, how many from each stratum, and an optional seed.
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser, TForce } from '../../../../shared/contracts.js';
import { reachOf } from '../../../../shared/policy.js';
import { ADVERSE_CATEGORY_LABELS, DECISION_OUTCOME_LABELS, VETTING_LEVELS } from '../../../../shared/vetting-vocabulary.js';
import { IOPC_CATEGORY_LABELS, THEMATIC_TAGS } from '../../../../shared/case-vocabulary.js';
import {
  CASE_DECISION_TYPE_LABELS, FILTERS_BY_POPULATION, QA_POPULATION_LABELS, QA_POPULATIONS, STRATIFIER_LABELS, STRATIFIERS_BY_POPULATION, type QaPopulation, type Stratifier,
} from '../../../../shared/qa-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { Checkboxes, Radios, type ChoiceItem } from '../../components/choice-fields.js';
import { DateInput } from '../../components/date-input.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select } from '../../components/select.js';
import { TextInput } from '../../components/text-input.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { tagLabel } from '../cases/cases.labels.js';
import { DRAW_DATE_FIELDS, DRAW_FIELD_LABELS, EVERY_FORCE, filterField, qaFormErrors, readDrawForm } from './qa-forms.js';
import { setQaFlash } from './qa-flash.js';
import { drawSample } from './qa.api.js';
import { samplePath } from './qa.labels.js';

/** The populations a reviewer reviews: vetting decisions need vetting:read or vetting:consistency, case decisions case:read. */
export function populationsFor(user: TCurrentUser): QaPopulation[] {
  return QA_POPULATIONS.filter((p) => (p === 'vetting_decision' ? hasPermission(user, 'vetting:read') || hasPermission(user, 'vetting:consistency') : hasPermission(user, 'case:read')));
}

const isPopulation = (value: string | null): value is QaPopulation => QA_POPULATIONS.some((p) => p === value);

type DrawData = { user: TCurrentUser; forces: TForce[]; populations: QaPopulation[]; population: QaPopulation | null; isNational: boolean };

export async function sampleDrawLoader({ request }: LoaderFunctionArgs): Promise<DrawData> {
  try {
    const user = await requirePermission(request, 'qa:sample');
    const forces = await listForces(request.signal);
    const populations = populationsFor(user);
    const asked = new URL(request.url).searchParams.get('population');
    const population = isPopulation(asked) && populations.includes(asked) ? asked : populations.length === 1 ? (populations[0] ?? null) : null;
    return { user, forces, populations, population, isNational: reachOf(user, 'qa:sample') === 'national' };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function sampleDrawAction({ request }: ActionFunctionArgs): Promise<{ errors: FormError[] } | Response> {
  try {
    const user = await requirePermission(request, 'qa:sample');
    const asked = new URL(request.url).searchParams.get('population');
    const population = isPopulation(asked) ? asked : populationsFor(user)[0];
    if (!population) return { errors: [{ field: 'population', href: '#population', message: 'Select which decisions to sample' }] };
    const national = reachOf(user, 'qa:sample') === 'national';
    const parsed = readDrawForm(await request.formData(), population, national ? null : user.forceId);
    if (!parsed.request) return { errors: parsed.errors };
    try {
      const sample = await drawSample(parsed.request);
      setQaFlash(samplePath(sample.id), `Sample drawn: ${sample.sampleItems.length} decisions, seed “${sample.seed}”`);
      return redirect(samplePath(sample.id));
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 403 || error.status === 409)) {
        return { errors: qaFormErrors(error, DRAW_FIELD_LABELS, { aliases: { proportion: 'percentage' }, dateFields: DRAW_DATE_FIELDS }) };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const choices = (labels: Readonly<Record<string, string>>): ChoiceItem[] => Object.entries(labels).map(([value, text]) => ({ value, text }));

const FILTER_CHOICES: Record<Stratifier, ChoiceItem[]> = {
  force: [],
  outcome: choices(DECISION_OUTCOME_LABELS),
  adverseCategory: choices(ADVERSE_CATEGORY_LABELS),
  level: VETTING_LEVELS.map((level) => ({ value: level, text: level })),
  decisionType: choices(CASE_DECISION_TYPE_LABELS),
  tag: THEMATIC_TAGS.map((tag) => ({ value: tag, text: tagLabel(tag) })),
  iopcCategory: choices(IOPC_CATEGORY_LABELS),
};

const STRATIFIER_HINTS: Partial<Record<Stratifier, string>> = {
  adverseCategory: 'A decision with several categories counts under the first in the usual order',
  tag: 'A decision with several tags counts under the first in the usual order',
  iopcCategory: 'A decision with several categories counts under the first in the usual order',
};

function ChoosePopulation({ populations }: { populations: readonly QaPopulation[] }) {
  usePageTitle('Draw a sample');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Draw a sample</h1>
        <Form method="get" noValidate>
          <Radios id="population" legend="Which decisions do you want to sample?" items={populations.map((p) => ({ value: p, text: QA_POPULATION_LABELS[p] }))} />
          <SubmitButton>Continue</SubmitButton>
        </Form>
      </div>
    </div>
  );
}

export function SampleDrawPage() {
  const { user, forces, populations, population, isNational } = useLoaderData<typeof sampleDrawLoader>();
  const actionData = useActionData<typeof sampleDrawAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  usePageTitle('Draw a sample', errors.length > 0);
  if (!population) return <ChoosePopulation populations={populations} />;
  const fromError = errorFor(errors, 'periodFrom');
  const toError = errorFor(errors, 'periodTo');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors.length > 0 && <ErrorSummary errors={errors} />}
        <Link to="/quality-assurance" className="govuk-back-link">
          Back to quality assurance
        </Link>
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">{QA_POPULATION_LABELS[population]}</span>
          Draw a sample
        </h1>
        <Form method="post" action={`/quality-assurance/new?population=${population}`} noValidate>
          <TextInput id="name" label="Name of the sample" hint="For example, Vetting refusals, first quarter 2026" error={errorFor(errors, 'name')?.message} />
          {isNational ? (
            <Select
              id="forceId"
              label="Decisions made in"
              error={errorFor(errors, 'forceId')?.message}
              options={[{ value: EVERY_FORCE, text: 'Every force' }, ...forces.map((f) => ({ value: f.id, text: f.name }))]}
            />
          ) : (
            <div className="govuk-inset-text">Decisions made in {user.forceName ?? 'your force'}.</div>
          )}
          <DateInput id="periodFrom" legend="Decisions made from" hint="For example, 1 1 2025" error={fromError?.message} errorParts={fromError?.parts} />
          <DateInput id="periodTo" legend="Decisions made up to" hint="For example, 31 12 2025" error={toError?.message} errorParts={toError?.parts} />
          <Checkboxes
            id="stratifyBy"
            legend="Strata (optional)"
            hint="The sample is drawn from each combination of these separately. Choose none for a simple random sample"
            small
            error={errorFor(errors, 'stratifyBy')?.message}
            items={STRATIFIERS_BY_POPULATION[population].map((by) => ({ value: by, text: STRATIFIER_LABELS[by], ...(STRATIFIER_HINTS[by] ? { hint: STRATIFIER_HINTS[by] } : {}) }))}
          />
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Only some decisions (optional filters)</span>
            </summary>
            <div className="govuk-details__text">
              {FILTERS_BY_POPULATION[population].map((by) => (
                <Checkboxes key={by} id={filterField(by)} legend={`${STRATIFIER_LABELS[by]}: only these`} small items={FILTER_CHOICES[by]} />
              ))}
            </div>
          </details>
          <Radios
            id="sizeKind"
            legend="How many to draw from each stratum"
            error={errorFor(errors, 'sizeKind')?.message}
            items={[
              { value: 'size', text: 'A number from each stratum', hint: 'A stratum with fewer decisions is taken whole' },
              { value: 'proportion', text: 'A percentage of each stratum', hint: 'Rounded up, so every stratum is represented' },
            ]}
          />
          <TextInput id="sizePerStratum" label="Number from each stratum" widthClass="govuk-input--width-4" inputMode="numeric" error={errorFor(errors, 'sizePerStratum')?.message} />
          <TextInput id="percentage" label="Percentage of each stratum" widthClass="govuk-input--width-4" inputMode="numeric" error={errorFor(errors, 'percentage')?.message} />
          <TextInput
            id="seed"
            label="Seed (optional)"
            hint="Leave blank for a random seed. The seed is recorded: the same seed and choices draw the same decisions again"
            widthClass="govuk-input--width-20"
            error={errorFor(errors, 'seed')?.message}
          />
          <div className="govuk-button-group">
            <SubmitButton isBusy={navigation.state === 'submitting'}>Draw the sample</SubmitButton>
            <Link className="govuk-link" to="/quality-assurance">
              Cancel
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}
