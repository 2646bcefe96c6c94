// Narrows the integrity report's text columns to their vocabularies; the API only ever writes these values.
import { REPORT_CATEGORIES, type ReportCategory } from '../../../shared/integrity-line-vocabulary.js';

const isCategory = (value: string): value is ReportCategory => (REPORT_CATEGORIES as readonly string[]).includes(value);

export function asCategory(value: string): ReportCategory {
  if (!isCategory(value)) throw new Error(`integrity report with unknown category ${value}`);
  return value;
}
