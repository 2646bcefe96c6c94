// Randomised re-vetting (2024 APP), /vetting/random-revetting: what the draw does, the form (year and share), a
// check-before-you-draw step (the draw is once per force and year and cannot be redone), the result, and the draws
// made so far. Vetting managers draw; anyone who reads vetting files sees the past draws.
import { Form, Link, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser, TForce } from '../../../../shared/contracts.js';
import type { TRandomRevettingDraw, TRandomRevettingDrawList, TRandomRevettingRequest } from '../../../../shared/vetting-contracts.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import type { FormError } from '../../components/form-errors.js';
import { formatDate, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select } from '../../components/select.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { TextInput } from '../../components/text-input.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { FORM_LEVEL } from '../cases/case-form-errors.js';
import { percentageOf, parseRevettingForm, REVETTING_FIELD_LABELS } from './revetting-and-national-security-forms.js';
import { drawRandomRevetting, listRandomRevettingDraws } from './vetting.api.js';
import { message } from './vetting-components.js';
import { vettingFormErrors } from './vetting-form-reader.js';

export const REVETTING_PATH = '/vetting/random-revetting';
/** The reviews the draw opened: the open reviews list, filtered to the random re-vetting trigger. */
export const REVETTING_REVIEWS_HREF = '/vetting/reviews?trigger=random_revetting';

type DrawValues = { year: string; share: string; forceId: string };
type DrawData = { user: TCurrentUser; draws: TRandomRevettingDrawList; forces: TForce[]; defaults: DrawValues };
type DrawAction =
  | { step: 'form'; errors: FormError[]; values: DrawValues }
  | { step: 'confirm'; request: TRandomRevettingRequest }
  | { step: 'drawn'; draw: TRandomRevettingDraw };

const currentYear = (): number => new Date().getFullYear();

/** What was typed (or carried back by "Change the draw"), so the form shows it again; this year and 5% otherwise. */
function drawValuesFrom(source: FormData | URLSearchParams): DrawValues {
  const value = (name: string) => {
    const raw = source.get(name);
    return typeof raw === 'string' ? raw.trim() : '';
  };
  return { year: value('year') || String(currentYear()), share: value('share') || '5%', forceId: value('forceId') };
}

/** Back from the check step to the form, keeping the answers. */
export function changeDrawHref(request: TRandomRevettingRequest): string {
  return `${REVETTING_PATH}?${new URLSearchParams({ year: String(request.year), share: percentageOf(request.share), forceId: request.forceId }).toString()}`;
}

