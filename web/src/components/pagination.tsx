import { Link } from 'react-router';

type PageEntry = { kind: 'page'; number: number } | { kind: 'ellipsis'; key: string };

/** First, last, and the current page with its neighbours, with ellipses between gaps (GOV.UK pagination). */
export function pageEntries(current: number, last: number): PageEntry[] {
  const wanted = new Set([1, last, current - 1, current, current + 1].filter((page) => page >= 1 && page <= last));
  const pages = [...wanted].sort((a, b) => a - b);
  const entries: PageEntry[] = [];
  let previous = 0;
  for (const page of pages) {
    if (page - previous > 1) entries.push({ kind: 'ellipsis', key: `after-${previous}` });
    entries.push({ kind: 'page', number: page });
    previous = page;
  }
  return entries;
}

type PaginationProps = {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
};

export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label="Pagination">
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page - 1)} rel="prev">
            <svg className="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
      <ul className="govuk-pagination__list">
        {pageEntries(page, pageCount).map((entry) =>
          entry.kind === 'ellipsis' ? (
            <li key={entry.key} className="govuk-pagination__item govuk-pagination__item--ellipsis">
              &ctdot;
            </li>
          ) : (
            <li key={entry.number} className={`govuk-pagination__item${entry.number === page ? ' govuk-pagination__item--current' : ''}`}>
              <Link
                className="govuk-link govuk-pagination__link"
                to={hrefFor(entry.number)}
                aria-label={`Page ${entry.number}`}
                aria-current={entry.number === page ? 'page' : undefined}
              >
                {entry.number}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < pageCount && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <svg className="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
          </Link>
        </div>
      )}
    </nav>
  );
}
