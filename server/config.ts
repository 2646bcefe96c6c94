// Configuration, parsed once at boot from the environment. A bad value stops the process with a
// message naming the variable (README lists every variable).
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
  WARRANT_DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  WARRANT_COOKIE_SECURE: bool.default(true),
  WARRANT_TRUST_PROXY: bool.default(false),
  WARRANT_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  WARRANT_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(12),
  WARRANT_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  WARRANT_LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  WARRANT_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  WARRANT_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(1024 * 1024),
  WARRANT_DEMO_DATA: z.enum(['auto', 'always', 'never']).default('auto'),
  WARRANT_DEMO_PASSWORD: z.string().min(8).default('warrant-demo-2026'),
  WARRANT_PUBLIC_URL: z.url().optional(),
  WARRANT_OIDC_ISSUER: z.url().optional(),
  WARRANT_OIDC_CLIENT_ID: z.string().min(1).optional(),
  WARRANT_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  WARRANT_OIDC_LABEL: z.string().min(1).default('Sign in with your force account'),
  WARRANT_SUPPRESSION_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  WARRANT_SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  WARRANT_MAIL_FROM: z.string().min(3).max(320).default('Warrant <no-reply@warrant.invalid>'),
  WARRANT_PORTAL_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  WARRANT_PORTAL_RATE_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  WARRANT_HEARING_NOTICE_DAYS: z.coerce.number().int().min(1).max(366).default(28),
});

export type Config = {
  port: number;
  host: string;
  database: { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  isProduction: boolean;
  cookieSecure: boolean;
  trustProxy: boolean;
  session: { idleMinutes: number; absoluteHours: number };
  login: { maxFailures: number; lockMinutes: number; ratePerMinute: number };
  bodyLimitBytes: number;
  demo: { mode: 'auto' | 'always' | 'never'; password: string };
  /** The address users reach Warrant at (behind the proxy); used to build the OIDC redirect URI. */
  publicUrl: string;
  /** Single sign-on through the force's OpenID Connect provider (Entra ID, Okta, Keycloak…); null = off. */
  oidc: { issuer: string; clientId: string; clientSecret: string | null; label: string } | null;
  /** Insight: counts from 1 to threshold − 1 are shown as "<threshold" (docs/statistics.md). */
  insight: { suppressionThreshold: number };
  /** Mail: always written to the outbox table; also sent through SMTP when smtpUrl is set. */
  mail: { smtpUrl: string | null; from: string };
  /** The public complaint portal: the key that signs form tokens, and requests per client address per hour. */
  portal: { secret: string; ratePerHour: number };
  /** Hearing notices stay on the public page until this many days after the hearing (or its outcome) by default. */
  hearings: { noticeDaysAfter: number };
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.WARRANT_OIDC_ISSUER && !e.WARRANT_OIDC_CLIENT_ID) {
    throw new ConfigError('Invalid configuration:\n  WARRANT_OIDC_CLIENT_ID: required when WARRANT_OIDC_ISSUER is set');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: resolve(e.WARRANT_DATA_DIR, 'pglite') },
    logLevel: e.LOG_LEVEL,
    isProduction: e.NODE_ENV === 'production',
    cookieSecure: e.WARRANT_COOKIE_SECURE,
    trustProxy: e.WARRANT_TRUST_PROXY,
    session: { idleMinutes: e.WARRANT_SESSION_IDLE_MINUTES, absoluteHours: e.WARRANT_SESSION_ABSOLUTE_HOURS },
    login: { maxFailures: e.WARRANT_LOGIN_MAX_FAILURES, lockMinutes: e.WARRANT_LOGIN_LOCK_MINUTES, ratePerMinute: e.WARRANT_LOGIN_RATE_PER_MINUTE },
    bodyLimitBytes: e.WARRANT_BODY_LIMIT_BYTES,
    demo: { mode: e.WARRANT_DEMO_DATA, password: e.WARRANT_DEMO_PASSWORD },
    publicUrl: (e.WARRANT_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    oidc: e.WARRANT_OIDC_ISSUER && e.WARRANT_OIDC_CLIENT_ID
      ? { issuer: e.WARRANT_OIDC_ISSUER, clientId: e.WARRANT_OIDC_CLIENT_ID, clientSecret: e.WARRANT_OIDC_CLIENT_SECRET ?? null, label: e.WARRANT_OIDC_LABEL }
      : null,
    insight: { suppressionThreshold: e.WARRANT_SUPPRESSION_THRESHOLD },
    mail: { smtpUrl: e.WARRANT_SMTP_URL ?? null, from: e.WARRANT_MAIL_FROM },
    // Random per process when unset: fine for one instance; several instances behind a balancer must share one.
    portal: { secret: e.WARRANT_PORTAL_SECRET ?? randomBytes(32).toString('hex'), ratePerHour: e.WARRANT_PORTAL_RATE_PER_HOUR },
    hearings: { noticeDaysAfter: e.WARRANT_HEARING_NOTICE_DAYS },
  };
}
