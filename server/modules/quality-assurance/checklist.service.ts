// The review checklists: the questions a reviewer answers about each sampled decision. They are national and
// versioned: changing the questions adds a version and retires the one it replaces, so a sample keeps the questions
// it was reviewed against, and a question worded as before keeps its id so answers stay comparable across versions.
import type { Db } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { TChecklist, TChecklists, TChecklistVersions, TReplaceChecklist } from '../../../shared/qa-contracts.js';
import { QA_POPULATION_LABELS } from '../../../shared/qa-vocabulary.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { insertChecklist, listChecklists, listChecklistVersions, lockActiveChecklists, retireChecklists } from './qa.repo.js';

type Base = { db: Db; ctx: RequestContext };
type Question = { id: string; text: string };

// Answers are keyed by question id (at most 60 characters: shared/qa-contracts.ts ZRecordReview).
const MAX_ID = 60;

export async function listQaChecklists({ ctx, db }: Base): Promise<TChecklists> {
  authorize(ctx, 'qa:sample');
  const rows = await listChecklists(db);
  return { items: rows.map((c) => ({ id: c.id, name: c.name, population: c.population, questions: c.questions })) };
}

export async function listQaChecklistVersions({ ctx, db }: Base): Promise<TChecklistVersions> {
  authorize(ctx, 'qa:checklists');
  const rows = await listChecklistVersions(db);
  return {
    items: rows.map((c) => ({
      id: c.id, name: c.name, population: c.population, questions: c.questions, active: c.active, createdAt: new Date(c.createdAt).toISOString(), samples: c.samples,
    })),
  };
}

/** A readable id from the question's first words, made unique among the ids already taken. */
export function questionIdOf(text: string, taken: ReadonlySet<string>): string {
  const words = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9\s-]/g, ' ').split(/[\s-]+/).filter(Boolean);
  const base = (words.slice(0, 5).join('-') || 'question').slice(0, MAX_ID - 3);
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** The new version's questions: a question worded as in the replaced version (ignoring case) keeps its id. */
export function numberQuestions(texts: readonly string[], previous: readonly Question[]): Question[] {
  const previousByText = new Map(previous.map((q) => [q.text.trim().toLowerCase(), q.id]));
  const kept = texts.map((t) => previousByText.get(t.trim().toLowerCase()));
  const taken = new Set<string>(kept.filter((id): id is string => id !== undefined));
  return texts.map((text, i) => {
    const id = kept[i] ?? questionIdOf(text, taken);
    taken.add(id);
    return { id, text: text.trim() };
  });
}

export async function replaceChecklist({ ctx, db, input }: Base & { input: TReplaceChecklist }): Promise<TChecklist> {
  authorize(ctx, 'qa:checklists');
  const row = await db.transaction(async (tx) => {
    const active = await lockActiveChecklists(tx, input.population);
    const replaced = active.find((c) => c.id === input.replaces);
    if (!replaced) {
      throw new AppError('CONFLICT', `That is not the active checklist for ${QA_POPULATION_LABELS[input.population].toLowerCase()}: someone may have changed it meanwhile. Reload the page and make your change again.`);
    }
    const questions = numberQuestions(input.questions, replaced.questions);
    await retireChecklists(tx, active.map((c) => c.id));
    const created = await insertChecklist(tx, { name: input.name, population: input.population, questions, active: true });
    await appendAuditEvents(tx, [auditEvent(ctx, {
      action: 'qa.checklist.replace', entityType: 'qa_checklist', entityId: created.id, forceId: null,
      detail: {
        population: input.population, replaced: replaced.id, questions: questions.length,
        kept: questions.filter((q) => replaced.questions.some((p) => p.id === q.id)).map((q) => q.id),
        removed: replaced.questions.filter((p) => !questions.some((q) => q.id === p.id)).map((p) => p.id),
      },
    })]);
    return created;
  });
  return { id: row.id, name: row.name, population: row.population, questions: row.questions };
}
