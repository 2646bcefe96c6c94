import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { withZod, type Deps } from '../../routes-context.js';

export function registerHealthRoutes(app: FastifyInstance, { db }: Deps): void {
  withZod(app).get('/api/health', {
    config: { access: 'public' },
    schema: { tags: ['health'], summary: 'Liveness and database reachability (for load balancers)', response: { 200: z.object({ status: z.literal('ok') }) } },
  }, async () => {
    await db.execute(sql`select 1`);
    return { status: 'ok' as const };
  });
}
