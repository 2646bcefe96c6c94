import { asc } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { forces } from '../../db/schema.js';

export const listForceRows = (db: Queryable) => db.select().from(forces).orderBy(asc(forces.name));
