// The public side of the complaint portal: no sign-in. A complaint gets a random reference; the complainant checks
// progress with that reference and a one-time code sent to the email address they gave. Answers never tell a
// caller whether a reference exists: a wrong email, an unknown reference and a locked reference look the same.
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { auditEvent, type RequestContext } from '../../context.js';
import { AppError, fieldError } from '../../errors.js';
import type { TComplaintForm, TComplaintProgress, TComplaintReceipt, TStatusCodeSent, TSubmitComplaint } from '../../../shared/portal-contracts.js';
import { MINIMUM_FILL_SECONDS } from '../../../shared/portal-vocabulary.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { todayInEngland } from '../clock/working-days.js';
import { SUBJECT_STATES, type SubjectState } from '../cases/workflow.js';
import { queueMail, sendQueuedMail } from '../mail/mail.service.js';
import { hashAccessCode, newAccessCode, newComplaintReference } from './complaint-codes.js';
import { checkFormToken, issueFormToken, type FormTokenCheck } from './form-token.js';
import { caseProgress, CLOSED_WITHOUT_CASE, receivedProgress } from './progress.js';
import {
  claimAccessCode, countCodesIssuedSince, findComplaintByReference, findForceName, insertAccessCode, insertComplaintUnlessTaken, listForceNames,
  lockComplaint, recordFailedCode, resetFailedCodes, subjectStatesOf, type ComplaintRow,
} from './portal.repo.js';

export const CODE_VALID_MINUTES = 15;
/** Codes a complaint may be sent per CODE_VALID_MINUTES: enough for a lost email, too few to flood an inbox. */
export const MAX_CODES_PER_WINDOW = 3;
export const MAX_WRONG_CODES = 5;
export const LOCK_MINUTES = 30;
const EARLIEST_INCIDENT = '1900-01-01';

export const CODE_SENT_MESSAGE = `If the reference and email address match a complaint, we have sent a 6-digit code to that email address. The code expires in ${CODE_VALID_MINUTES} minutes.`;
const WRONG_CODE_MESSAGE = `The reference or the code is not right, or the code has expired. Check them, or ask for a new code. After ${MAX_WRONG_CODES} wrong codes you must wait ${LOCK_MINUTES} minutes.`;

const TOKEN_MESSAGES: Record<Exclude<FormTokenCheck, 'ok'>, string> = {
  invalid: 'is not valid: start the form again',
  expired: 'has expired: start the form again',
  'too-soon': `was sent too quickly: wait ${MINIMUM_FILL_SECONDS} seconds and send it again`,
};

export async function getComplaintForm({ db, config }: { db: Db; config: Config }): Promise<TComplaintForm> {
  return { formToken: issueFormToken(config.portal.secret), minimumSeconds: MINIMUM_FILL_SECONDS, forces: await listForceNames(db) };
}

function confirmationMail(config: Config, reference: string, forceName: string | null) {
  return {
    subject: `Your complaint reference ${reference}`,
    body: [
      'We have received your complaint about the police.',
      '',
      `Your reference is ${reference}. Keep it: you need it to check the progress of your complaint.`,
      '',
      forceName
        ? `The professional standards department of ${forceName} will decide how to handle it.`
        : 'We will work out which police force should deal with it, and pass it to them.',
      '',
      `Check progress at ${config.publicUrl}/complain/progress`,
    ].join('\n'),
  };
}

export async function submitComplaint({ db, config, ctx, input }: { db: Db; config: Config; ctx: RequestContext; input: TSubmitComplaint }): Promise<TComplaintReceipt> {
  const token = checkFormToken(config.portal.secret, input.formToken);
  if (token !== 'ok') throw fieldError('formToken', `The form ${TOKEN_MESSAGES[token]}`);
  const today = todayInEngland();
  if (input.incidentOn && input.incidentOn > today) throw fieldError('incidentOn', 'must be today or in the past');
  // Also keeps out dates PostgreSQL cannot store (year 0), which would otherwise fail as a 500.
  if (input.incidentOn && input.incidentOn < EARLIEST_INCIDENT) throw fieldError('incidentOn', `must not be before ${EARLIEST_INCIDENT}`);
  const forceName = input.forceId ? await findForceName(db, input.forceId) : null;
  if (input.forceId && !forceName) throw fieldError('forceId', 'is not a police force we know');

  const { row, mailId } = await db.transaction(async (tx) => {
    let inserted: ComplaintRow | null = null;
    // A clash is one in 10^14; draw again rather than fail.
    for (let attempt = 0; attempt < 5 && !inserted; attempt++) {
      inserted = await insertComplaintUnlessTaken(tx, newComplaintReference(), {
        forceId: input.forceId,
        officerDetails: {
          ...(input.officer.name ? { name: input.officer.name } : {}),
          ...(input.officer.collarNumber ? { collarNumber: input.officer.collarNumber } : {}),
          ...(input.officer.description ? { description: input.officer.description } : {}),
        },
        incidentOn: input.incidentOn,
        incidentPlace: input.incidentPlace,
        whatHappened: input.whatHappened,
        complainantName: input.name,
        email: input.email,
        phone: input.phone,
        preferredContact: input.preferredContact,
        postalAddress: input.postalAddress,
        accessibilityNeeds: input.accessibilityNeeds,
        consentedAt: new Date(),
        receivedOn: today,
      });
    }
    if (!inserted) throw new Error('no unused complaint reference after 5 draws');
    const mail = await queueMail(tx, { to: inserted.email, ...confirmationMail(config, inserted.reference, forceName) });
    await appendAuditEvents(tx, [auditEvent(ctx, {
      action: 'public_complaint.submit', entityType: 'public_complaint', entityId: inserted.id, forceId: inserted.forceId,
      detail: { reference: inserted.reference, triage: inserted.forceId === null },
    })]);
    return { row: inserted, mailId: mail };
  });
  void sendQueuedMail({ db, config }, [mailId]);
  return { reference: row.reference, receivedOn: row.receivedOn, forceName };
}

