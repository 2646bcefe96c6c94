import { useEffect, type RefObject } from 'react';

type GovukComponent<C> = new ($root: Element, config?: C) => unknown;

/**
 * Initialises one GOV.UK Frontend component on an element React has mounted. GOV.UK Frontend marks the element
 * as initialised and refuses a second init (React StrictMode mounts effects twice), so that error is ignored.
 */
export function useGovukComponent<C>(ref: RefObject<HTMLElement | null>, Component: GovukComponent<C>, config?: C): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    try {
      new Component(element, config);
    } catch (error) {
      if (error instanceof Error && error.name === 'InitError') return;
      console.error(error);
    }
    // Once per mounted element: config is read at that moment only, so it is not a dependency.
  }, [ref, Component]);
}
