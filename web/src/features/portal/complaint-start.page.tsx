// The start page of the public complaint form (/complain): what the service is for and what you need, then
// "Start now" (GOV.UK start page pattern). No sign-in.
import { Link } from 'react-router';
import { usePageTitle } from '../../components/page-title.js';
import { questionPath } from './complaint-answers.js';

export function ComplaintStartPage() {
  usePageTitle('Make a complaint about the police');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Make a complaint about the police</h1>
        <p className="govuk-body">
          Use this service to complain about how a police officer, a member of police staff or a special constable in England or Wales behaved
          towards you, or about something you saw them do.
        </p>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            If you are in danger or a crime is happening now, call 999.
          </strong>
        </div>
        <p className="govuk-body">It takes about 15 minutes. You will need:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>an email address, so we can send you a reference and codes to check progress</li>
          <li>what you know about the officer or member of staff, such as their name or collar number, if you know it</li>
          <li>when and where it happened</li>
        </ul>
        <p className="govuk-body">If you do not know which police force it was, you can still complain: we will send your complaint to the right force.</p>
        <Link to={questionPath('force')} role="button" draggable="false" className="govuk-button govuk-button--start" data-module="govuk-button">
          Start now
          <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </Link>
        <h2 className="govuk-heading-m">Already made a complaint?</h2>
        <p className="govuk-body">
          <Link className="govuk-link" to="/complain/progress">
            Check the progress of your complaint
          </Link>{' '}
          with your reference and a code we email to you.
        </p>
      </div>
    </div>
  );
}
