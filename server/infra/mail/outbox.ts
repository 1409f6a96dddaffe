import type { Logger } from 'pino';
import { z } from 'zod';
import type { Database, Executor } from '../db/database.ts';
import { mailOutbox } from '../db/schema/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { Jobs } from '../jobs/jobs.ts';

/** The queue whose job sends the due mails of the outbox. */
export const mailFlushQueue = 'mail.flush';

export type OutboxMail = {
  /** Null for mails that belong to no organisation; only organisation mails show in the app. */
  organisationId: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
};

export type Mailer = {
  /**
   * Stores the mail (in `tx` when given, so it only exists once the transaction commits) and asks the
   * sender to flush. Returns the outbox id.
   */
  send(mail: OutboxMail, tx?: Executor): Promise<string>;
};

const address = z.email().max(254);

/** Stores a mail as `queued`; the sender job delivers it. Throws VALIDATION_FAILED for a malformed address. */
export async function enqueueMail(tx: Executor, mail: OutboxMail): Promise<string> {
  if (!address.safeParse(mail.to).success) {
    throw new AppError('VALIDATION_FAILED', {
      fields: { to: 'invalid_format' },
      detail: 'invalid mail address',
    });
  }
  const [row] = await tx
    .insert(mailOutbox)
    .values({
      organisationId: mail.organisationId,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    })
    .returning({ id: mailOutbox.id });
  if (!row) throw new Error('mail outbox insert returned no row');
  return row.id;
}

export function createMailer(db: Database, jobs: Pick<Jobs, 'send'>, logger: Logger): Mailer {
  // Only a nudge: the periodic flush sends the mail anyway, so a failed nudge must not fail the caller.
  const nudge = () =>
    jobs.send(mailFlushQueue, {}).catch((error: unknown) => {
      logger.warn({ err: error }, 'could not queue the mail flush; the periodic flush sends the mail');
    });
  return {
    async send(mail, tx) {
      const id = await enqueueMail(tx ?? db, mail);
      // Inside a transaction the nudge is not awaited: PGlite has one connection, so it runs after the
      // commit (awaiting it would deadlock); on PostgreSQL a flush that runs before the commit misses
      // the mail and the periodic flush sends it.
      if (tx) void nudge();
      else await nudge();
      return id;
    },
  };
}
