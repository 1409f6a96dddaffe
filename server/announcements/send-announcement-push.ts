import type { Agent } from 'node:https';
import type { Logger } from 'pino';
import webpush from 'web-push';
import type { Database } from '../infra/db/database.ts';
import { findAnnouncement } from './announcements-repository.ts';
import { pushPayload } from './push-payload.ts';
import {
  removeExpiredSubscription,
  type StoredSubscription,
  subscriptionsAfter,
} from './push-subscriptions.ts';
import { vapidKeys } from './vapid-keys.ts';

export type PushSenderOptions = {
  /** Who runs this instance, for the push services: an https: URL or a mailto: address. */
  subject: string;
  logger: Logger;
  /** The connection to the push services; tests pass one to reach a local fake push service. */
  agent?: Agent;
};

export type PushResult = { sent: number; removed: number; failed: number };

const batchSize = 100;
/** An announcement older than a day is no news any more; the in-app list still has it. */
const timeToLiveSeconds = 24 * 60 * 60;

type Outcome = keyof PushResult;

/**
 * Sends one announcement to every push subscription. Gone subscriptions (404/410) are removed; any
 * other failure makes the job throw so that pg-boss retries it. A retry reaches everyone again, but the
 * notification's tag makes the browser replace the first one instead of showing it twice.
 */
export async function sendAnnouncementPush(
  db: Database,
  announcementId: string,
  options: PushSenderOptions,
): Promise<PushResult> {
  const result: PushResult = { sent: 0, removed: 0, failed: 0 };
  const announcement = await findAnnouncement(db, announcementId);
  if (!announcement) return result;
  const keys = await vapidKeys(db);
  const payload = JSON.stringify(pushPayload(announcement));
  const requestOptions: webpush.RequestOptions = {
    vapidDetails: { subject: options.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
    TTL: timeToLiveSeconds,
    topic: announcement.id.replaceAll('-', ''),
    urgency: announcement.kind === 'outage' ? 'high' : 'normal',
    timeout: 10_000,
    ...(options.agent ? { agent: options.agent } : {}),
  };

  let afterId: string | null = null;
  for (;;) {
    const batch: StoredSubscription[] = await subscriptionsAfter(db, afterId, batchSize);
    if (batch.length === 0) break;
    const outcomes = await Promise.all(
      batch.map((subscription) => deliver(db, subscription, payload, requestOptions, options.logger)),
    );
    for (const outcome of outcomes) result[outcome] += 1;
    afterId = batch.at(-1)?.id ?? null;
  }
  options.logger.info({ announcementId, ...result }, 'announcement pushed');
  if (result.failed > 0) {
    throw new Error(`push of announcement ${announcementId} failed for ${result.failed} subscriptions`);
  }
  return result;
}

async function deliver(
  db: Database,
  subscription: StoredSubscription,
  payload: string,
  requestOptions: webpush.RequestOptions,
  logger: Logger,
): Promise<Outcome> {
  try {
    await webpush.sendNotification(
      { endpoint: subscription.endpoint, keys: subscription.keys },
      payload,
      requestOptions,
    );
    return 'sent';
  } catch (error) {
    const statusCode = error instanceof webpush.WebPushError ? error.statusCode : undefined;
    if (statusCode === 404 || statusCode === 410) {
      await removeExpiredSubscription(db, subscription.id);
      return 'removed';
    }
    // Neither the endpoint nor the error object (which holds it) is logged: the endpoint is a capability.
    logger.warn(
      {
        subscriptionId: subscription.id,
        statusCode,
        reason: error instanceof Error ? error.message : 'unknown',
      },
      'push to a subscription failed',
    );
    return 'failed';
  }
}
