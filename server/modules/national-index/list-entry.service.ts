// The Barred and Advisory Lists: entries made from Warrant's own cases, imported entries, and checks of a
// person against them through the matching engine. Every check is audited.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db, Queryable } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { reachOf } from '../../../shared/policy.js';
import { ZIsoDate } from '../../../shared/contracts.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { addMonths } from '../clock/working-days.js';
import { blockingKeys } from '../matching/match-engine.js';
import { scorePair, type Band, type Reason } from '../matching/match-score.js';
import { toFeatures } from '../matching/person-features.js';
import { findCandidateEntries, findListEntry, insertListEntries, type ListEntryRow } from './list-entry.repo.js';

export type ListCheckQuery = { givenNames: string; familyName: string; otherFamilyNames?: string[]; dateOfBirth?: string | null; list?: 'barred' | 'advisory' };
export type ListCheckHit = { entry: ListEntryRow; score: number; band: Exclude<Band, 'no_match'>; reasons: Reason[] };

/** Scores a person against the lists. Pure read: callers decide how to audit (a check, a vetting step, a wash). */
export async function matchAgainstLists(db: Queryable, query: ListCheckQuery): Promise<ListCheckHit[]> {
  const probe = toFeatures({ id: 'query', givenNames: query.givenNames, familyName: query.familyName, otherFamilyNames: query.otherFamilyNames ?? [], dateOfBirth: query.dateOfBirth ?? null });
  const candidates = await findCandidateEntries(db, blockingKeys(probe), query.list);
  const hits: ListCheckHit[] = [];
  for (const entry of candidates) {
    const result = scorePair(probe, toFeatures({ id: entry.id, givenNames: entry.givenNames, familyName: entry.familyName, otherFamilyNames: entry.otherFamilyNames, dateOfBirth: entry.dateOfBirth }));
    if (result.band !== 'no_match') hits.push({ entry, score: result.score, band: result.band, reasons: result.reasons });
  }
  return hits.sort((a, b) => b.score - a.score);
}

export async function checkLists({ db, ctx, query }: { db: Db; ctx: RequestContext; query: ListCheckQuery }): Promise<ListCheckHit[]> {
  authorize(ctx, 'list:check');
  const hits = await matchAgainstLists(db, query);
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, {
    action: 'national_index.check', entityType: 'list_entry',
    detail: { query: { ...query }, hits: hits.map((h) => ({ id: h.entry.id, band: h.band, score: h.score })) },
  })]));
  return hits;
}

export async function getListEntry({ db, ctx, entryId }: { db: Db; ctx: RequestContext; entryId: string }): Promise<ListEntryRow> {
  authorize(ctx, 'list:check');
  const entry = await findListEntry(db, entryId);
  if (!entry) throw notFound('list entry');
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'national_index.read', entityType: 'list_entry', entityId: entryId })]));
  return entry;
}

/** Called by the cases module in the same transaction that makes the College report. */
export async function recordListEntryFromCase(tx: Queryable, input: {
  list: 'barred' | 'advisory'; reportId: string; caseId: string; personId: string; givenNames: string; familyName: string; otherFamilyNames: string[];
  dateOfBirth: string | null; lastForce: string; role: string | null; reason: string; decidedOn: string; gross: boolean;
}): Promise<void> {
  await insertListEntries(tx, [{
    list: input.list, personId: input.personId, givenNames: input.givenNames, familyName: input.familyName, otherFamilyNames: input.otherFamilyNames,
    dateOfBirth: input.dateOfBirth, lastForce: input.lastForce, role: input.role, reason: input.reason, decidedOn: input.decidedOn,
    source: 'warrant', sourceCaseId: input.caseId, sourceReportId: input.reportId,
    // A Barred List entry may be reviewed after 5 years (gross misconduct) or 3 (gross incompetence).
    reviewEligibleOn: input.list === 'barred' ? addMonths(input.decidedOn, input.gross ? 60 : 36) : null,
  }]);
}

// One imported row: the columns of Warrant's list CSV (docs/matching.md).
export const ZListImportRow = z.object({
  list: z.enum(['barred', 'advisory']),
  given_names: z.string().trim().min(1, 'a given name is required'),
  family_name: z.string().trim().min(1, 'a family name is required'),
  other_family_names: z.string().trim().optional().default(''),
  date_of_birth: z.union([ZIsoDate, z.string().regex(/^\d{4}$/, 'YYYY-MM-DD or YYYY')]).or(z.literal('')).optional().default(''),
  last_force: z.string().trim().optional().default(''),
  role: z.string().trim().optional().default(''),
  reason: z.string().trim().min(1, 'a reason is required'),
  decided_on: ZIsoDate,
  jurisdiction: z.string().trim().min(1).optional().default('england-wales'),
});

export type ImportRejection = { line: number; field: string; reason: string };

/** Imports list entries from parsed CSV records: good rows are kept, every bad row is reported, re-imports add nothing twice. */
export async function importListEntries({ db, ctx, rows }: { db: Db; ctx: RequestContext; rows: Record<string, string>[] }): Promise<{ imported: number; skipped: number; rejected: ImportRejection[] }> {
  if (ctx.actor) {
    const actor = authorize(ctx, 'list:manage');
    if (reachOf(actor, 'list:manage') !== 'national') throw new AppError('FORBIDDEN', 'Only a national administrator may import list entries');
  }
  const rejected: ImportRejection[] = [];
  const good: Parameters<typeof insertListEntries>[1] = [];
  rows.forEach((raw, index) => {
    const line = index + 2; // header is line 1
    const parsed = ZListImportRow.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) rejected.push({ line, field: issue.path.join('.') || 'row', reason: issue.message });
      return;
    }
    const r = parsed.data;
    if (r.date_of_birth && r.date_of_birth.length === 10 && r.date_of_birth > r.decided_on) {
      rejected.push({ line, field: 'date_of_birth', reason: 'after the decision date' });
      return;
    }
    good.push({
      list: r.list, jurisdiction: r.jurisdiction, givenNames: r.given_names, familyName: r.family_name,
      otherFamilyNames: r.other_family_names ? r.other_family_names.split(';').map((n) => n.trim()).filter(Boolean) : [],
      dateOfBirth: r.date_of_birth || null, lastForce: r.last_force || null, role: r.role || null, reason: r.reason, decidedOn: r.decided_on,
      source: 'import',
      importKey: createHash('sha256').update(JSON.stringify([r.list, r.jurisdiction, r.given_names, r.family_name, r.date_of_birth, r.decided_on, r.last_force])).digest('hex'),
    });
  });
  let imported = 0;
  for (let i = 0; i < good.length; i += 500) {
    const batch = good.slice(i, i + 500);
    imported += await db.transaction(async (tx) => {
      const inserted = await insertListEntries(tx, batch);
      await appendAuditEvents(tx, [auditEvent(ctx, { action: 'national_index.import', entityType: 'list_entry', detail: { rows: batch.length, inserted: inserted.length } })]);
      return inserted.length;
    });
  }
  return { imported, skipped: good.length - imported, rejected };
}
