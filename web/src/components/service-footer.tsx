// GOV.UK Frontend's footer layout without the parts reserved for services on GOV.UK: no crown, no Royal Arms,
// no "© Crown copyright" and no Open Government Licence (police forces publish Warrant, not the Crown).
import { Link } from 'react-router';

export function ServiceFooter() {
  return (
    <footer className="govuk-template__footer">
      <div className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">Support links</h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to="/accessibility">
                    Accessibility statement
                  </Link>
                </li>
                <li className="govuk-footer__inline-list-item">
                  {/* Served by the API, outside the single-page app: a full page load, not a router link. */}
                  <a className="govuk-footer__link" href="/api/docs">
                    API documentation
                  </a>
                </li>
              </ul>
              <div className="govuk-footer__meta-custom">Warrant’s source code is licensed under the Apache License 2.0.</div>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
