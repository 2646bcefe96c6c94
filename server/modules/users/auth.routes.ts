import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZLoginRequest, ZSession } from '../../../shared/contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../../plugins/auth.js';
import { AppError } from '../../errors.js';
import { loginWithPassword, logout, presentCurrentUser } from './auth.service.js';
import { finishOidcLogin, startOidcLogin } from './oidc.service.js';

const OIDC_STATE_COOKIE = 'warrant_oidc_state';

export function registerAuthRoutes(app: FastifyInstance, { db, config }: Deps): void {
  const api = withZod(app);
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.cookieSecure,
    // The cookie lives no longer than the absolute session limit; the server enforces idle expiry.
    maxAge: config.session.absoluteHours * 3600,
  };

  api.post('/api/auth/login', {
    config: {
      access: 'public',
      rateLimit: { max: config.login.ratePerMinute, timeWindow: '1 minute' },
    },
    schema: {
      tags: ['auth'],
      summary: 'Sign in with email and password',
      body: ZLoginRequest,
      response: { 200: ZSession },
    },
  }, async (request, reply) => {
    const result = await loginWithPassword({ db, config, ctx: request.ctx, email: request.body.email, password: request.body.password });
    void reply.setCookie(SESSION_COOKIE, result.token, cookieOptions);
    return { user: presentCurrentUser(result.user), csrfToken: result.csrfToken };
  });

  api.get('/api/auth/providers', {
    config: { access: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'How users can sign in: password, and single sign-on when configured',
      response: { 200: z.object({ password: z.boolean(), oidc: z.object({ label: z.string(), startUrl: z.string() }).nullable() }) },
    },
  }, () => ({
    password: true,
    oidc: config.oidc ? { label: config.oidc.label, startUrl: '/api/auth/oidc/start' } : null,
  }));

  api.get('/api/auth/oidc/start', {
    config: { access: 'public', rateLimit: { max: config.login.ratePerMinute, timeWindow: '1 minute' } },
    schema: {
      tags: ['auth'],
      summary: "Start single sign-on: redirects to the force's identity provider",
      querystring: z.strictObject({ returnTo: z.string().max(2000).optional() }),
      response: { 302: z.null().describe('Redirect to the identity provider') },
    },
  }, async (request, reply) => {
    const { url, state } = await startOidcLogin({ db, config, returnTo: request.query.returnTo });
    // Lax, not Strict: the provider's redirect back is a cross-site navigation that must carry it.
    void reply.setCookie(OIDC_STATE_COOKIE, state, { path: '/api/auth/oidc', httpOnly: true, sameSite: 'lax', secure: config.cookieSecure, maxAge: 600 });
    return reply.redirect(url, 302);
  });

  api.get('/api/auth/oidc/callback', {
    config: { access: 'public', rateLimit: { max: config.login.ratePerMinute, timeWindow: '1 minute' } },
    schema: {
      tags: ['auth'],
      summary: 'Where the identity provider returns; opens a session and redirects into the app',
      querystring: z.record(z.string(), z.string()),
      response: { 302: z.null().describe('Redirect into the app, or to the sign-in page with ssoError') },
    },
  }, async (request, reply) => {
    void reply.clearCookie(OIDC_STATE_COOKIE, { path: '/api/auth/oidc' });
    try {
      const result = await finishOidcLogin({
        db, config, ctx: request.ctx,
        callbackUrl: new URL(request.url, config.publicUrl),
        cookieState: request.cookies[OIDC_STATE_COOKIE],
      });
      void reply.setCookie(SESSION_COOKIE, result.token, cookieOptions);
      return reply.redirect(result.returnTo, 302);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      request.log.warn({ code: error.code }, 'single sign-on refused');
      return reply.redirect(`/sign-in?ssoError=${error.code.toLowerCase()}`, 302);
    }
  });

  api.get('/api/session', {
    config: { access: 'public' },
    schema: { tags: ['auth'], summary: 'The signed-in user and the CSRF token for state-changing requests', response: { 200: ZSession } },
  }, async (request) => {
    const actor = request.ctx.actor;
    if (!actor || !request.csrfToken) throw new AppError('UNAUTHENTICATED', 'Not signed in');
    return { user: presentCurrentUser(actor), csrfToken: request.csrfToken };
  });

  api.post('/api/auth/logout', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['auth'],
      summary: `Sign out (send the ${CSRF_HEADER} header)`,
      response: { 204: z.null().describe('Signed out') },
    },
  }, async (request, reply) => {
    await logout({ db, ctx: request.ctx });
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });
}
