// Evaluating the rules: for a few people inside the transaction that changed their record (incremental), and
// for the nation on demand and every night. Both run the same SQL per rule (rule-sql.ts).
import { sql } from 'drizzle-orm';
import type { Db, Queryable } from '../../db/client.js';
import { BASE_ALLEGATIONS, createAllegationBaseSql } from './rule-sql.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { todayInEngland } from '../clock/working-days.js';
import { alertEvidenceOf, applyRule, firingRules, listActiveRules, listRules, refreshPeerThresholds, type ActionCounts } from './signals.repo.js';

export type EvaluationResult = { asOf: string; rules: number; hits: number; opened: number; reopened: number; updated: number; millis: number };

async function runRules(db: Queryable, asOf: string, personIds: readonly string[] | null): Promise<EvaluationResult> {
  const started = performance.now();
  const rules = await listRules(db, { activeOnly: true });
  const totals: ActionCounts = { opened: 0, reopened: 0, grew: 0, hits: 0 };
  // For everyone, read the allegations once into a temporary table the rules share (rule-sql.ts).
  const from = personIds === null ? BASE_ALLEGATIONS : undefined;
  if (personIds === null) {
    await db.execute(createAllegationBaseSql(asOf));
    await db.execute(sql`analyze signal_base`);
  }
  for (const rule of rules) {
    const counts = await applyRule(db, rule, asOf, personIds, from);
    if (personIds === null && rule.definition.kind === 'peer_percentile') await refreshPeerThresholds(db, rule, asOf, from);
    totals.opened += counts.opened;
    totals.reopened += counts.reopened;
    totals.grew += counts.grew;
    totals.hits += counts.hits;
  }
  return { asOf, rules: rules.length, hits: totals.hits, opened: totals.opened, reopened: totals.reopened, updated: totals.grew, millis: Math.round(performance.now() - started) };
}

/**
 * Called by cases and vetting in the same transaction as the change, so an alert can never be missed. One query
 * asks every rule at once; only a rule that fires with rows its alert has not seen goes on to write.
 */
export async function evaluatePeople(tx: Queryable, personIds: readonly string[]): Promise<EvaluationResult> {
  const started = performance.now();
  const asOf = todayInEngland();
  const unique = [...new Set(personIds)];
  const result: EvaluationResult = { asOf, rules: 0, hits: 0, opened: 0, reopened: 0, updated: 0, millis: 0 };
  if (unique.length === 0) return result;
  const rules = await listActiveRules(tx);
  result.rules = rules.length;
  const firing = await firingRules(tx, rules, asOf, unique);
  result.hits = firing.length;
  if (firing.length > 0) {
    const known = await alertEvidenceOf(tx, unique);
    const seen = (ruleId: string, personId: string, id: string) => {
      const alert = known.find((k) => k.rule_id === ruleId && k.person_id === personId);
      return alert !== undefined && (alert.evidence.allegationIds.includes(id) || alert.evidence.listEntryIds.includes(id));
    };
    const changed = new Set(firing
      .filter((f) => {
        const ruleId = rules[f.rule_index]?.id ?? '';
        return [...f.allegation_ids, ...f.list_entry_ids].some((id) => !seen(ruleId, f.person_id, id));
      })
      .map((f) => f.rule_index));
    for (const index of changed) {
      const rule = rules[index];
      if (!rule) continue;
      const counts = await applyRule(tx, rule, asOf, unique);
      result.opened += counts.opened;
      result.reopened += counts.reopened;
      result.updated += counts.grew;
    }
  }
  result.millis = Math.round(performance.now() - started);
  return result;
}

/** Every active rule over everyone: the nightly run, the CLI and the on-demand button. */
export async function evaluateAll(db: Db, asOf: string = todayInEngland()): Promise<EvaluationResult> {
  return db.transaction((tx) => runRules(tx, asOf, null));
}

export async function runEvaluation({ db, ctx }: { db: Db; ctx: RequestContext }): Promise<EvaluationResult> {
  authorize(ctx, 'signal:evaluate');
  const result = await evaluateAll(db);
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'signals.evaluate', entityType: 'signal_rule', detail: { ...result } })]));
  return result;
}

/** Runs the full evaluation every night at 02:00 (UK time is close enough: the run is idempotent). */
export function scheduleNightlyEvaluation(db: Db, log: (message: string, data?: Record<string, unknown>) => void, afterRun: () => Promise<void> = async () => undefined): () => void {
  let timer: NodeJS.Timeout | undefined;
  const next = () => {
    const now = new Date();
    const at = new Date(now);
    at.setHours(2, 0, 0, 0);
    if (at <= now) at.setDate(at.getDate() + 1);
    timer = setTimeout(() => {
      evaluateAll(db)
        .then((result) => log('nightly early-warning evaluation', { ...result }))
        .catch((error: unknown) => log('nightly early-warning evaluation failed', { error: String(error) }))
        .then(afterRun)
        .catch((error: unknown) => log('nightly maintenance failed', { error: String(error) }))
        .finally(next);
    }, at.getTime() - now.getTime());
    timer.unref();
  };
  next();
  return () => clearTimeout(timer);
}
