import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, session } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn, type TestUser } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const phone =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

function signIn(user: TestUser, userAgent: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: { origin: testPublicUrl, 'content-type': 'application/json', 'user-agent': userAgent },
    payload: { email: user.email, password: user.password },
  });
}

async function logInWith(user: TestUser, userAgent: string): Promise<string> {
  const response = await signIn(user, userAgent);
  expect(response.statusCode, response.body).toBe(200);
  return response.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

const send = (cookie: string, method: 'GET' | 'DELETE', url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { origin: testPublicUrl, cookie, ...headers } });

const me = async (cookie: string) => (await send(cookie, 'GET', '/api/me')).statusCode;

/** An organisation with a user admin and a field worker logged in on an Android phone and an iPhone. */
async function aWorkerOnTwoPhones() {
  const org = await aTestOrganisation(t.database.db);
  const adminUser = await aTestUser(t.database.db, org, { rights: ['userAdmin'], name: 'Anna Beheer' });
  const admin = await logIn(t.app, adminUser);
  const worker = await aTestUser(t.database.db, org, { rights: ['fieldWorker'], name: 'Mo Monteur' });
  const android = await logInWith(worker, phone);
  const ios = await logInWith(worker, iphone);
  const sessionsUrl = `/api/users/${worker.userId}/sessions`;
  const list = async (cookie = admin) => {
    const response = await send(cookie, 'GET', sessionsUrl);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: { id: string; device: string; current: boolean }[]; total: number };
  };
  const idOf = async (device: string) => {
    const found = (await list()).items.find((item) => item.device === device);
    if (!found) throw new Error(`no session on ${device}`);
    return found.id;
  };
  return { org, adminUser, admin, worker, android, ios, sessionsUrl, list, idOf };
}

const auditRows = (organisationId: string, entityId: string) =>
  t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.organisationId, organisationId), eq(auditLog.entityId, entityId)));

describe('logging in once per device', () => {
  it('gives a persistent cookie that lasts as long as the session', async () => {
    const org = await aTestOrganisation(t.database.db);
    const worker = await aTestUser(t.database.db, org, { rights: ['fieldWorker'] });
    const response = await signIn(worker, phone);
    const cookie = response.cookies.find((c) => c.name === 'veldwerk.session_token');
    // The test app's session lasts an hour (SESSION_MAX_AGE_DAYS in production).
    expect(cookie?.maxAge).toBe(3600);
    expect(response.cookies.some((c) => c.name.includes('dont_remember'))).toBe(false);
  });
});

describe('GET /api/users/:id/sessions', () => {
  it('lists each device with what it is, when and where, but never a token', async () => {
    const { worker, list } = await aWorkerOnTwoPhones();
    const { items, total } = await list();
    expect(total).toBe(2);
    expect(items.map((item) => item.device).sort()).toEqual(['Chrome op Android', 'Safari op iPhone']);
    expect(items[0]).toEqual({
      id: expect.any(String),
      device: expect.any(String),
      browser: expect.any(String),
      platform: expect.any(String),
      ipAddress: '127.0.0.1',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      lastActiveAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      expiresAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      current: false,
    });
    const tokens = await t.database.db
      .select({ token: session.token })
      .from(session)
      .where(eq(session.userId, worker.userId));
    const body = JSON.stringify(items);
    for (const { token } of tokens) expect(body).not.toContain(token);
  });

  it('describes the device in English when asked', async () => {
    const { admin, sessionsUrl } = await aWorkerOnTwoPhones();
    const response = await send(admin, 'GET', sessionsUrl, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(
      response
        .json()
        .items.map((item: { device: string }) => item.device)
        .sort(),
    ).toEqual(['Chrome on Android', 'Safari on iPhone']);
  });

  it('leaves out expired sessions, and marks the admin’s own current one', async () => {
    const { adminUser, admin, worker, list, idOf } = await aWorkerOnTwoPhones();
    await t.database.db
      .update(session)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(session.id, await idOf('Safari op iPhone')));
    expect((await list()).items.map((item) => item.device)).toEqual(['Chrome op Android']);
    const own = await send(admin, 'GET', `/api/users/${adminUser.userId}/sessions`);
    expect(own.json().items).toEqual([expect.objectContaining({ current: true })]);
    expect(worker.userId).not.toBe(adminUser.userId);
  });
});

