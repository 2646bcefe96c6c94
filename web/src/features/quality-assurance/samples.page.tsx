// Quality-assurance dip samples (/quality-assurance): every sample in the reviewer's reach with its progress, and the
// way to draw a new one.
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { QA_POPULATION_LABELS } from '../../../../shared/qa-vocabulary.js';
import { formatDate, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { listSamples } from './qa.api.js';
import { samplePath } from './qa.labels.js';

export async function samplesLoader({ request }: LoaderFunctionArgs) {
  try {
    await requirePermission(request, 'qa:sample');
    return await listSamples(request.signal);
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function SamplesPage() {
  const { items } = useLoaderData<typeof samplesLoader>();
  usePageTitle('Quality assurance');
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Quality assurance</h1>
          <p className="govuk-body">
            Draw a random sample of closed vetting or case decisions, review each against the checklist, and record whether you agree. The decision-maker
            sees where you disagree, with your reasons, and can respond. Every sample records its seed, so the same draw can be made again.
          </p>
          <Link className="govuk-button" to="/quality-assurance/new">
            Draw a sample
          </Link>
        </div>
      </div>
      <h2 className="govuk-heading-m">{items.length === 0 ? 'No samples yet' : pluralise(items.length, 'sample')}</h2>
      {items.length > 0 && (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">Dip samples, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Sample</th>
              <th scope="col" className="govuk-table__header">Decisions</th>
              <th scope="col" className="govuk-table__header">Force</th>
              <th scope="col" className="govuk-table__header">Period</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Reviewed</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Disagreements</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {items.map((s) => (
              <tr className="govuk-table__row" key={s.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={samplePath(s.id)}>
                    {s.name}
                  </Link>
                  <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0 app-matched-name">Drawn {formatDate(s.createdAt.slice(0, 10))} by {s.drawnByName ?? 'someone'}</span>
                </td>
                <td className="govuk-table__cell">{QA_POPULATION_LABELS[s.population].replace(/ \(.*\)$/, '')}</td>
                <td className="govuk-table__cell">{s.forceName ?? 'Every force'}</td>
                <td className="govuk-table__cell">{formatDate(s.periodFrom)} to {formatDate(s.periodTo)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{s.reviewed} of {s.items}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{s.disagreements}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
