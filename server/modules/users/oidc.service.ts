// Single sign-on through the force's OpenID Connect provider: authorization code flow with PKCE, state
// and nonce. The provider proves who someone is; Warrant alone decides what they may do, so an account
// must already exist (created by an administrator) — it is linked to the provider's subject on first use.

import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import * as oidc from 'openid-client';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { oidcLogins, users } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { auditEvent, type RequestContext } from '../../context.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { startSession, type LoginResult } from './auth.service.js';

type OidcSettings = NonNullable<Config['oidc']>;

// Discovery is done once per issuer and reused; a failed discovery is retried on the next sign-in.
const discovered = new Map<string, Promise<oidc.Configuration>>();

function providerConfiguration(settings: OidcSettings): Promise<oidc.Configuration> {
  const key = `${settings.issuer}|${settings.clientId}`;
  let pending = discovered.get(key);
  if (!pending) {
    const url = new URL(settings.issuer);
    // Plain http is accepted only for an issuer on this machine (development and tests).
    const isLoopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    pending = oidc.discovery(url, settings.clientId, settings.clientSecret ?? undefined, undefined,
      isLoopback && url.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined);
    pending.catch(() => discovered.delete(key));
    discovered.set(key, pending);
  }
  return pending;
}

export const redirectUri = (config: Config): string => `${config.publicUrl}/api/auth/oidc/callback`;

/** Only same-site paths, so the sign-in cannot be used to send someone elsewhere. */
export const safeReturnTo = (value: string | undefined): string =>
  value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';

export async function startOidcLogin({ db, config, returnTo }: { db: Db; config: Config; returnTo?: string }): Promise<{ url: string; state: string }> {
  const settings = config.oidc;
  if (!settings) throw new AppError('NOT_FOUND', 'Single sign-on is not configured');
  const provider = await providerConfiguration(settings);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  await db.delete(oidcLogins).where(lt(oidcLogins.createdAt, sql`now() - interval '10 minutes'`));
  await db.insert(oidcLogins).values({ state, codeVerifier, nonce, returnTo: safeReturnTo(returnTo) });
  const url = oidc.buildAuthorizationUrl(provider, {
    redirect_uri: redirectUri(config),
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state };
}

export async function finishOidcLogin({ db, config, ctx, callbackUrl, cookieState }: {
  db: Db; config: Config; ctx: RequestContext; callbackUrl: URL; cookieState: string | undefined;
}): Promise<LoginResult & { returnTo: string }> {
  const settings = config.oidc;
  if (!settings) throw new AppError('NOT_FOUND', 'Single sign-on is not configured');
  const state = callbackUrl.searchParams.get('state') ?? '';
  // The state must come back to the same browser that started the sign-in (login CSRF).
  if (!cookieState || cookieState !== state) throw new AppError('UNAUTHENTICATED', 'The sign-in did not start in this browser, or took too long. Try again');
  const [pending] = await db.delete(oidcLogins).where(and(eq(oidcLogins.state, state), sql`${oidcLogins.createdAt} > now() - interval '10 minutes'`)).returning();
  if (!pending) throw new AppError('UNAUTHENTICATED', 'The sign-in expired. Try again');
  const provider = await providerConfiguration(settings);
  let issuer: string;
  let subject: string;
  let email: string | null;
  try {
    const tokens = await oidc.authorizationCodeGrant(provider, callbackUrl, { pkceCodeVerifier: pending.codeVerifier, expectedState: state, expectedNonce: pending.nonce });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    issuer = claims.iss;
    subject = claims.sub;
    // Some providers put the email only in the ID token, others only behind the userinfo endpoint.
    const source: Record<string, unknown> = typeof claims.email === 'string' ? claims : await oidc.fetchUserInfo(provider, tokens.access_token, subject);
    email = typeof source.email === 'string' && source.email_verified !== false ? source.email : null;
  } catch (error) {
    throw new AppError('UNAUTHENTICATED', `The identity provider's answer was refused: ${error instanceof Error ? error.message : 'unknown error'}`);
  }

  let [user] = await db.select().from(users).where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)));
  if (!user && email) {
    // First sign-in: link the account an administrator created for this email, once.
    const [candidate] = await db.select().from(users).where(and(sql`lower(${users.email}) = lower(${email})`, isNull(users.oidcSubject)));
    if (candidate) {
      [user] = await db.transaction(async (tx) => {
        const linked = await tx.update(users).set({ oidcIssuer: issuer, oidcSubject: subject }).where(eq(users.id, candidate.id)).returning();
        await appendAuditEvents(tx, [{ ...auditEvent(ctx, { action: 'user.oidc_link', entityType: 'user', entityId: candidate.id, detail: { issuer } }), actorId: candidate.id }]);
        return linked;
      });
    }
  }
  if (!user || user.disabled) {
    await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'auth.login_failed', entityType: 'user', entityId: user?.id ?? null, detail: { reason: user ? 'disabled' : 'not-provisioned', issuer } })]));
    throw new AppError('FORBIDDEN', 'Your force account has no Warrant account yet. Ask your Warrant administrator to create one for your email address');
  }
  const session = await startSession({ db, ctx, user, method: 'oidc' });
  return { ...session, returnTo: pending.returnTo };
}

