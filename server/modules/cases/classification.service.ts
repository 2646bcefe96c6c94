import type { Db } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { TSubjectHistory } from '../../../shared/case-contracts.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { findPersonById } from '../people/person.repo.js';
import { buildSubjectHistory } from './case-history.js';
import { currentTagDefinitionsVersion, listReferralCriteria, listTagDefinitions } from './case.repo.js';

export async function getClassificationGuide({ db, ctx }: { db: Db; ctx: RequestContext }) {
  authorize(ctx, 'case:create');
  const version = await currentTagDefinitionsVersion(db);
  const [tags, criteria] = await Promise.all([listTagDefinitions(db, version), listReferralCriteria(db)]);
  return {
    tagDefinitionsVersion: version,
    tags: tags.map((t) => ({ tag: t.tag, label: t.label, definition: t.definition, guidance: t.guidance })),
    referralCriteria: criteria.map((k) => ({ code: k.code, label: k.label, description: k.description, mandatory: k.mandatory, suggestedByTags: k.suggestedByTags })),
  };
}

export async function getPersonCaseHistory({ db, ctx, personId }: { db: Db; ctx: RequestContext; personId: string }): Promise<TSubjectHistory> {
  const actor = authorize(ctx, 'person:history');
  if (!(await findPersonById(db, personId))) throw notFound('person');
  const history = await buildSubjectHistory(db, actor, personId, null);
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'person.history_read', entityType: 'person', entityId: personId, detail: { items: history.items.length } })]));
  return history;
}
