import type { RealDataCsvFigure, TRealDataFigures } from '../../../../shared/real-data-contracts.js';
import { apiRequest } from '../../api/client.js';
import { realDataSearch, type RealDataCriteria } from './real-data-format.js';

export const getRealDataFigures = (criteria: RealDataCriteria, signal?: AbortSignal) =>
  apiRequest<TRealDataFigures>('/api/real-data/figures', { query: { forceId: criteria.forceId, year: criteria.year, years: criteria.years }, signal });

/** The CSV `warrant report` writes for a figure: a plain link, so the browser downloads it with the session cookie. */
export const realDataCsvHref = (figure: RealDataCsvFigure, criteria: RealDataCriteria): string => `/api/real-data/figures.csv${realDataSearch(criteria, { figure })}`;
