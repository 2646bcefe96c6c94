import type { ReactNode } from 'react';

type SubmitButtonProps = {
  children: ReactNode;
  variant?: 'primary' | 'secondary' | 'warning';
  /** While the form's submission is in flight: a second click is ignored, so a record is not created twice. */
  isBusy?: boolean;
};

/**
 * A GOV.UK button that submits its form. Double submission is prevented with the router's submission state
 * rather than GOV.UK Frontend's `preventDoubleClick`: that one ignores any click within a second of the last,
 * and in a single-page app the same button stays on the page after a validation error, so a quick correction
 * and resubmit would be silently dropped.
 */
export function SubmitButton({ children, variant = 'primary', isBusy = false }: SubmitButtonProps) {
  const variantClass = variant === 'primary' ? '' : ` govuk-button--${variant}`;
  return (
    <button
      type="submit"
      className={`govuk-button${variantClass}`}
      aria-disabled={isBusy ? true : undefined}
      onClick={(event) => {
        if (isBusy) event.preventDefault();
      }}
    >
      {children}
    </button>
  );
}
