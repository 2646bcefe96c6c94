// The start page of the anonymous integrity line (/integrity-line): what it is for, how it keeps the reporter
// anonymous and what they can do to protect themselves, then "Start now" (GOV.UK start page pattern). No sign-in.
import { Link } from 'react-router';
import { usePageTitle } from '../../components/page-title.js';

export const INTEGRITY_LINE_PATH = '/integrity-line';
export const REPORT_PATH = '/integrity-line/report';
export const OPEN_PATH = '/integrity-line/open';

export function IntegrityLineStartPage() {
  usePageTitle('Report wrongdoing anonymously');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-xl">Integrity line for police officers and staff</span>
        <h1 className="govuk-heading-xl">Report wrongdoing anonymously</h1>
        <p className="govuk-body">
          Use this service if you work for the police and want to report corruption, abuse of position, misuse of police information, links to criminals,
          discrimination, sexual misconduct or other wrongdoing by a colleague, without giving your name.
        </p>
        <p className="govuk-body">Your report goes to the counter-corruption unit of the force you choose. They can send you messages, and you can answer them.</p>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            If someone is in danger or a crime is happening now, call 999.
          </strong>
        </div>

        <h2 className="govuk-heading-m">How we keep you anonymous</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>You do not sign in, and we do not ask for your name or contact details.</li>
          <li>We do not keep your internet (IP) address, your device or browser, or your account, even if you are signed in to this service.</li>
          <li>We keep the day you made your report and sent each message, but not the time.</li>
          <li>Our logs of these pages do not record who used them or when.</li>
          <li>
            You get a reference and a passphrase. They are the only way to read replies and see what happens. We keep the passphrase only in a scrambled
            form that cannot be turned back into it, so no one here can read it, and we cannot send it to you again.
          </li>
        </ul>

        <h2 className="govuk-heading-m">Protect yourself</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>Use your own phone or computer on your own internet connection. Work devices and the force network keep their own records.</li>
          <li>Think about whether details in your report could only have come from you. Leave them out if you do not want to be identified by them.</li>
          <li>Close this browser tab when you have finished.</li>
        </ul>

        <p className="govuk-body">It takes about 10 minutes. You will need to choose the force and say what happened, in your own words.</p>
        <Link to={REPORT_PATH} role="button" draggable="false" className="govuk-button govuk-button--start" data-module="govuk-button">
          Start now
          <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </Link>

        <h2 className="govuk-heading-m">Already made a report?</h2>
        <p className="govuk-body">
          <Link className="govuk-link" to={OPEN_PATH}>
            Open your report
          </Link>{' '}
          with your reference and passphrase to read messages and see its status.
        </p>
      </div>
    </div>
  );
}
