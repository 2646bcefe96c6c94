import type { Db } from '../../db/client.js';
import { authorize, type RequestContext } from '../../context.js';
import type { TForce } from '../../../shared/contracts.js';
import { listForceRows } from './force.repo.js';

export async function listForces({ db, ctx }: { db: Db; ctx: RequestContext }): Promise<TForce[]> {
  authorize(ctx, 'force:list');
  return listForceRows(db);
}
