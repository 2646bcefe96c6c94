import { Outlet, ScrollRestoration, useLoaderData } from 'react-router';
import type { TSession } from '../../../shared/contracts.js';
import { AppLayout } from '../components/app-layout.js';
import { loadSession } from '../features/auth/session.js';

/** Who is signed in, for the header on every page. Cached in memory, so revalidating after each navigation is free. */
export function rootLoader(): Promise<TSession | null> {
  return loadSession();
}

export function RootLayout() {
  const session = useLoaderData<typeof rootLoader>();
  return (
    <AppLayout user={session?.user ?? null}>
      <Outlet />
      <ScrollRestoration />
    </AppLayout>
  );
}
