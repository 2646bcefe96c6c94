// Another jurisdiction's vocabulary mapped onto Warrant's model, read from `vocabulary_mapping` (versioned data,
// seeded by migration 0014 and documented in docs/real-data.md). Importers look values up here instead of
// deciding in code, so a force or jurisdiction changes a mapping by adding a version, not by a release.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/client.js';
import { vocabularyMappings } from '../../db/schema.js';
import { CASE_SOURCES, IOPC_CATEGORIES, OUTCOMES, PROCEEDINGS_FORMS, STANDARDS, THEMATIC_TAGS } from '../../../shared/case-vocabulary.js';
import { EMPLOYMENT_ROLES, ETHNIC_GROUPS, LEAVING_REASONS, SEXES } from '../../../shared/vocabulary.js';
import { SUBJECT_STATES } from '../cases/workflow.js';
import { AppError } from '../../errors.js';

export const MAPPING_TARGETS = {
  allegation_category: z.object({ standard: z.enum(STANDARDS), iopcCategory: z.enum(IOPC_CATEGORIES), tags: z.array(z.enum(THEMATIC_TAGS)), placeholder: z.boolean() }).strict(),
  finding: z.object({ caseToAnswer: z.boolean().nullable() }).strict(),
  penalty: z.object({ outcome: z.enum(OUTCOMES).nullable(), proceedingsForm: z.enum(PROCEEDINGS_FORMS).nullable() }).strict(),
  race: z.object({ ethnicity: z.enum(ETHNIC_GROUPS) }).strict(),
  sex: z.object({ sex: z.enum(SEXES) }).strict(),
  complainant_type: z.object({ source: z.enum(CASE_SOURCES) }).strict(),
  complaint_status: z.object({ state: z.enum(SUBJECT_STATES) }).strict(),
  leaving_reason: z.object({ leavingReason: z.enum(LEAVING_REASONS) }).strict(),
  rank: z.object({ role: z.enum(EMPLOYMENT_ROLES) }).strict(),
  non_person_subject: z.object({ nonPerson: z.literal(true) }).strict(),
} as const;
export type MappingKind = keyof typeof MAPPING_TARGETS;
export type MappingTarget<K extends MappingKind> = z.infer<(typeof MAPPING_TARGETS)[K]>;

/** The value a source row's text is looked up by: trimmed, inner spaces kept (they are part of some source values). */
export const mappingKey = (value: string | null | undefined): string => (value ?? '').trim();

/** One (jurisdiction, kind) at its latest version: source value → target. '*' is the default for values not listed. */
export type VocabularyMap<K extends MappingKind> = {
  jurisdiction: string;
  kind: K;
  version: number;
  lookup: (value: string | null | undefined) => MappingTarget<K> | null;
};

export async function loadVocabularyMap<K extends MappingKind>(db: Queryable, jurisdiction: string, kind: K, options: { caseInsensitive?: boolean } = {}): Promise<VocabularyMap<K>> {
  const [latest] = await db.select({ version: sql<number | null>`max(${vocabularyMappings.version})` }).from(vocabularyMappings)
    .where(and(eq(vocabularyMappings.jurisdiction, jurisdiction), eq(vocabularyMappings.kind, kind)));
  const version = latest?.version ?? null;
  if (version === null) throw new AppError('VALIDATION_FAILED', `no ${kind} mapping for jurisdiction ${jurisdiction}: add one to vocabulary_mapping (docs/real-data.md)`);
  const rows = await db.select().from(vocabularyMappings)
    .where(and(eq(vocabularyMappings.jurisdiction, jurisdiction), eq(vocabularyMappings.kind, kind), eq(vocabularyMappings.version, version)));
  const schema = MAPPING_TARGETS[kind];
  const fold = (v: string) => (options.caseInsensitive ? v.toLowerCase() : v);
  const targets = new Map<string, MappingTarget<K>>();
  for (const row of rows) {
    const parsed = schema.safeParse(row.target);
    if (!parsed.success) {
      throw new AppError('VALIDATION_FAILED', `vocabulary_mapping ${jurisdiction}/${kind}/"${row.sourceValue}" v${version}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    targets.set(fold(row.sourceValue), parsed.data as MappingTarget<K>);
  }
  const fallback = targets.get('*') ?? null;
  return { jurisdiction, kind, version, lookup: (value) => targets.get(fold(mappingKey(value))) ?? fallback };
}
