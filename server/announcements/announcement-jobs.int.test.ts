import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { announcement, notificationConsent, pushSubscription } from '../infra/db/schema/index.ts';
import { type Jobs, startJobs } from '../infra/jobs/jobs.ts';
import { aTestOrganisation, aTestUser } from '../infra/testing/factories.ts';
import { openTestDatabase, type TestDatabase } from '../infra/testing/test-database.ts';
import { registerAnnouncementJobs } from './announcement-jobs.ts';
import { queueAnnouncementPush } from './push-queue.ts';
import {
  aBrowserSubscription,
  PlainTcpAgent,
  startTestPushService,
  type TestPushService,
} from './test-push-service.ts';
import { vapidKeys } from './vapid-keys.ts';

const logger = pino({ level: 'silent' });
const agent = new PlainTcpAgent();
let database: TestDatabase;
let jobs: Jobs;
let push: TestPushService;

beforeAll(async () => {
  database = await openTestDatabase();
  push = await startTestPushService();
  jobs = await startJobs(database, { connectionString: database.url, logger });
  await registerAnnouncementJobs(jobs, database.db, logger, {
    publicUrl: 'http://localhost:3999',
    mailFrom: 'Veldwerk <noreply@veldwerk.test>',
    agent,
  });
});

afterAll(async () => {
  await jobs?.stop();
  await push?.close();
  await database?.close();
  agent.destroy();
});

describe('announcement jobs', () => {
  it('generate the VAPID keys at start-up', async () => {
    const [row] = await database.sql
      .executeSql("select value from instance_settings where key = 'vapid'")
      .then((result) => result.rows);
    expect(row?.value).toEqual(await vapidKeys(database.db));
  });

  it('push a queued announcement, retrying after the push service failed once', async () => {
    const org = await aTestOrganisation(database.db);
    const user = await aTestUser(database.db, org);
    await database.db
      .insert(notificationConsent)
      .values({ userId: user.userId, choice: 'informed', consentText: 'Informeer mij', language: 'nl' });
    const path = `/ok/${randomUUID()}`;
    await database.db
      .insert(pushSubscription)
      .values({ userId: user.userId, endpoint: push.endpoint(path), keys: aBrowserSubscription().keys });
    const [stored] = await database.db
      .insert(announcement)
      .values({ kind: 'outage', title: 'Storing', body: '', startsAt: new Date() })
      .returning({ id: announcement.id });
    push.answerOnce(path, 503);

    await queueAnnouncementPush(jobs, stored?.id ?? '', logger);

    await vi.waitFor(
      () => {
        const requests = push.received.filter((request) => request.path === path);
        expect(requests).toHaveLength(2);
        expect(requests[1]?.headers.authorization).toMatch(/^vapid t=/);
      },
      { timeout: 25_000, interval: 200 },
    );
  });
});
