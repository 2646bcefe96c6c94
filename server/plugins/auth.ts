// Resolves the session cookie into request.ctx, enforces CSRF on state-changing requests, and checks the
// access every route declares (config.access). Record-level checks (force scope → 404) are in services.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { RequestContext } from '../context.js';
import { AppError } from '../errors.js';
import { decide, type Action } from '../../shared/policy.js';
import { resolveSession } from '../modules/users/auth.service.js';
import { sendProblem } from './error-handler.js';

export const SESSION_COOKIE = 'warrant_session';
export const CSRF_HEADER = 'x-csrf-token';

/** What a route needs: no one ('public'), any signed-in user ('signed-in'), or one action of the policy. */
export type RouteAccess = Action | 'public' | 'signed-in';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /**
     * A public route used without identifying anyone (the integrity line's reporter): no session is looked up, even
     * when the browser sends one, and the context carries no request id or client address for anything to record.
     */
    anonymous?: boolean;
  }
  interface FastifyRequest {
    ctx: RequestContext;
    csrfToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAuth(app: FastifyInstance, { db, config }: { db: Db; config: Config }): void {
  // Every API route must say what it needs: a route without `access` fails at start-up, not in production.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access (config.access)`);
    if ((route.config as { anonymous?: boolean } | undefined)?.anonymous && access !== 'public') throw new Error(`Route ${String(route.method)} ${route.url} is anonymous but not public`);
  });

  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (request: FastifyRequest, reply) => {
    request.ctx = { actor: null, requestId: request.id, clientAddress: request.ip };
    const access = request.routeOptions.config.access;
    if (!access) return;
    if (request.routeOptions.config.anonymous) {
      request.ctx = { actor: null, requestId: null, clientAddress: null };
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession({ db, config, token });
      if (session) {
        request.ctx.actor = session.user;
        request.csrfToken = session.csrfToken;
      } else {
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      }
    }
    if (access === 'public') return;
    if (!request.ctx.actor) return sendProblem(reply, request, new AppError('UNAUTHENTICATED', 'Sign in to use Warrant'));
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== request.csrfToken) {
      return sendProblem(reply, request, new AppError('CSRF_FAILED', `Send the session's CSRF token in the ${CSRF_HEADER} header`));
    }
    if (access !== 'signed-in' && decide(request.ctx.actor, access) === 'forbidden') {
      return sendProblem(reply, request, new AppError('FORBIDDEN', `Your role does not allow ${access}`));
    }
  });
}
