// What every module's routes receive from the composition root (server/app.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Db } from './db/client.js';

export type Deps = { db: Db; config: Config };
export const withZod = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
export const ZProblemRef = { description: 'RFC 9457 problem details (application/problem+json)' } as const;
