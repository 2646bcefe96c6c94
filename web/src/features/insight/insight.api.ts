import type { TCaseToAnswer, TDisproportionality, TDisproportionalityTrend, TRepeatDistribution, TRepeatDrilldown, TTimeliness } from '../../../../shared/insight-contracts.js';
import type { InsightFigure } from '../../../../shared/insight-vocabulary.js';
import { apiRequest } from '../../api/client.js';
import { queryOf, searchOf, type InsightCriteria } from './insight-format.js';

export const getDisproportionality = (criteria: InsightCriteria, signal?: AbortSignal) =>
  apiRequest<TDisproportionality>('/api/insight/disproportionality', { query: queryOf(criteria), signal });

/** The five years ending with the chosen year, whatever period the other figures cover. */
export const getDisproportionalityTrend = (criteria: InsightCriteria, signal?: AbortSignal) =>
  apiRequest<TDisproportionalityTrend>('/api/insight/disproportionality-trend', { query: queryOf({ ...criteria, years: TREND_YEARS }), signal });

export const TREND_YEARS = 5;

export const getRepeatDistribution = (criteria: InsightCriteria, signal?: AbortSignal) =>
  apiRequest<TRepeatDistribution>('/api/insight/repeat-distribution', { query: queryOf(criteria), signal });


export const getRepeatDrilldown = (criteria: InsightCriteria, signal?: AbortSignal) =>
  apiRequest<TRepeatDrilldown>('/api/insight/repeat-distribution/people', { query: queryOf(criteria), signal });

export const getCaseToAnswer = (criteria: InsightCriteria, signal?: AbortSignal) =>
  apiRequest<TCaseToAnswer>('/api/insight/case-to-answer', { query: queryOf(criteria), signal });

export const getTimeliness = (criteria: InsightCriteria, signal?: AbortSignal) =>
  apiRequest<TTimeliness>('/api/insight/timeliness', { query: queryOf(criteria), signal });

/** The CSV export of a figure: a plain link, so the browser downloads it with the session cookie. */
export const csvHref = (figure: InsightFigure, criteria: InsightCriteria): string => `/api/insight/${figure}.csv${searchOf(criteria)}`;
