// Writes rows an importer made into Warrant's tables through the import module's bulk path: each row checked by the
// same per-table validation as `warrant import` (row-schemas.ts), batches written by COPY in one transaction each,
// falling back to INSERT … ON CONFLICT DO NOTHING when rows are already present, so a re-import skips them and a batch
// the database refuses is bisected to the rows at fault. A refused row is reported against its source file and line.
import type { BulkConnection } from '../import/bulk.repo.js';
import { copyTextValue, writeBatch, type Batch, type BatchMode } from '../import/bulk.repo.js';
import { KEY_COLUMNS, columnNames, type DatasetTable } from '../import/dataset-tables.js';
import { rowValidator, type RowValidator } from '../import/row-schemas.js';

export type Rejection = { file: string; line: number; field: string; reason: string };
export type WriteStats = { inserted: number; skipped: number; rejected: number; seconds?: number };
export type SourceRef = { file: string; line: number };
/** The batches in flight on one connection, shared by every writer using it. */
export type Lane = { current: Promise<void> };

const BATCH_ROWS = 5_000;

export class TableWriter {
  readonly stats: WriteStats = { inserted: 0, skipped: 0, rejected: 0, seconds: 0 };
  private batch: Batch = { lines: [], text: [], chars: 0 };
  private refs: SourceRef[] = [];
  private seq = 0;
  private readonly mode: BatchMode = { direct: true };
  private readonly validate: RowValidator | null;
  private readonly batchRows: number;
  /** Writers of the tables this one refers to: their queued rows are sent first, so a parent is never missing. */
  parents: TableWriter[] = [];

  constructor(
    private readonly conn: BulkConnection,
    readonly table: string,
    private readonly columns: readonly string[],
    private readonly keyColumns: readonly string[],
    private readonly reject: (r: Rejection) => void,
    private readonly lane: Lane,
    options: { validate?: RowValidator | null; batchRows?: number } = {},
  ) {
    this.validate = options.validate ?? null;
    this.batchRows = options.batchRows ?? BATCH_ROWS;
  }

  /** A dataset table (person, case_subject…), validated like `warrant import`. */
  static forDatasetTable(conn: BulkConnection, lane: Lane, table: DatasetTable, forceIds: ReadonlySet<string>, today: string, reject: (r: Rejection) => void, batchRows?: number): TableWriter {
    const columns = columnNames(table);
    return new TableWriter(conn, table, columns, KEY_COLUMNS[table], reject, lane, { validate: rowValidator(table, columns, forceIds, today), ...(batchRows ? { batchRows } : {}) });
  }

  /** Queues a row (values in column order); false when validation refused it (reported). */
  async add(ref: SourceRef, values: readonly (string | null)[]): Promise<boolean> {
    let out: readonly (string | null)[] = values;
    if (this.validate) {
      const result = this.validate(values);
      if (!result.ok) {
        for (const issue of result.issues) this.reject({ ...ref, field: `${this.table}.${issue.field}`, reason: issue.reason });
        this.stats.rejected += 1;
        return false;
      }
      out = result.values;
    }
    this.seq += 1;
    const line = `${this.seq}\t${out.map(copyTextValue).join('\t')}\n`;
    this.batch.lines.push(this.seq);
    this.batch.text.push(line);
    this.batch.chars += line.length;
    this.refs.push(ref);
    if (this.batch.lines.length >= this.batchRows) await this.flush();
    return true;
  }

  /**
   * Sends the queued rows. The write joins the connection's lane (one batch at a time, in the order sent, so parents
   * are committed before the rows that refer to them) and this returns once it is under way, so the next rows are
   * built while the database works; `settle()` waits for everything sent.
   */
  async flush(): Promise<void> {
    if (this.batch.lines.length === 0) return;
    for (const parent of this.parents) await parent.flush();
    const batch = this.batch;
    const refs = this.refs;
    const firstSeq = batch.lines[0] ?? 0;
    this.batch = { lines: [], text: [], chars: 0 };
    this.refs = [];
    const previous = this.lane.current;
    // At most one batch waits behind the one in the database: memory stays bounded.
    await previous;
    const write = async () => {
      const started = performance.now();
      await writeBatch(this.conn, this.table, this.columns, this.keyColumns, batch, this.stats, (seq, field, reason) => {
        const ref = refs[seq - firstSeq] ?? { file: this.table, line: seq };
        this.stats.rejected += 1;
        this.reject({ ...ref, field: field ? `${this.table}.${field}` : this.table, reason });
      }, this.mode);
      this.stats.seconds = (this.stats.seconds ?? 0) + (performance.now() - started) / 1000;
    };
    this.lane.current = write();
    // Awaited by the next flush or by settle(); this only keeps Node from calling it unhandled meanwhile.
    this.lane.current.catch(() => undefined);
  }

  /** Sends what is queued and waits until every batch sent on this connection is committed. */
  async settle(): Promise<void> {
    await this.flush();
    await this.lane.current;
  }
}
