import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, notificationConsent, pushSubscription } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn, type TestOrganisation } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';

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

const get = (url: string, cookie?: string) =>
  t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const choose = (cookie: string | undefined, payload: unknown) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/notifications/consent',
    headers: { origin: testPublicUrl, ...(cookie ? { cookie } : {}) },
    payload: payload as object,
  });

describe('the consent to be informed', () => {
  it('has not been given by a new user', async () => {
    const { cookie } = await aMember();
    const response = await get('/api/notifications/consent', cookie);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ choice: null, chosenAt: null });
  });

  it('is asked with a Dutch or English text that carries a version', async () => {
    const { cookie } = await aMember();
    const nl = (await get('/api/notifications/consent-text?language=nl', cookie)).json();
    const en = (await get('/api/notifications/consent-text?language=en', cookie)).json();
    expect(nl.text).toContain('Informeer mij');
    expect(en.text).toContain('Inform me');
    expect(nl.version).toBe(en.version);
    expect((await get('/api/notifications/consent-text?language=de', cookie)).statusCode).toBe(422);
  });

  it('is stored with the exact text shown, the language and the time, and logged as a security event', async () => {
    const { cookie, userId } = await aMember();
    const shown = (await get('/api/notifications/consent-text?language=en', cookie)).json();
    const before = Date.now();
    const response = await choose(cookie, { choice: 'informed', language: 'en' });
    expect(response.statusCode).toBe(200);
    expect(response.json().choice).toBe('informed');
    const [stored] = await t.database.db
      .select()
      .from(notificationConsent)
      .where(eq(notificationConsent.userId, userId));
    expect(stored).toMatchObject({ choice: 'informed', consentText: shown.text, language: 'en' });
    expect(stored?.chosenAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(stored?.chosenAt.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
    expect((await get('/api/notifications/consent', cookie)).json()).toEqual({
      choice: 'informed',
      chosenAt: stored?.chosenAt.toISOString(),
    });
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, userId), eq(auditLog.event, 'notifications.consent')));
    expect(entry).toMatchObject({ action: 'security', organisationId: org.organisationId });
    expect(entry?.after).toEqual({ choice: 'informed', language: 'en', textVersion: shown.version });
  });

  it('is replaced by a later choice, for that user only', async () => {
    const first = await aMember();
    const other = await aMember();
    await choose(first.cookie, { choice: 'informed', language: 'en' });
    await t.database.db.insert(pushSubscription).values({
      userId: first.userId,
      endpoint: 'https://fcm.googleapis.com/fcm/send/van-wie-nee-zegt',
      keys: { p256dh: 'p', auth: 'a' },
    });
    const declined = await choose(first.cookie, { choice: 'declined', language: 'nl' });
    // Saying no also stops pushes to the browsers that were subscribed.
    expect(
      await t.database.db.select().from(pushSubscription).where(eq(pushSubscription.userId, first.userId)),
    ).toEqual([]);
    expect(declined.json().choice).toBe('declined');
    const rows = await t.database.db
      .select()
      .from(notificationConsent)
      .where(eq(notificationConsent.userId, first.userId));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.consentText).toContain('Geen updates');
    expect((await get('/api/notifications/consent', other.cookie)).json().choice).toBeNull();
  });

  it('refuses visitors (401) and anything but a known choice and language (422)', async () => {
    const { cookie, userId } = await aMember();
    expect((await get('/api/notifications/consent')).statusCode).toBe(401);
    expect((await get('/api/notifications/consent-text')).statusCode).toBe(401);
    expect((await choose(undefined, { choice: 'informed', language: 'nl' })).statusCode).toBe(401);
    for (const bad of [
      { choice: 'yes', language: 'nl' },
      { choice: 'informed', language: 'de' },
      { choice: 'informed' },
      { choice: 'informed', language: 'nl', consentText: 'Ik stem overal mee in' },
      { choice: 'x'.repeat(100_000), language: 'nl' },
    ]) {
      expect((await choose(cookie, bad)).statusCode).toBe(422);
    }
    expect(
      await t.database.db.select().from(notificationConsent).where(eq(notificationConsent.userId, userId)),
    ).toEqual([]);
  });
});
