import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useLocation, useNavigation } from 'react-router';
import type { TCurrentUser } from '../../../shared/contracts.js';
import { ServiceFooter } from './service-footer.js';
import { ServiceHeader, SkipToMainContent } from './service-header.js';

/**
 * After a client-side navigation, move focus to the new page's h1 so screen reader users hear where they are,
 * as a full page load would. Not when an error summary or banner has already taken focus.
 */
function useFocusHeadingOnNavigation(mainRef: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    const main = mainRef.current;
    if (!main) return;
    const active = document.activeElement;
    if (active && active !== document.body && main.contains(active) && active.closest('.govuk-error-summary, .govuk-notification-banner')) return;
    const heading = main.querySelector('h1');
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.addEventListener('blur', () => heading.removeAttribute('tabindex'), { once: true });
    heading.focus({ preventScroll: true });
  }, [pathname, mainRef]);
}

export function AppLayout({ user, children }: { user: TCurrentUser | null; children: ReactNode }) {
  const mainRef = useRef<HTMLElement>(null);
  const navigation = useNavigation();
  useFocusHeadingOnNavigation(mainRef);
  return (
    <>
      <SkipToMainContent />
      <ServiceHeader user={user} />
      <div className="govuk-width-container">
        <main ref={mainRef} className="govuk-main-wrapper" id="main-content" aria-busy={navigation.state !== 'idle' ? true : undefined}>
          {children}
        </main>
      </div>
      <ServiceFooter />
    </>
  );
}
