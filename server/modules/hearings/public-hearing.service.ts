// The public side of hearing notices: no sign-in, nothing audited (it is public information), and nothing withheld
// ever leaves the server — toPublicNotice replaces it before the response is built.
import type { Db } from '../../db/client.js';
import { notFound } from '../../errors.js';
import type { TPublicForceHearings, TPublicHearingForces } from '../../../shared/hearing-contracts.js';
import { todayInEngland } from '../clock/working-days.js';
import { countPublishedNoticesByForce, findForce, listPublishedNotices } from './hearing.repo.js';
import { toPublicNotice } from './notice-period.js';

/** Every force, with how many hearing notices its public page shows on `today`. */
export async function listPublicHearingForces({ db, today = todayInEngland() }: { db: Db; today?: string }): Promise<TPublicHearingForces> {
  return { asOf: today, forces: await countPublishedNoticesByForce(db, today) };
}

/** The force's public page: notices published, and whose publication period includes `today`. */
export async function listPublicHearings({ db, forceId, today = todayInEngland() }: { db: Db; forceId: string; today?: string }): Promise<TPublicForceHearings> {
  const force = await findForce(db, forceId);
  if (!force) throw notFound('force');
  const rows = await listPublishedNotices(db, forceId, today);
  return { forceId: force.id, forceName: force.name, asOf: today, notices: rows.map(toPublicNotice) };
}
