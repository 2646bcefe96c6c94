// Planner statistics for tables that no import writes directly. PostgreSQL's autovacuum gathers statistics on its
// own, in time; PGlite runs no autovacuum at all, so a table nobody analyses keeps none, and the planner guesses.
// The summaries that triggers keep (the case tags of migration 0015, Insight's matters, spans and headcount of
// 0016) are exactly such tables: at force scale on PGlite, Insight's disproportionality request took 58 s with no
// statistics on them and 37 ms with them (docs/statistics.md, "Performance").
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from './client.js';

/** Tables written by triggers when their source tables are written: analyse them after any bulk write. */
export const TRIGGER_WRITTEN_TABLES = ['misconduct_case', 'insight_matter', 'insight_person_span', 'insight_headcount'] as const;

/** `analyze` of the trigger-written tables, on the connection that did the bulk write. */
export async function analyzeTriggerWrittenTables(query: (text: string) => Promise<unknown>): Promise<void> {
  for (const table of TRIGGER_WRITTEN_TABLES) await query(`analyze "${table}"`);
}

/**
 * On PGlite, which has no autovacuum: statistics for the whole database, at start and after the nightly run, so
 * tables the application has grown since the last import are planned on what they hold now. A few seconds at
 * force scale, milliseconds for the demo. Nothing on PostgreSQL, where autovacuum does it.
 */
export async function refreshStatisticsOnPglite(database: Database): Promise<void> {
  if (database.kind !== 'pglite') return;
  await queryRows(database.db, sql`analyze`);
}
