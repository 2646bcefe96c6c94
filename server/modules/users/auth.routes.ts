import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZLoginRequest, ZSession } from '../../../shared/contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../../plugins/auth.js';
import { AppError } from '../../errors.js';
import { loginWithPassword, logout, presentCurrentUser } from './auth.service.js';

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
