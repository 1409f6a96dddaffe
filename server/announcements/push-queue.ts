import type { FastifyBaseLogger } from 'fastify';
import type { Jobs } from '../infra/jobs/jobs.ts';

/** The queue whose job sends one announcement to every push subscription. */
export const announcementPushQueue = 'announcements.push';

export type AnnouncementPushJob = { announcementId: string };

export type PushQueue = Pick<Jobs, 'send'>;

/**
 * Queues the push of a stored announcement. A failure here must not undo the announcement, which every
 * user sees in the app anyway: it is logged for the operator instead.
 */
export async function queueAnnouncementPush(
  jobs: PushQueue,
  announcementId: string,
  logger: Pick<FastifyBaseLogger, 'error'>,
) {
  await jobs.send<AnnouncementPushJob>(announcementPushQueue, { announcementId }).catch((error: unknown) => {
    logger.error({ err: error, announcementId }, 'could not queue the push of an announcement');
  });
}
