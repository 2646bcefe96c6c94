// The accessibility statement, in the order of the GOV.UK model statement for public sector websites (police
// forces are public sector bodies under the Public Sector Bodies Accessibility Regulations 2018). Open to everyone,
// signed in or not, because it is linked from the footer of every page, the sign-in page included.
import { usePageTitle } from '../components/page-title.js';

export function AccessibilityPage() {
  usePageTitle('Accessibility statement');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement for Warrant</h1>
        <p className="govuk-body">
          Warrant is used by police forces in England and Wales to keep the career and integrity history of their officers, staff and
          volunteers. We want as many people as possible to be able to use it. For example, you should be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>change colours, contrast levels and fonts using your browser or operating system settings</li>
          <li>use every page and every form with a keyboard only</li>
          <li>use the service with a screen reader and with speech recognition software</li>
        </ul>
        <p className="govuk-body">
          Warrant uses the components and patterns of the GOV.UK Design System, which are researched and tested with disabled users.
          Text is set in your device’s own system font.
        </p>

        <h2 className="govuk-heading-m">Our standard</h2>
        <p className="govuk-body">
          We aim to meet the{' '}
          <a className="govuk-link" href="https://www.w3.org/TR/WCAG22/">
            Web Content Accessibility Guidelines (WCAG) version 2.2
          </a>{' '}
          at level AA.
        </p>

        <h2 className="govuk-heading-m">How we test Warrant</h2>
        <p className="govuk-body">Every change to Warrant is tested before it is released:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            automated browser tests go through each task a user can do — signing in, searching, adding a person, managing users,
            checking the audit trail — and run the axe accessibility checker on every page they reach; a serious or critical problem
            fails the tests, and a change that fails them is not released
          </li>
          <li>the same tests check that the first thing the keyboard reaches is the link to skip to the main content</li>
          <li>error messages, headings and page titles follow GOV.UK Design System patterns</li>
        </ul>
        <p className="govuk-body">
          Automated checks find only some accessibility problems. Warrant has not yet been audited by accessibility specialists or tested
          with users of assistive technology, so it may have problems we do not know about yet.
        </p>

        <h2 className="govuk-heading-m">Known problems</h2>
        <p className="govuk-body">We do not know of any part of Warrant that fails WCAG 2.2 level AA. If you find one, please tell us.</p>

        <h2 className="govuk-heading-m">Reporting a problem with accessibility</h2>
        <p className="govuk-body">
          If you find a problem, or you need information from Warrant in a different format, contact your force’s Warrant administrator or
          IT service desk. Tell them:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>the web address of the page</li>
          <li>what you were trying to do and what went wrong</li>
          <li>the browser and any assistive technology you use, such as a screen reader or magnifier</li>
        </ul>

        <h2 className="govuk-heading-m">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile
          Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the{' '}
          <a className="govuk-link" href="https://www.equalityadvisoryservice.com/">
            Equality Advisory and Support Service (EASS)
          </a>
          .
        </p>
      </div>
    </div>
  );
}
