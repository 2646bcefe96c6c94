// How the integrity line's reporter routes are served so that nothing ties a person to a report: no session is
// looked up (config.anonymous, server/plugins/auth.ts), no per-request log lines (which would record the time of
// use to the millisecond), no request id on what is logged, only the method and route pattern when something fails,
// the rate limiter keyed by a keyed hash of the address held in memory only, and responses the browser must not cache.
import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';

const LEVEL_RANK: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Number.POSITIVE_INFINITY };
const QUIETEST = 'warn';

/**
 * The child logger of a reporter request: without the request id binding (nothing in the logs can be matched to
 * a response the reporter saw), at warn or quieter (no "incoming request" and "request completed" lines), and with
 * serializers that keep only the method, the route pattern and the status, whatever the app-wide ones do.
 */
export function anonymousChildLogger(logger: FastifyBaseLogger): FastifyBaseLogger {
  const level = (LEVEL_RANK[logger.level] ?? 0) >= (LEVEL_RANK[QUIETEST] ?? 0) ? logger.level : QUIETEST;
  return logger.child({ route: 'integrity-line' }, {
    level,
    serializers: {
      req: (req: { method?: string; routeOptions?: { url?: string } }) => ({ method: req.method, route: req.routeOptions?.url }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  });
}

// Per process and never stored: the limiter's in-memory counters are keyed by HMAC(address), not the address.
const RATE_KEY_SECRET = randomBytes(32);
export const anonymousRateKey = (request: FastifyRequest): string => createHmac('sha256', RATE_KEY_SECRET).update(request.ip).digest('base64url');

async function noStore(_request: FastifyRequest, reply: FastifyReply): Promise<void> {
  void reply.header('cache-control', 'no-store');
}

/** Route options for a reporter route: public, anonymous, rate-limited per address in memory, quietly logged. */
export function anonymousRoute(rate: { max: number; timeWindow: string }) {
  return {
    config: { access: 'public' as const, anonymous: true, rateLimit: { ...rate, keyGenerator: anonymousRateKey } },
    childLoggerFactory: anonymousChildLogger,
    onSend: noStore,
  };
}
