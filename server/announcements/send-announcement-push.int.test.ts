import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../infra/db/database.ts';
import { auditLog, notificationConsent, pushSubscription, userProfile } from '../infra/db/schema/index.ts';
import { aPlatformOperator, aTestOrganisation, aTestUser } from '../infra/testing/factories.ts';
import { openTestDatabase } from '../infra/testing/test-database.ts';
import type { AnnouncementChangedBy } from './announcement-change.ts';
import { type NewAnnouncement, publishAnnouncement } from './publish-announcement.ts';
import { sendAnnouncementPush } from './send-announcement-push.ts';
import {
  aBrowserSubscription,
  PlainTcpAgent,
  startTestPushService,
  type TestPushService,
  verifiedVapidClaims,
} from './test-push-service.ts';
import { vapidKeys } from './vapid-keys.ts';

const logger = pino({ level: 'silent' });
const subject = 'mailto:noreply@veldwerk.test';
const agent = new PlainTcpAgent();

let database: DatabaseHandle;
let push: TestPushService;
let operator: AnnouncementChangedBy['actor'];
let subscriberId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  push = await startTestPushService();
  const org = await aTestOrganisation(database.db);
  const { userId } = await aPlatformOperator(database.db, org);
  operator = { userId, name: 'Platform Beheerder' };
  subscriberId = (await aTestUser(database.db, org)).userId;
  await database.db
    .insert(notificationConsent)
    .values({ userId: subscriberId, choice: 'informed', consentText: 'Informeer mij', language: 'nl' });
});

afterAll(async () => {
  await push.close();
  await database.close();
  agent.destroy();
});

const publish = (input: NewAnnouncement) =>
  publishAnnouncement(database.db, { actor: operator, ipAddress: '127.0.0.1' }, input);

// Each test starts without subscriptions: the job sends to every subscription of the instance.
async function subscribe(path: string, userId = subscriberId) {
  await database.db.delete(pushSubscription);
  const browser = aBrowserSubscription();
  const endpoint = push.endpoint(`${path}/${randomUUID()}`);
  const [row] = await database.db
    .insert(pushSubscription)
    .values({ userId, endpoint, keys: browser.keys })
    .returning({ id: pushSubscription.id });
  return { browser, endpoint, id: row?.id ?? '', path: new URL(endpoint).pathname };
}

const receivedOn = (path: string) => push.received.filter((request) => request.path === path);

describe('the push job of an announcement', () => {
  it('posts the announcement encrypted for the browser, signed with the instance VAPID key', async () => {
    const subscription = await subscribe('/ok');
    const announcement = await publish({
      kind: 'maintenance',
      title: 'Gepland onderhoud',
      startsAt: new Date('2026-07-15T20:00:00Z'),
      durationMinutes: 60,
      reason: 'Nieuwe serverversie',
    });

    const result = await sendAnnouncementPush(database.db, announcement.id, { subject, logger, agent });

    expect(result).toEqual({ sent: 1, removed: 0, failed: 0 });
    const [request] = receivedOn(subscription.path);
    expect(request?.headers['content-encoding']).toBe('aes128gcm');
    expect(request?.headers.ttl).toBe('86400');
    expect(request?.body.includes(Buffer.from('Gepland onderhoud'))).toBe(false);
    const claims = verifiedVapidClaims(
      request?.headers.authorization,
      (await vapidKeys(database.db)).publicKey,
    );
    expect(claims.aud).toBe(new URL(subscription.endpoint).origin);
    expect(claims.sub).toBe(subject);
    expect(JSON.parse(subscription.browser.decrypt(request?.body ?? Buffer.alloc(0)))).toEqual({
      title: 'Gepland onderhoud',
      body: '15-07-2026 22:00 · 60 min · Nieuwe serverversie',
      tag: announcement.id,
      url: '/mededelingen',
    });
  });

  it('removes a subscription the push service reports as gone (410), and logs it', async () => {
    const subscription = await subscribe('/gone');
    const announcement = await publish({ kind: 'update', title: 'Nieuw', body: 'Werkbonnen als PDF' });

    const result = await sendAnnouncementPush(database.db, announcement.id, { subject, logger, agent });

    expect(result).toEqual({ sent: 0, removed: 1, failed: 0 });
    expect(receivedOn(subscription.path)).toHaveLength(1);
    expect(
      await database.db.select().from(pushSubscription).where(eq(pushSubscription.id, subscription.id)),
    ).toEqual([]);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, subscription.id));
    expect(entry).toMatchObject({ action: 'delete', event: 'pushSubscription.expired', actorUserId: null });
  });

  it('sends nothing to users who declined updates or were removed, even with a subscription left', async () => {
    const org = await aTestOrganisation(database.db);
    const declined = (await aTestUser(database.db, org)).userId;
    await database.db
      .insert(notificationConsent)
      .values({ userId: declined, choice: 'declined', consentText: 'Geen updates', language: 'nl' });
    const declinedSubscription = await subscribe('/declined', declined);
    const announcement = await publish({ kind: 'update', title: 'Stil', body: 'Niet voor wie nee zei' });
    expect(await sendAnnouncementPush(database.db, announcement.id, { subject, logger, agent })).toEqual({
      sent: 0,
      removed: 0,
      failed: 0,
    });
    expect(receivedOn(declinedSubscription.path)).toHaveLength(0);

    const removedSubscription = await subscribe('/removed');
    await database.db
      .update(userProfile)
      .set({ removedAt: new Date() })
      .where(eq(userProfile.userId, subscriberId));
    try {
      await sendAnnouncementPush(database.db, announcement.id, { subject, logger, agent });
      expect(receivedOn(removedSubscription.path)).toHaveLength(0);
    } finally {
      await database.db
        .update(userProfile)
        .set({ removedAt: null })
        .where(eq(userProfile.userId, subscriberId));
    }
  });

  it('fails on any other answer so that pg-boss retries, and keeps the subscription', async () => {
    const subscription = await subscribe('/broken');
    const announcement = await publish({ kind: 'outage', title: 'Storing', startsAt: new Date() });

    await expect(
      sendAnnouncementPush(database.db, announcement.id, { subject, logger, agent }),
    ).rejects.toThrow(/failed for 1 subscriptions/);
    expect(receivedOn(subscription.path)).toHaveLength(1);
    expect(
      await database.db.select().from(pushSubscription).where(eq(pushSubscription.id, subscription.id)),
    ).toHaveLength(1);
  });

  it('sends nothing for an announcement that was removed before its push ran', async () => {
    const subscription = await subscribe('/ok');
    const result = await sendAnnouncementPush(database.db, randomUUID(), { subject, logger, agent });
    expect(result).toEqual({ sent: 0, removed: 0, failed: 0 });
    expect(receivedOn(subscription.path)).toEqual([]);
  });
});