describe('ending sessions', () => {
  it('ends one device at once, keeps the other, and logs it without the token', async () => {
    const { org, admin, worker, android, ios, sessionsUrl, list, idOf } = await aWorkerOnTwoPhones();
    // Both devices have just been seen, so their actors sit in the cache.
    expect(await me(android)).toBe(200);
    expect(await me(ios)).toBe(200);
    const androidId = await idOf('Chrome op Android');
    const [{ token } = { token: '' }] = await t.database.db
      .select({ token: session.token })
      .from(session)
      .where(eq(session.id, androidId));

    const ended = await send(admin, 'DELETE', `${sessionsUrl}/${androidId}`);
    expect(ended.statusCode, ended.body).toBe(204);
    expect(await me(android)).toBe(401);
    expect(await me(ios)).toBe(200);
    expect((await list()).items.map((item) => item.device)).toEqual(['Safari op iPhone']);

    const rows = await auditRows(org.organisationId, worker.userId);
    const row = rows.find((r) => r.event === 'session.ended');
    expect(row).toMatchObject({
      action: 'security',
      entityType: 'user',
      entityLabel: 'Mo Monteur',
      actorName: 'Anna Beheer',
      before: { browser: 'Chrome', platform: 'Android', signedInAt: expect.any(String) },
    });
    expect(JSON.stringify(rows)).not.toContain(token);

    // Ending it again: it is gone.
    expect((await send(admin, 'DELETE', `${sessionsUrl}/${androidId}`)).statusCode).toBe(404);
  });

  it('ends all devices of the user at once and logs how many', async () => {
    const { org, admin, worker, android, ios, sessionsUrl, list } = await aWorkerOnTwoPhones();
    expect(await me(android)).toBe(200);
    const ended = await send(admin, 'DELETE', sessionsUrl);
    expect(ended.statusCode, ended.body).toBe(204);
    expect(await me(android)).toBe(401);
    expect(await me(ios)).toBe(401);
    expect(await list()).toEqual({ items: [], total: 0 });
    expect(await me(admin)).toBe(200);
    const rows = await auditRows(org.organisationId, worker.userId);
    expect(rows.filter((r) => r.event === 'session.all_ended')).toEqual([
      expect.objectContaining({ action: 'security', after: { sessionsEnded: 2 } }),
    ]);
    // Nothing left to end: no answer but 204, and nothing more in the logbook.
    expect((await send(admin, 'DELETE', sessionsUrl)).statusCode).toBe(204);
    const after = await auditRows(org.organisationId, worker.userId);
    expect(after.filter((r) => r.event === 'session.all_ended')).toHaveLength(1);
  });

  it('never ends the admin’s own current session, and ends their other devices', async () => {
    const { adminUser, admin } = await aWorkerOnTwoPhones();
    const otherDevice = await logInWith(adminUser, phone);
    const ownUrl = `/api/users/${adminUser.userId}/sessions`;
    const own = (await send(admin, 'GET', ownUrl)).json().items as { id: string; current: boolean }[];
    const current = own.find((item) => item.current);
    expect(own).toHaveLength(2);

    const refused = await send(admin, 'DELETE', `${ownUrl}/${current?.id}`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fields).toEqual({ sessionId: 'current_session' });
    expect(await me(admin)).toBe(200);

    expect((await send(admin, 'DELETE', ownUrl)).statusCode).toBe(204);
    expect(await me(otherDevice)).toBe(401);
    expect(await me(admin)).toBe(200);
  });
});

describe('who may see and end sessions', () => {
  it('answers 404 for a user of another organisation, and their devices stay logged in', async () => {
    const { worker, android, sessionsUrl, idOf } = await aWorkerOnTwoPhones();
    const androidId = await idOf('Chrome op Android');
    const theirs = await aTestOrganisation(t.database.db);
    const outsider = await logIn(t.app, await aTestUser(t.database.db, theirs, { rights: ['userAdmin'] }));
    expect((await send(outsider, 'GET', sessionsUrl)).statusCode).toBe(404);
    expect((await send(outsider, 'DELETE', `${sessionsUrl}/${androidId}`)).statusCode).toBe(404);
    expect((await send(outsider, 'DELETE', sessionsUrl)).statusCode).toBe(404);
    expect(await me(android)).toBe(200);
    expect(await auditRows(theirs.organisationId, worker.userId)).toEqual([]);
  });

  it('answers 403 to planners and field workers, also about their own sessions', async () => {
    const { org, sessionsUrl, android, idOf, worker } = await aWorkerOnTwoPhones();
    const planner = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['workPlanner'] }));
    const androidId = await idOf('Chrome op Android');
    for (const cookie of [planner, android]) {
      expect((await send(cookie, 'GET', sessionsUrl)).statusCode).toBe(403);
      expect((await send(cookie, 'DELETE', `${sessionsUrl}/${androidId}`)).statusCode).toBe(403);
      expect((await send(cookie, 'DELETE', sessionsUrl)).statusCode).toBe(403);
    }
    expect(await me(android)).toBe(200);
    expect(worker.userId).toBeTruthy();
  });

  it('answers 404 for an unknown session, and for another user’s session named under this user', async () => {
    const { org, admin, android, sessionsUrl, idOf } = await aWorkerOnTwoPhones();
    const colleague = await aTestUser(t.database.db, org, { rights: ['fieldWorker'] });
    const androidId = await idOf('Chrome op Android');
    const colleagueUrl = `/api/users/${colleague.userId}/sessions`;
    expect((await send(admin, 'DELETE', `${colleagueUrl}/${androidId}`)).statusCode).toBe(404);
    expect((await send(admin, 'DELETE', `${sessionsUrl}/no-such-session`)).statusCode).toBe(404);
    expect((await send(admin, 'GET', '/api/users/no-such-user/sessions')).statusCode).toBe(404);
    expect(await me(android)).toBe(200);
  });

  it('refuses a huge or hostile session id with a clear 4xx and ends nothing', async () => {
    const { admin, android, sessionsUrl } = await aWorkerOnTwoPhones();
    // Fastify refuses path parameters over 100 characters itself: 414 URI Too Long.
    const huge = await send(admin, 'DELETE', `${sessionsUrl}/${'x'.repeat(5000)}`);
    expect(huge.statusCode).toBe(414);
    const hostile = await send(admin, 'DELETE', `${sessionsUrl}/${encodeURIComponent("' or 1=1 --")}`);
    expect(hostile.statusCode).toBe(404);
    expect(await me(android)).toBe(200);
  });
});
