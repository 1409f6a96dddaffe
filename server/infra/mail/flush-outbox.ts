import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { mailOutbox } from '../db/schema/index.ts';
import { type DeliveryFailure, MailDeliveryError, type MailTransport } from './mail-transport.ts';

export type FlushResult = { sent: number; failed: number; deferred: number };

/** How long a claimed mail is left to its sender; after that (a crashed instance) it is due again. */
const CLAIM_MS = 5 * 60_000;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;

type ClaimedMail = typeof mailOutbox.$inferSelect;

/**
 * Sends the due mails of the outbox, one at a time. Each mail is claimed by a short statement that moves
 * its next attempt past the send (SKIP LOCKED, so instances never claim the same mail), sent outside any
 * transaction (PGlite has one connection) and then marked: sent, failed for good (SMTP 5xx) or queued
 * again with back-off. When the server is unavailable the rest waits for the next flush.
 */
export async function flushOutbox(
  db: Database,
  transport: MailTransport,
  options: { from: string; now?: Date; batchSize?: number },
): Promise<FlushResult> {
  const { from, now: dueBefore = new Date(), batchSize = 50 } = options;
  // Sends can take a while (10 s time-outs): claims, send times and back-off use the clock at that
  // moment, never the flush's start, so that a claim cannot have expired before its mail is sent.
  const clock = () => new Date(Math.max(Date.now(), dueBefore.getTime()));
  const result: FlushResult = { sent: 0, failed: 0, deferred: 0 };
  for (let count = 0; count < batchSize; count++) {
    const mail = await claimNextDue(db, dueBefore, clock());
    if (!mail) break;
    const failure = await deliver(transport, mail, from);
    const now = clock();
    if (failure === undefined) {
      await record(db, mail, { status: 'sent', sentAt: now, lastError: null });
      result.sent++;
    } else if (failure.kind === 'rejected') {
      await record(db, mail, { status: 'failed', lastError: failure.message });
      result.failed++;
    } else {
      await record(db, mail, { lastError: failure.message, nextAttemptAt: retryAt(now, mail.attempts) });
      result.deferred++;
      if (failure.kind === 'unavailable') break;
    }
  }
  return result;
}

async function claimNextDue(db: Database, dueBefore: Date, now: Date): Promise<ClaimedMail | undefined> {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, 'queued'), lte(mailOutbox.nextAttemptAt, dueBefore)))
    .orderBy(mailOutbox.nextAttemptAt)
    .limit(1)
    .for('update', { skipLocked: true });
  const [mail] = await db
    .update(mailOutbox)
    .set({ nextAttemptAt: new Date(now.getTime() + CLAIM_MS), attempts: sql`${mailOutbox.attempts} + 1` })
    .where(inArray(mailOutbox.id, due))
    .returning();
  return mail;
}

async function deliver(
  transport: MailTransport,
  mail: ClaimedMail,
  from: string,
): Promise<{ kind: DeliveryFailure; message: string } | undefined> {
  try {
    await transport({
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html === null ? {} : { html: mail.html }),
      ...(mail.headers === null ? {} : { headers: mail.headers }),
    });
    return undefined;
  } catch (error) {
    if (error instanceof MailDeliveryError) return { kind: error.failure, message: error.message };
    return { kind: 'deferred', message: 'unexpected error while sending' };
  }
}

/** Only while the claim still holds: a sender that overran its claim does not overwrite a newer result. */
async function record(
  db: Database,
  mail: ClaimedMail,
  changes: Partial<Pick<ClaimedMail, 'status' | 'sentAt' | 'lastError' | 'nextAttemptAt'>>,
): Promise<void> {
  await db
    .update(mailOutbox)
    .set(changes)
    .where(
      and(
        eq(mailOutbox.id, mail.id),
        eq(mailOutbox.status, 'queued'),
        eq(mailOutbox.nextAttemptAt, mail.nextAttemptAt),
      ),
    );
}

/** 30 s after the first attempt, doubling per attempt, at most an hour. */
function retryAt(now: Date, attempts: number): Date {
  const delay = Math.min(FIRST_RETRY_MS * 2 ** Math.max(attempts - 1, 0), MAX_RETRY_MS);
  return new Date(now.getTime() + delay);
}
