import { desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { mailOutbox } from '../../db/schema.js';

export type MailRow = typeof mailOutbox.$inferSelect;

export async function insertMail(tx: Queryable, message: { to: string; subject: string; body: string }): Promise<MailRow> {
  const [row] = await tx.insert(mailOutbox).values(message).returning();
  if (!row) throw new Error('mail_outbox insert returned no row');
  return row;
}

export const findMail = async (db: Queryable, id: string): Promise<MailRow | undefined> => (await db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0];

export const markMailSent = (db: Queryable, id: string) => db.update(mailOutbox).set({ sentAt: new Date(), error: null }).where(eq(mailOutbox.id, id));

export const markMailFailed = (db: Queryable, id: string, error: string) => db.update(mailOutbox).set({ error }).where(eq(mailOutbox.id, id));

export const listMail = (db: Queryable, limit: number) => db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id)).limit(limit);
