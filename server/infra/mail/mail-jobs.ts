import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import type { Jobs } from '../jobs/jobs.ts';
import { flushOutbox } from './flush-outbox.ts';
import { mailFlushQueue } from './outbox.ts';
import { createSmtpTransport } from './smtp-transport.ts';

/**
 * With SMTP: the `mail.flush` job sends the due mails every minute and whenever a mail is queued.
 * Without SMTP: mails stay in the outbox, where user admins read them in the app.
 */
export async function registerMailJobs(
  jobs: Jobs,
  db: Database,
  options: { smtpUrl: string | undefined; from: string; logger: Logger },
): Promise<void> {
  const { smtpUrl, from, logger } = options;
  if (!smtpUrl) {
    logger.info('no SMTP_URL set: mails stay in the outbox, where user admins read them in the app');
    return;
  }
  const transport = createSmtpTransport(smtpUrl);
  await jobs.register(
    mailFlushQueue,
    async () => {
      const result = await flushOutbox(db, transport, { from });
      if (result.sent + result.failed + result.deferred > 0) logger.info(result, 'mail outbox flushed');
    },
    // The flush itself retries each mail with back-off; a failed flush job is simply the next minute's.
    { retryLimit: 0, cron: '* * * * *' },
  );
}
