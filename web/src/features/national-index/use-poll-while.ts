import { useEffect } from 'react';
import { useRevalidator } from 'react-router';

export const POLL_INTERVAL_MS = 3000;

/**
 * Runs the page's loaders again every few seconds while `isActive` (a data wash still running). The timer restarts
 * whenever `data` changes, that is after each reload, so requests never overlap and polling stops when it ends.
 */
export function usePollWhile(isActive: boolean, data: unknown, intervalMs = POLL_INTERVAL_MS): void {
  const { revalidate } = useRevalidator();
  useEffect(() => {
    if (!isActive) return;
    const timer = window.setTimeout(() => void revalidate(), intervalMs);
    return () => window.clearTimeout(timer);
  }, [isActive, data, intervalMs, revalidate]);
}
