// A rule in words, for the queue, the alert page and the rule editor: an alert must explain itself.
import type { TRuleDefinition, TRuleFilters } from '../../../shared/signal-contracts.js';

const words = (values: readonly string[]) => values.map((v) => v.replaceAll('_', ' ')).join(', ');

function describeFilters(f: TRuleFilters): string {
  const parts: string[] = [];
  if (f.tags.length > 0) parts.push(`tagged ${words(f.tags)}`);
  if (f.standards.length > 0) parts.push(`under the Standard(s) ${words(f.standards)}`);
  if (f.categories.length > 0) parts.push(`in the IOPC categor${f.categories.length === 1 ? 'y' : 'ies'} ${words(f.categories)}`);
  if (f.sources.length > 0) parts.push(`from ${words(f.sources)}`);
  if (f.excludeNoCaseToAnswer) parts.push('not ending in no case to answer');
  return parts.length === 0 ? '' : ` ${parts.join('; ')}`;
}

export function describeRule(d: TRuleDefinition): string {
  switch (d.kind) {
    case 'count':
      return `${d.threshold} or more allegation${d.threshold === 1 ? '' : 's'}${describeFilters(d.filters)} ${d.windowMonths === null ? 'over the whole career' : `in ${d.windowMonths} months`}`;
    case 'during_live_warning':
      return `An allegation${describeFilters(d.filters)} received while a ${words(d.warnings)} from another case was live`;
    case 'during_vetting_review':
      return `An allegation${describeFilters(d.filters)} recorded while the person's vetting was under review`;
    case 'list_match':
      return `Linked to an entry on the ${d.lists.map((l) => (l === 'barred' ? 'Barred' : 'Advisory')).join(' or ')} List`;
    case 'peer_percentile':
      return `Allegations${describeFilters(d.filters)} in ${d.windowMonths} months above the ${d.percentile}th percentile of peers (same force, role, rank and length of service), and at least ${d.minAllegations}`;
  }
}

/** What the figure on an alert means, e.g. "3 allegations counted" or "linked to 1 list entry". */
export function describeValue(d: TRuleDefinition, value: number): string {
  if (d.kind === 'list_match') return `linked to ${value} list entr${value === 1 ? 'y' : 'ies'}`;
  return `${value} allegation${value === 1 ? '' : 's'} counted`;
}
