// Table-qualified column names for correlated subqueries inside a select list: there Drizzle prints bare
// column names ("id"), which a subquery would rebind to its own table's column.
import { sql } from 'drizzle-orm';

export const PERSON_ID = sql.raw('"person"."id"');
export const CASE_ID = sql.raw('"misconduct_case"."id"');
export const CASE_RECEIVED_ON = sql.raw('"misconduct_case"."received_on"');
