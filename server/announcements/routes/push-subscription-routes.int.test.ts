import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, pushSubscription } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn, type TestOrganisation } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import { aBrowserSubscription } from '../test-push-service.ts';

let t: TestApp;
let org: TestOrganisation;
beforeAll(async () => {
  t = await createTestApp();
  org = await aTestOrganisation(t.database.db);
});
afterAll(() => t.close());

async function aMember() {
  const user = await aTestUser(t.database.db, org);
  return { ...user, cookie: await logIn(t.app, user) };
}

const anEndpoint = () => `https://fcm.googleapis.com/fcm/send/${randomUUID()}`;
const aSubscription = () => ({ endpoint: anEndpoint(), keys: aBrowserSubscription().keys });

const call = (method: 'POST' | 'DELETE', cookie: string | undefined, payload: unknown) =>
  t.app.inject({
    method,
    url: '/api/notifications/subscriptions',
    headers: { origin: testPublicUrl, ...(cookie ? { cookie } : {}) },
    payload: payload as object,
  });

const storedFor = (endpoint: string) =>
  t.database.db.select().from(pushSubscription).where(eq(pushSubscription.endpoint, endpoint));

describe('push subscriptions', () => {
  it('give members the public VAPID key of this instance, always the same one', async () => {
    const { cookie } = await aMember();
    const first = await t.app.inject({
      method: 'GET',
      url: '/api/notifications/vapid-public-key',
      headers: { cookie },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/notifications/vapid-public-key',
      headers: { cookie },
    });
    expect(again.json()).toEqual(first.json());
    expect(first.body).not.toContain('privateKey');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/notifications/vapid-public-key' })).statusCode,
    ).toBe(401);
  });

  it('are bound to the user who subscribes; renewed keys replace the old ones', async () => {
    const { cookie, userId } = await aMember();
    const subscription = aSubscription();
    expect((await call('POST', cookie, subscription)).statusCode).toBe(201);
    const renewed = { ...subscription, keys: aBrowserSubscription().keys };
    expect((await call('POST', cookie, renewed)).statusCode).toBe(201);
    const rows = await storedFor(subscription.endpoint);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId, keys: renewed.keys });
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, rows[0]?.id ?? ''));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'create',
      event: 'pushSubscription.created',
      organisationId: org.organisationId,
    });
    expect(JSON.stringify(entries)).not.toContain(subscription.endpoint);
  });

  it('move to the user who logs in next on the same browser', async () => {
    const first = await aMember();
    const second = await aMember();
    const subscription = aSubscription();
    await call('POST', first.cookie, subscription);
    expect((await call('POST', second.cookie, subscription)).statusCode).toBe(201);
    expect((await storedFor(subscription.endpoint)).map((row) => row.userId)).toEqual([second.userId]);
  });

  it('can be removed by their own user only; for anyone else they do not exist (404)', async () => {
    const owner = await aMember();
    const other = await aMember();
    const subscription = aSubscription();
    await call('POST', owner.cookie, subscription);
    expect((await call('DELETE', other.cookie, { endpoint: subscription.endpoint })).statusCode).toBe(404);
    expect(await storedFor(subscription.endpoint)).toHaveLength(1);
    expect((await call('DELETE', undefined, { endpoint: subscription.endpoint })).statusCode).toBe(401);
    expect((await call('DELETE', owner.cookie, { endpoint: subscription.endpoint })).statusCode).toBe(204);
    expect(await storedFor(subscription.endpoint)).toEqual([]);
    expect((await call('DELETE', owner.cookie, { endpoint: subscription.endpoint })).statusCode).toBe(404);
  });

  it.each([
    ['a plain http endpoint', { endpoint: 'http://fcm.googleapis.com/fcm/send/abc' }],
    ['an endpoint on an internal host', { endpoint: 'https://127.0.0.1/admin' }],
    ['an endpoint on an unknown host', { endpoint: 'https://push.example.com/abc' }],
    ['an endpoint of 2049 characters', { endpoint: `https://fcm.googleapis.com/${'a'.repeat(2022)}` }],
    ['no keys', { keys: undefined }],
    ['a key that is no P-256 point', { keys: { p256dh: 'AAAA', auth: aBrowserSubscription().keys.auth } }],
    [
      'an auth secret of the wrong size',
      { keys: { p256dh: aBrowserSubscription().keys.p256dh, auth: 'AAAA' } },
    ],
    ['a key with foreign characters', { keys: { p256dh: '<script>', auth: 'AAAA' } }],
    ['another user id smuggled in', { userId: 'someone-else' }],
  ])('refuse %s (422), storing nothing', async (_, change) => {
    const { cookie, userId } = await aMember();
    const payload = { ...aSubscription(), ...change };
    const response = await call('POST', cookie, payload);
    expect(response.statusCode).toBe(422);
    expect(
      await t.database.db.select().from(pushSubscription).where(eq(pushSubscription.userId, userId)),
    ).toEqual([]);
  });

  it('refuse visitors (401)', async () => {
    expect((await call('POST', undefined, aSubscription())).statusCode).toBe(401);
  });
});
