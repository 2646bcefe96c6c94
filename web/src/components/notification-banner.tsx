import { useId, useRef, type ReactNode } from 'react';
import { NotificationBanner as GovukNotificationBanner } from 'govuk-frontend';
import { useGovukComponent } from './use-govuk-component.js';

type NotificationBannerProps = {
  type?: 'success' | 'important';
  title?: string;
  /** 'alert' announces and focuses the banner: use it for the result of something the user just did. */
  role?: 'alert' | 'region';
  children: ReactNode;
};

export function NotificationBanner({ type = 'important', title, role, children }: NotificationBannerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useGovukComponent(ref, GovukNotificationBanner);
  const isSuccess = type === 'success';
  return (
    <div
      ref={ref}
      className={`govuk-notification-banner${isSuccess ? ' govuk-notification-banner--success' : ''}`}
      role={role ?? (isSuccess ? 'alert' : 'region')}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (isSuccess ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}
