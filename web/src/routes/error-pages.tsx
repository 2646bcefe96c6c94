// Error pages in GOV.UK wording (design-system.service.gov.uk/patterns/page-not-found-pages and
// /patterns/problem-with-the-service-pages).
import { usePageTitle } from '../components/page-title.js';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          If the web address is correct or you selected a link or button, the page may have moved, or your account may not give you
          access to it. Contact your force’s Warrant administrator if you think you should be able to see it.
        </p>
      </div>
    </div>
  );
}

export function ForbiddenPage() {
  usePageTitle('You do not have permission to view this page');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You do not have permission to view this page</h1>
        <p className="govuk-body">Your account does not allow you to see this page or do this task.</p>
        <p className="govuk-body">If you think you should have access, contact your force’s Warrant administrator.</p>
      </div>
    </div>
  );
}

export function ServiceErrorPage({ reference }: { reference?: string | undefined }) {
  usePageTitle('Sorry, there is a problem with the service');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">Try again later.</p>
        <p className="govuk-body">If you were making a change, it may not have been saved. Check before you try again.</p>
        {reference && (
          <p className="govuk-body">
            If you contact support about this problem, give them this reference: <span className="app-reference">{reference}</span>
          </p>
        )}
      </div>
    </div>
  );
}
