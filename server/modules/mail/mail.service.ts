// Mail Warrant sends. Every message is written to mail_outbox in the caller's transaction, so a message exists
// exactly when the change that caused it commits. With WARRANT_SMTP_URL set it is then also sent (nodemailer),
// after the commit and off the request's path; without it (development) the outbox page is the mailbox.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.js';
import type { Db, Queryable } from '../../db/client.js';
import { auditEvent, authorize, type RequestContext } from '../../context.js';
import type { TOutbox } from '../../../shared/mail-contracts.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { findMail, insertMail, listMail, markMailFailed, markMailSent } from './mail.repo.js';

export type MailMessage = { to: string; subject: string; body: string };

const OUTBOX_PAGE = 200;

/** Writes a message to the outbox inside the caller's transaction; returns its id for sendQueuedMail. */
export async function queueMail(tx: Queryable, message: MailMessage): Promise<string> {
  return (await insertMail(tx, message)).id;
}

const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, transport);
  }
  return transport;
}

/**
 * Sends queued messages through SMTP when it is configured, recording on each row whether it went. Never throws:
 * a mail server being down must not turn a complaint that was saved into an error for the person who made it.
 */
export async function sendQueuedMail({ db, config }: { db: Db; config: Config }, ids: readonly string[]): Promise<void> {
  const smtpUrl = config.mail.smtpUrl;
  if (!smtpUrl) return;
  for (const id of ids) {
    try {
      const row = await findMail(db, id);
      if (!row || row.sentAt) continue;
      await transportFor(smtpUrl).sendMail({ from: config.mail.from, to: row.to, subject: row.subject, text: row.body });
      await markMailSent(db, id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await markMailFailed(db, id, message.slice(0, 500)).catch(() => undefined);
    }
  }
}

export async function listOutbox({ db, ctx, config }: { db: Db; ctx: RequestContext; config: Config }): Promise<TOutbox> {
  const actor = authorize(ctx, 'mail:outbox');
  const isSmtp = config.mail.smtpUrl !== null;
  const rows = await listMail(db, OUTBOX_PAGE);
  // The outbox holds complainants' addresses and their one-time codes: reading it is audited.
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, {
    action: 'mail.outbox_read', entityType: 'mail_outbox', forceId: actor.forceId, detail: { count: rows.length, bodiesShown: !isSmtp },
  })]));
  return {
    delivery: isSmtp ? 'smtp' : 'outbox',
    items: rows.map((r) => ({
      id: r.id,
      to: r.to,
      subject: r.subject,
      body: isSmtp ? null : r.body,
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
      error: r.error,
    })),
  };
}
