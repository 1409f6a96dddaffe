import type { Agent } from 'node:https';
import type { Logger } from 'pino';
import type { Database } from '../infra/db/database.ts';
import type { Jobs } from '../infra/jobs/jobs.ts';
import { type AnnouncementPushJob, announcementPushQueue } from './push-queue.ts';
import { sendAnnouncementPush } from './send-announcement-push.ts';
import { vapidKeys } from './vapid-keys.ts';

export type AnnouncementJobOptions = {
  publicUrl: string;
  /** The sender of Veldwerk's mails, e.g. `Veldwerk <noreply@example.nl>`. */
  mailFrom: string;
  agent?: Agent;
};

/**
 * The contact the push services get for this instance: the public address when it is https (Apple
 * refuses anything else), otherwise the mail sender's address.
 */
export function vapidSubject(publicUrl: string, mailFrom: string): string {
  if (publicUrl.startsWith('https://') && !new URL(publicUrl).hostname.endsWith('localhost'))
    return publicUrl;
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  return `mailto:${address}`;
}

/** Generates the VAPID keys on the first start and runs the push job of each published announcement. */
export async function registerAnnouncementJobs(
  jobs: Jobs,
  db: Database,
  logger: Logger,
  options: AnnouncementJobOptions,
): Promise<void> {
  await vapidKeys(db);
  const subject = vapidSubject(options.publicUrl, options.mailFrom);
  await jobs.register<AnnouncementPushJob>(
    announcementPushQueue,
    async ({ announcementId }) => {
      await sendAnnouncementPush(db, announcementId, {
        subject,
        logger,
        ...(options.agent ? { agent: options.agent } : {}),
      });
    },
    { retryLimit: 5 },
  );
}
