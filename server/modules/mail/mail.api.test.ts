// Sending through SMTP with nodemailer, against a minimal SMTP server on a loopback port.
import { createServer, type Server } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOutbox } from '../../../shared/mail-contracts.js';
import { queryRows } from '../../db/client.js';
import { as, createTestApp, type TestApp } from '../../testing/test-app.js';
import { queueMail, sendQueuedMail } from './mail.service.js';

/** Accepts every command and keeps each message's DATA. Enough SMTP for nodemailer without TLS or auth. */
function startSmtpServer(): Promise<{ server: Server; port: number; messages: string[] }> {
  const messages: string[] = [];
  const server = createServer((socket) => {
    let buffer = '';
    let message: string | null = null;
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (message !== null) {
          if (line === '.') {
            messages.push(message);
            message = null;
            socket.write('250 queued\r\n');
          } else message += `${line}\n`;
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'DATA') {
          message = '';
          socket.write('354 go ahead\r\n');
        } else if (command === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, port: typeof address === 'object' && address ? address.port : 0, messages });
  }));
}

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ WARRANT_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, WARRANT_MAIL_FROM: 'Warrant <no-reply@force.example>' });
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => smtp.server.close(resolve));
});

const queue = (to: string, subject: string) => t.database.db.transaction((tx) => queueMail(tx, { to, subject, body: 'Your code is 123456' }));

describe('mail through SMTP', () => {
  it('sends a queued message and records when it went', async () => {
    const id = await queue('complainant@example.test', 'Your code');
    await sendQueuedMail({ db: t.database.db, config: t.config }, [id]);
    const [row] = await queryRows<{ sent_at: Date | null; error: string | null }>(t.database.db, sql`select sent_at, error from mail_outbox where id = ${id}`);
    expect(row?.error).toBeNull();
    expect(row?.sent_at).not.toBeNull();
    const sent = smtp.messages.at(-1) ?? '';
    expect(sent).toContain('To: complainant@example.test');
    expect(sent).toContain('From: Warrant <no-reply@force.example>');
    expect(sent).toContain('Your code is 123456');
  });

  it('keeps the message and the error when the mail server cannot be reached, without throwing', async () => {
    const id = await queue('someone@example.test', 'Unreachable');
    const unreachable = { ...t.config, mail: { ...t.config.mail, smtpUrl: 'smtp://127.0.0.1:1' } };
    await expect(sendQueuedMail({ db: t.database.db, config: unreachable }, [id])).resolves.toBeUndefined();
    const [row] = await queryRows<{ sent_at: Date | null; error: string | null }>(t.database.db, sql`select sent_at, error from mail_outbox where id = ${id}`);
    expect(row?.sent_at).toBeNull();
    expect(row?.error).toMatch(/ECONNREFUSED|connect/i);
  });

  it('hides message bodies from administrators once mail really goes out', async () => {
    await queue('hidden@example.test', 'Hidden body');
    const res = await t.app.inject({ method: 'GET', url: '/api/mail/outbox', headers: as(await t.loginAs('system_administrator')) });
    const outbox = res.json() as TOutbox;
    expect(outbox.delivery).toBe('smtp');
    expect(outbox.items.find((i) => i.to === 'hidden@example.test')).toMatchObject({ subject: 'Hidden body', body: null });
    expect(res.body).not.toContain('123456');
  });
});
