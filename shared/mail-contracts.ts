// The mail outbox (server/modules/mail): every message Warrant sends, for administrators to see.
import { z } from 'zod';
import { ZUuid } from './contracts.js';

export const ZOutbox = z.object({
  delivery: z.enum(['outbox', 'smtp']).describe('outbox: nothing is sent (development); smtp: messages are also sent, and their bodies are not shown'),
  items: z.array(z.object({
    id: ZUuid,
    to: z.string(),
    subject: z.string(),
    body: z.string().nullable().describe('Null when mail is sent through SMTP: one-time codes are for the recipient alone'),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    error: z.string().nullable(),
  })),
});
export type TOutbox = z.infer<typeof ZOutbox>;