const sameEmail = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Always the same answer: whether a code was sent is for the owner of the email address to find out. */
export async function requestStatusCode({ db, config, ctx, input }: { db: Db; config: Config; ctx: RequestContext; input: { reference: string; email: string } }): Promise<TStatusCodeSent> {
  const complaint = await findComplaintByReference(db, input.reference);
  if (!complaint || !sameEmail(complaint.email, input.email)) return { message: CODE_SENT_MESSAGE };
  const mailId = await db.transaction(async (tx) => {
    const lock = await lockComplaint(tx, complaint.id);
    if (!lock || lock.isLocked) return null;
    if ((await countCodesIssuedSince(tx, complaint.id, CODE_VALID_MINUTES)) >= MAX_CODES_PER_WINDOW) return null;
    const code = newAccessCode();
    await insertAccessCode(tx, complaint.id, hashAccessCode(complaint.id, code), CODE_VALID_MINUTES);
    // Sent to the address on the complaint, never to the one typed in.
    const id = await queueMail(tx, {
      to: complaint.email,
      subject: `Your code to check complaint ${complaint.reference}`,
      body: [
        `Your code is ${code}`,
        '',
        `Enter it to see the progress of complaint ${complaint.reference}. It expires in ${CODE_VALID_MINUTES} minutes and works once.`,
        '',
        'If you did not ask for this code, you can ignore this email.',
      ].join('\n'),
    });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'public_complaint.code_sent', entityType: 'public_complaint', entityId: complaint.id, forceId: complaint.forceId })]);
    return id;
  });
  if (mailId) void sendQueuedMail({ db, config }, [mailId]);
  return { message: CODE_SENT_MESSAGE };
}

const wrongCode = (): AppError => new AppError('VALIDATION_FAILED', WRONG_CODE_MESSAGE, { errors: [{ path: 'code', message: WRONG_CODE_MESSAGE }] });

export async function checkProgress({ db, ctx, input }: { db: Db; ctx: RequestContext; input: { reference: string; code: string } }): Promise<TComplaintProgress> {
  const complaint = await findComplaintByReference(db, input.reference);
  if (!complaint) throw wrongCode();
  const isRight = await db.transaction(async (tx) => {
    const lock = await lockComplaint(tx, complaint.id);
    // While locked even the right code fails, and nothing is counted.
    if (!lock || lock.isLocked) return false;
    if (await claimAccessCode(tx, complaint.id, hashAccessCode(complaint.id, input.code))) {
      await resetFailedCodes(tx, complaint.id);
      await appendAuditEvents(tx, [auditEvent(ctx, { action: 'public_complaint.progress_read', entityType: 'public_complaint', entityId: complaint.id, forceId: complaint.forceId })]);
      return true;
    }
    const { locked } = await recordFailedCode(tx, complaint.id, MAX_WRONG_CODES, LOCK_MINUTES);
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'public_complaint.code_failed', entityType: 'public_complaint', entityId: complaint.id, forceId: complaint.forceId, detail: { locked } })]);
    return false;
  });
  if (!isRight) throw wrongCode();
  return presentProgress(db, complaint);
}

const isSubjectState = (value: string): value is SubjectState => (SUBJECT_STATES as readonly string[]).includes(value);

async function presentProgress(db: Db, complaint: ComplaintRow): Promise<TComplaintProgress> {
  const forceName = complaint.forceId ? await findForceName(db, complaint.forceId) : null;
  const base = { reference: complaint.reference, receivedOn: complaint.receivedOn, forceName };
  if (complaint.status === 'closed_without_case') return { ...base, ...CLOSED_WITHOUT_CASE, reason: complaint.triageNote };
  if (complaint.status === 'recorded_as_case' && complaint.caseId) {
    const states = (await subjectStatesOf(db, complaint.caseId)).filter(isSubjectState);
    return { ...base, ...caseProgress(states), reason: null };
  }
  return { ...base, ...receivedProgress(forceName), reason: null };
}