export async function randomRevettingLoader({ request }: LoaderFunctionArgs): Promise<DrawData> {
  try {
    const user = await requirePermission(request, 'vetting:read');
    const [draws, forces] = await Promise.all([
      listRandomRevettingDraws(request.signal),
      // Only a vetting manager without a force of their own has to choose one.
      hasPermission(user, 'vetting:approve') && !user.forceId ? listForces(request.signal) : [],
    ]);
    return { user, draws, forces, defaults: drawValuesFrom(new URL(request.url).searchParams) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function randomRevettingAction({ request }: ActionFunctionArgs): Promise<DrawAction> {
  try {
    const user = await requirePermission(request, 'vetting:approve');
    const form = await request.formData();
    const parsed = parseRevettingForm(form, { currentYear: currentYear(), forceId: user.forceId });
    if (!parsed.request) return { step: 'form', errors: parsed.errors, values: drawValuesFrom(form) };
    if (form.get('intent') !== 'draw') return { step: 'confirm', request: parsed.request };
    try {
      return { step: 'drawn', draw: await drawRandomRevetting(parsed.request) };
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 403 || error.status === 409)) {
        return { step: 'form', errors: vettingFormErrors(error, { labels: REVETTING_FIELD_LABELS, what: 'draw', reloadHref: REVETTING_PATH }), values: drawValuesFrom(form) };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function About() {
  return (
    <>
      <p className="govuk-body">
        Each year a share of everyone holding clearance in the force is re-vetted at random (APP Vetting, 2024). The draw picks people with a cryptographic random number
        generator, so nobody can predict or steer who is chosen, and opens a vetting review for each person picked.
      </p>
      <p className="govuk-body">
        People already under review are left out, and so are national security clearances (CTC, SC and DV), which their sponsor re-vets. A force draws once a year: the
        draw cannot be made again or redone for that year.
      </p>
    </>
  );
}

function DrawForm({ data, errors, defaults }: { data: DrawData; errors: readonly FormError[]; defaults: DrawValues }) {
  const navigation = useNavigation();
  const { user, forces } = data;
  return (
    <Form method="post" noValidate>
      {user.forceId ? (
        <p className="govuk-body">
          Force: <strong>{user.forceName ?? user.forceId}</strong>
        </p>
      ) : (
        <Select id="forceId" label="Force" error={message(errors, 'forceId')} defaultValue={defaults.forceId} options={[{ value: '', text: 'Choose a force' }, ...forces.map((force) => ({ value: force.id, text: force.name }))]} />
      )}
      <TextInput id="year" label="Year" hint="The year the draw is for" error={message(errors, 'year')} inputMode="numeric" widthClass="govuk-input--width-4" defaultValue={defaults.year} />
      <TextInput id="share" label="Share to re-vet" hint="A percentage of the people holding clearance, for example 5%" error={message(errors, 'share')} widthClass="govuk-input--width-5" defaultValue={defaults.share} />
      <SubmitButton isBusy={navigation.state === 'submitting'}>Continue</SubmitButton>
    </Form>
  );
}

function ConfirmDraw({ request, forceName }: { request: TRandomRevettingRequest; forceName: string }) {
  const navigation = useNavigation();
  return (
    <>
      <h2 className="govuk-heading-m">Check before you draw</h2>
      <SummaryList>
        <SummaryRow label="Force">{forceName}</SummaryRow>
        <SummaryRow label="Year">{request.year}</SummaryRow>
        <SummaryRow label="Share to re-vet">{percentageOf(request.share)} of the people holding clearance, rounded up</SummaryRow>
      </SummaryList>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          This cannot be redone for {request.year}. A review opens straight away for each person picked.
        </strong>
      </div>
      <Form method="post" noValidate>
        <input type="hidden" name="forceId" value={request.forceId} />
        <input type="hidden" name="year" value={request.year} />
        <input type="hidden" name="share" value={percentageOf(request.share)} />
        <input type="hidden" name="intent" value="draw" />
        <div className="govuk-button-group">
          <SubmitButton isBusy={navigation.state === 'submitting'}>Make the draw</SubmitButton>
          <Link className="govuk-link" to={changeDrawHref(request)}>
            Change the draw
          </Link>
        </div>
      </Form>
    </>
  );
}

function DrawResult({ draw }: { draw: TRandomRevettingDraw }) {
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h2 className="govuk-panel__title">The {draw.year} draw is made</h2>
        <div className="govuk-panel__body">
          {pluralise(draw.selected, 'person', 'people')} picked of {draw.eligible} eligible
        </div>
      </div>
      <p className="govuk-body">
        {draw.selected === 0 ? 'Nobody was eligible, so no review was opened.' : `A vetting review is open for each person picked (${percentageOf(draw.share)}, rounded up).`}
      </p>
      {draw.selected > 0 && (
        <p className="govuk-body">
          <Link className="govuk-link" to={REVETTING_REVIEWS_HREF}>
            See the open random re-vetting reviews
          </Link>
        </p>
      )}
    </>
  );
}

function PastDraws({ draws, showForce }: { draws: TRandomRevettingDrawList; showForce: boolean }) {
  return (
    <section aria-labelledby="draws-heading">
      <h2 className="govuk-heading-m" id="draws-heading">
        Draws made
      </h2>
      {draws.items.length === 0 ? (
        <p className="govuk-body">No draw has been made yet.</p>
      ) : (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">Randomised re-vetting draws, newest year first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {showForce && <th scope="col" className="govuk-table__header">Force</th>}
              <th scope="col" className="govuk-table__header">Year</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Share</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Eligible</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Picked</th>
              <th scope="col" className="govuk-table__header">Drawn by</th>
              <th scope="col" className="govuk-table__header">Drawn on</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {draws.items.map((d) => (
              <tr className="govuk-table__row" key={`${d.forceId}-${d.year}`}>
                {showForce && <td className="govuk-table__cell">{d.forceName}</td>}
                <td className="govuk-table__cell">{d.year}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{percentageOf(d.share)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{d.eligible}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{d.selected}</td>
                <td className="govuk-table__cell">{d.drawnByName}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(d.drawnAt.slice(0, 10))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function RandomRevettingPage() {
  const data = useLoaderData<typeof randomRevettingLoader>();
  const result = useActionData<typeof randomRevettingAction>();
  const errors = result?.step === 'form' ? result.errors : [];
  const title = 'Randomised re-vetting';
  usePageTitle(title, errors.length > 0);
  const canDraw = hasPermission(data.user, 'vetting:approve');
  const forceNameOf = (forceId: string) => (forceId === data.user.forceId ? (data.user.forceName ?? forceId) : (data.forces.find((f) => f.id === forceId)?.name ?? forceId));
  const formLevel = errors.find((e) => e.field === FORM_LEVEL);
  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <Link to="/vetting" className="govuk-back-link">
        Back to vetting
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Vetting</span>
          <h1 className="govuk-heading-l">{title}</h1>
          {result?.step === 'drawn' ? (
            <DrawResult draw={result.draw} />
          ) : (
            <>
              <About />
              {canDraw && result?.step === 'confirm' && <ConfirmDraw request={result.request} forceName={forceNameOf(result.request.forceId)} />}
              {canDraw && result?.step !== 'confirm' && (
                <>
                  <h2 className="govuk-heading-m">Make this year’s draw</h2>
                  {formLevel && <p className="govuk-body">{formLevel.message}</p>}
                  <DrawForm data={data} errors={errors} defaults={result?.step === 'form' ? result.values : data.defaults} />
                </>
              )}
            </>
          )}
        </div>
      </div>
      <PastDraws draws={data.draws} showForce={!data.user.forceId || new Set(data.draws.items.map((d) => d.forceId)).size > 1} />
    </>
  );
}
