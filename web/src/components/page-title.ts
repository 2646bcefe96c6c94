import { useEffect } from 'react';

export const SERVICE_NAME = 'Warrant';

/** Sets "<Page> – Warrant", prefixed "Error: " while the page shows validation errors (GOV.UK pattern). */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  }, [title, hasErrors]);
}
