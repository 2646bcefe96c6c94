// The composition root: builds the Fastify app from a database and a configuration.
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { ZProblem } from '../shared/contracts.js';
import type { Db } from './db/client.js';
import { AppError } from './errors.js';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandler, sendProblem } from './plugins/error-handler.js';
import { registerAuditRoutes } from './modules/audit/audit.routes.js';
import { registerForceRoutes } from './modules/forces/force.routes.js';
import { registerPersonRoutes } from './modules/people/person.routes.js';
import { registerAuthRoutes } from './modules/users/auth.routes.js';
import { registerUserRoutes } from './modules/users/user.routes.js';
import { registerHealthRoutes } from './modules/health/health.routes.js';
import { registerCaseRoutes } from './modules/cases/case.routes.js';
import { registerListEntryRoutes } from './modules/national-index/list-entry.routes.js';
import { registerDataWashRoutes } from './modules/national-index/data-wash.routes.js';
import { registerInsightRoutes } from './modules/insight/insight.routes.js';
import { registerRealDataRoutes } from './modules/real-data/real-data.routes.js';
import { registerVettingRoutes } from './modules/vetting/vetting.routes.js';
import { registerSignalRoutes } from './modules/signals/signals.routes.js';
import { registerHearingRoutes } from './modules/hearings/hearing.routes.js';
import { registerQaRoutes } from './modules/quality-assurance/qa.routes.js';
import { registerPortalRoutes } from './modules/portal/portal.routes.js';
import { registerMailRoutes } from './modules/mail/mail.routes.js';
import { registerIntegrityLineRoutes } from './modules/integrity-line/integrity-line.routes.js';

export const WEB_ROOT = fileURLToPath(new URL('../dist/web', import.meta.url));

// Logs carry the request id, method, path and status — never the query string (it holds names being
// searched for), bodies, cookies, CSRF tokens or client addresses.
const logSerializers = {
  req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};
const logRedact = ['req.headers', 'headers', 'body', 'password', '*.password', 'token', '*.token', 'csrfToken', '*.csrfToken'];

export type BuildAppOptions = { db: Db; config: Config; logStream?: Writable; serveWeb?: boolean };

export async function buildApp({ db, config, logStream, serveWeb = true }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, serializers: logSerializers, redact: logRedact, ...(logStream ? { stream: logStream } : {}) },
    genReqId: () => randomUUID(),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app, { isProduction: config.isProduction });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // ECharts and GOV.UK components set style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.cookieSecure && config.isProduction ? [] : null,
      },
    },
    strictTransportSecurity: config.isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => new AppError('RATE_LIMITED', `Too many attempts. Try again in ${Math.ceil(context.ttl / 1000)} seconds`, { headers: { 'retry-after': String(Math.ceil(context.ttl / 1000)) } }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Warrant API', version: '0.1.0', description: 'Integrity and professional standards for police forces. Errors are RFC 9457 problem+json. State-changing requests need the session CSRF token in the x-csrf-token header.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'warrant_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { validatorUrl: null },
    staticCSP: true,
    // No third-party validator, and no forced https on plain-http development installs.
    transformStaticCSP: (header) => header.replace(' validator.swagger.io', '').replace(/upgrade-insecure-requests;?/, config.isProduction ? 'upgrade-insecure-requests;' : ''),
  });

  // The request id goes back to the caller so a user can quote it to force IT; it is also on every audit event.
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  // Every API route documents (and serializes) its errors as problem+json.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || !route.schema || route.schema.hide) return;
    route.schema.response = { ...(route.schema.response as object | undefined), '4XX': ZProblem, '5XX': ZProblem };
  });
  registerAuth(app, { db, config });
  const deps = { db, config };
  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerForceRoutes(app, deps);
  registerPersonRoutes(app, deps);
  registerCaseRoutes(app, deps);
  registerListEntryRoutes(app, deps);
  registerDataWashRoutes(app, deps);
  registerInsightRoutes(app, deps);
  registerRealDataRoutes(app, deps);
  registerVettingRoutes(app, deps);
  registerSignalRoutes(app, deps);
  registerHearingRoutes(app, deps);
  registerQaRoutes(app, deps);
  registerPortalRoutes(app, deps);
  registerMailRoutes(app, deps);
  registerIntegrityLineRoutes(app, deps);
  registerAuditRoutes(app, deps);
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());

  const hasWeb = serveWeb && existsSync(WEB_ROOT);
  if (hasWeb) await app.register(fastifyStatic, { root: WEB_ROOT, wildcard: false, index: false });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // The single-page app owns every non-API path; it shows its own 404 page.
    if (hasWeb && request.method === 'GET' && !path.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(reply, request, new AppError('NOT_FOUND', `No route ${request.method} ${path}`));
  });
  return app;
}
