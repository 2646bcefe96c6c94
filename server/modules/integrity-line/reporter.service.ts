// The reporter's side of the integrity line: no account, no session, no audit event. The reporter proves themselves
// with the reference and the passphrase they were shown once. None of these operations takes a RequestContext, so
// none of them can record who is asking or from where (docs/voices.md explains why the reporter's own actions are
// not audited: an audit event carries a precise time and a client address).
import type { Db, Tx } from '../../db/client.js';
import { AppError, fieldError } from '../../errors.js';
import type { TMakeReport, TOpenReport, TReportForm, TReportReceipt, TReporterReply, TReporterView } from '../../../shared/integrity-line-contracts.js';
import {
  groupPassphrase, MAX_WRONG_PASSPHRASES, normalizeSecret, REPORT_REFERENCE_PATTERN, reporterStatusText,
} from '../../../shared/integrity-line-vocabulary.js';
import { todayInEngland } from '../clock/working-days.js';
import {
  findForceName, findReportByReference, insertMessage, insertReportUnlessTaken, listForceNames, listMessages, lockReport, markHandlerMessagesRead,
  setPassphraseFailures, type ReportRow,
} from './integrity-line.repo.js';
import { asCategory } from './report-fields.js';
import { checkPassphrase, hashPassphrase, newPassphrase, newReportReference } from './report-secrets.js';

const WRONG_PASSPHRASE_MESSAGE = `The reference or the passphrase is not right. Check them and try again. After ${MAX_WRONG_PASSPHRASES} wrong tries in a row a report is locked until the next day.`;

/** One answer for an unknown reference, a wrong passphrase and a locked report, so none can be told apart. */
const wrongPassphrase = (): AppError => new AppError('VALIDATION_FAILED', WRONG_PASSPHRASE_MESSAGE, { errors: [{ path: 'passphrase', message: WRONG_PASSPHRASE_MESSAGE }] });

export async function getReportForm({ db }: { db: Db }): Promise<TReportForm> {
  return { forces: await listForceNames(db) };
}

export async function makeReport({ db, input }: { db: Db; input: TMakeReport }): Promise<TReportReceipt> {
  const forceName = await findForceName(db, input.forceId);
  if (!forceName) throw fieldError('forceId', 'is not a police force we know');
  const passphrase = newPassphrase();
  const passphraseHash = await hashPassphrase(passphrase);
  const receivedOn = todayInEngland();
  const row = await db.transaction(async (tx) => {
    // A clash is one in 10^14; draw again rather than fail.
    for (let attempt = 0; attempt < 5; attempt++) {
      const inserted = await insertReportUnlessTaken(tx, newReportReference(), { passphraseHash, forceId: input.forceId, category: input.category, summary: input.whatHappened, receivedOn });
      if (inserted) return inserted;
    }
    throw new Error('no unused integrity report reference after 5 draws');
  });
  return { reference: row.reference, passphrase: groupPassphrase(passphrase), receivedOn: row.receivedOn, forceName };
}

const nextDay = (isoDate: string): string => {
  const day = new Date(`${isoDate}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
};

/**
 * Checks the reference and passphrase and, when they are right, runs `work` in the same transaction. A wrong
 * passphrase is counted; the fifth in a row locks the report until the next day, and while it is locked even the
 * right passphrase is refused and nothing is counted. Every failure gets the same answer.
 */
async function withReport<T>(db: Db, credentials: TOpenReport, work: (tx: Tx, report: ReportRow) => Promise<T>): Promise<T> {
  const reference = normalizeSecret(credentials.reference);
  const found = REPORT_REFERENCE_PATTERN.test(reference) ? await findReportByReference(db, reference) : undefined;
  const isRight = await checkPassphrase(found?.passphraseHash ?? null, credentials.passphrase);
  if (!found) throw wrongPassphrase();
  const today = todayInEngland();
  const outcome = await db.transaction(async (tx): Promise<{ value: T } | null> => {
    const lock = await lockReport(tx, found.id);
    if (!lock) return null;
    if (lock.lockedUntilDay !== null && lock.lockedUntilDay > today) return null;
    if (isRight) {
      if (lock.failedPassphraseAttempts > 0 || lock.lockedUntilDay !== null) await setPassphraseFailures(tx, found.id, 0, null);
      return { value: await work(tx, found) };
    }
    // A lock that has ended starts the count again.
    const failures = (lock.lockedUntilDay === null ? lock.failedPassphraseAttempts : 0) + 1;
    if (failures >= MAX_WRONG_PASSPHRASES) await setPassphraseFailures(tx, found.id, 0, nextDay(today));
    else await setPassphraseFailures(tx, found.id, failures, null);
    return null;
  });
  if (!outcome) throw wrongPassphrase();
  return outcome.value;
}

async function presentToReporter(tx: Tx, report: ReportRow): Promise<TReporterView> {
  const [messages, forceName] = await Promise.all([listMessages(tx, report.id), findForceName(tx, report.forceId)]);
  const outcomeClass = report.outcomeClass;
  return {
    reference: report.reference,
    forceName: forceName ?? report.forceId,
    category: asCategory(report.category),
    whatHappened: report.summary,
    receivedOn: report.receivedOn,
    status: report.status,
    outcomeClass,
    statusChangedOn: report.statusChangedOn,
    ...reporterStatusText(report.status, outcomeClass),
    // Handlers are not named to the reporter: the counter-corruption unit answers as one.
    messages: messages.map((m) => ({ seq: m.seq, from: m.fromReporter ? 'you' : 'handler', body: m.body, sentOn: m.sentOn, isNew: !m.fromReporter && !m.readByReporter })),
  };
}

/** The report, its status in words and the thread; the handler's messages are marked as read by the reporter. */
export async function openReport({ db, input }: { db: Db; input: TOpenReport }): Promise<TReporterView> {
  return withReport(db, input, async (tx, report) => {
    const view = await presentToReporter(tx, report);
    await markHandlerMessagesRead(tx, report.id);
    return view;
  });
}

export async function replyAsReporter({ db, input }: { db: Db; input: TReporterReply }): Promise<TReporterView> {
  return withReport(db, input, async (tx, report) => {
    await insertMessage(tx, { reportId: report.id, fromReporter: true, handlerId: null, body: input.body, sentOn: todayInEngland() });
    const view = await presentToReporter(tx, report);
    await markHandlerMessagesRead(tx, report.id);
    return view;
  });
}
