// Single sign-on against a real OpenID Connect provider (oidc-provider) running on loopback: the whole
// authorization-code + PKCE round trip, account linking, and the refusals.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

const PUBLIC_URL = 'http://localhost:3999';
let idp: Server;
let issuer: string;
let t: TestApp;

beforeAll(async () => {
  idp = createServer();
  await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'warrant', client_secret: 'test-client-secret', redirect_uris: [`${PUBLIC_URL}/api/auth/oidc/callback`], grant_types: ['authorization_code'], response_types: ['code'] }],
    // The test user signs in at the provider with their email as the login; the subject is derived from it.
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: `sub-${id}`, email: id, email_verified: true }) }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['test-cookie-key'] },
  });
  idp.on('request', provider.callback());
  t = await createTestApp({ WARRANT_OIDC_ISSUER: issuer, WARRANT_OIDC_CLIENT_ID: 'warrant', WARRANT_OIDC_CLIENT_SECRET: 'test-client-secret', WARRANT_PUBLIC_URL: PUBLIC_URL });
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => idp.close(resolve));
});

/** Plays the browser at the identity provider: follows redirects, keeps cookies, submits login and consent. */
async function signInAtProvider(authorizeUrl: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizeUrl;
  let method = 'GET';
  let body: string | undefined;
  for (let hop = 0; hop < 20; hop++) {
    if (url.startsWith(PUBLIC_URL)) return url;
    const res = await fetch(url, {
      method,
      body,
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const [k = '', v = ''] = pair.split('=');
      jar.set(k, v);
    }
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location') ?? '', url).href;
      method = 'GET';
      body = undefined;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no form at ${url}: ${res.status} ${html.slice(0, 200)}`);
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    url = new URL(action.replaceAll('&amp;', '&'), url).href;
    method = 'POST';
    body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt: prompt ?? 'consent' }).toString();
  }
  throw new Error('too many hops at the identity provider');
}

async function ssoRoundTrip(login: string, options: { dropStateCookie?: boolean } = {}) {
  const start = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/start?returnTo=/people' });
  expect(start.statusCode).toBe(302);
  const state = start.cookies.find((c) => c.name === 'warrant_oidc_state');
  expect(state).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  const location = String(start.headers.location);
  expect(location.startsWith(issuer)).toBe(true);
  expect(new URL(location).searchParams.get('code_challenge_method')).toBe('S256');
  const callback = await signInAtProvider(location, login);
  return t.app.inject({
    method: 'GET',
    url: callback.slice(PUBLIC_URL.length),
    headers: options.dropStateCookie ? {} : { cookie: `warrant_oidc_state=${state?.value}` },
  });
}

describe('single sign-on (OpenID Connect)', () => {
  it('advertises the provider on the sign-in page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/providers' });
    expect(res.json()).toEqual({ password: true, oidc: { label: 'Sign in with your force account', startUrl: '/api/auth/oidc/start' } });
  });

  it('signs in a provisioned user, links their subject, and keeps Warrant roles', async () => {
    const email = t.emailOf('vetting_manager');
    const res = await ssoRoundTrip(email);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/people');
    const session = res.cookies.find((c) => c.name === 'warrant_session');
    expect(session?.value).toBeTruthy();
    const me = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: `warrant_session=${session?.value}` } });
    expect(me.json().user).toMatchObject({ email, roles: ['vetting_manager'], forceId: 'MPS' });

    const events = (await t.app.inject({ method: 'GET', url: '/api/audit/events?limit=20', headers: { cookie: (await t.loginAs('auditor')).cookie } })).json() as { action: string }[];
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['user.oidc_link', 'auth.login']));
    // A second sign-in finds the account by its linked subject.
    expect((await ssoRoundTrip(email)).headers.location).toBe('/people');
  });

  it('refuses someone the provider knows but Warrant has no account for', async () => {
    const res = await ssoRoundTrip('stranger@elsewhere.test');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/sign-in?ssoError=forbidden');
    expect(res.cookies.find((c) => c.name === 'warrant_session')).toBeUndefined();
  });

  it('refuses a callback that did not start in the same browser', async () => {
    const res = await ssoRoundTrip(t.emailOf('hr'), { dropStateCookie: true });
    expect(res.headers.location).toBe('/sign-in?ssoError=unauthenticated');
  });

  it('only returns to paths on this site', async () => {
    const start = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/start?returnTo=//evil.example/x' });
    expect(start.statusCode).toBe(302);
    const { queryRows } = await import('../../db/client.js');
    const { sql } = await import('drizzle-orm');
    const rows = await queryRows<{ return_to: string }>(t.database.db, sql`select return_to from oidc_login order by created_at desc limit 1`);
    expect(rows[0]?.return_to).toBe('/');
  });
});
