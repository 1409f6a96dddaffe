import { randomUUID } from 'node:crypto';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcement, auditLog } from '../../infra/db/schema/index.ts';
import { aPlatformOperator, aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';

let t: TestApp;
let operator: string;
let member: string;

beforeAll(async () => {
  t = await createTestApp();
  const org = await aTestOrganisation(t.database.db);
  operator = await logIn(t.app, await aPlatformOperator(t.database.db, org));
  member = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['userAdmin'] }));
});
afterAll(() => t.close());

type Method = 'POST' | 'PATCH' | 'DELETE' | 'GET';
const send = (method: Method, url: string, cookie: string | undefined, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { origin: testPublicUrl, ...(cookie ? { cookie } : {}) },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

const marker = () => `Test ${randomUUID().slice(0, 8)}`;
const maintenance = (title: string) => ({
  kind: 'maintenance',
  title,
  startsAt: '2026-07-15T22:00:00+02:00',
  durationMinutes: 120,
  reason: 'Nieuwe databaseversie',
});
const storedWithTitle = (title: string) =>
  t.database.db
    .select()
    .from(announcement)
    .where(like(announcement.title, `${title}%`));

describe('changing and removing announcements', () => {
  it('ends an outage once it is resolved and logs only what changed', async () => {
    const title = marker();
    const outage = { kind: 'outage', title, startsAt: '2026-07-15T08:00:00Z', reason: 'Netwerkstoring' };
    const created = (await send('POST', '/api/announcements', operator, outage)).json();
    const resolved = await send('PATCH', `/api/announcements/${created.id}`, operator, {
      endsAt: '2026-07-15T09:30:00Z',
    });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({ endsAt: '2026-07-15T09:30:00.000Z', reason: 'Netwerkstoring' });
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, 'update')));
    expect(entry).toMatchObject({ event: 'announcement.changed', organisationId: null });
    expect(entry?.before).toEqual({ endsAt: null });
    expect(entry?.after).toEqual({ endsAt: '2026-07-15T09:30:00.000Z' });
  });

  it('keeps the rules of the kind: no clearing the reason of maintenance, no changing the kind', async () => {
    const title = marker();
    const created = (await send('POST', '/api/announcements', operator, maintenance(title))).json();
    const cleared = await send('PATCH', `/api/announcements/${created.id}`, operator, { reason: null });
    expect(cleared.statusCode).toBe(422);
    expect(cleared.json().error.fields).toEqual({ reason: 'required' });
    const rekind = await send('PATCH', `/api/announcements/${created.id}`, operator, { kind: 'update' });
    expect(rekind.statusCode).toBe(422);
    expect((await send('PATCH', `/api/announcements/${created.id}`, operator, {})).statusCode).toBe(422);
    const [stored] = await storedWithTitle(title);
    expect(stored).toMatchObject({ kind: 'maintenance', reason: 'Nieuwe databaseversie' });
  });

  it('removes an announcement (204) and logs it; an unknown or malformed id is 404 or 422', async () => {
    const title = marker();
    const created = (await send('POST', '/api/announcements', operator, maintenance(title))).json();
    expect((await send('DELETE', `/api/announcements/${created.id}`, operator)).statusCode).toBe(204);
    expect(await storedWithTitle(title)).toEqual([]);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, 'delete')));
    expect(entry).toMatchObject({ event: 'announcement.removed', entityLabel: title });
    expect((await send('DELETE', `/api/announcements/${created.id}`, operator)).statusCode).toBe(404);
    expect((await send('PATCH', `/api/announcements/${randomUUID()}`, operator, { title })).statusCode).toBe(
      404,
    );
    expect((await send('DELETE', '/api/announcements/not-a-uuid', operator)).statusCode).toBe(422);
  });
});

describe('the in-app list of announcements', () => {
  it('shows every member all announcements, newest first, one page at a time', async () => {
    const titles = [marker(), marker(), marker()];
    for (const title of titles) {
      await send('POST', '/api/announcements', operator, { kind: 'update', title, body: 'Release notes' });
    }
    const page = await send('GET', '/api/announcements?kind=update&pageSize=2', member);
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body.items.map((item: { title: string }) => item.title)).toEqual([titles[2], titles[1]]);
    expect(body.total).toBeGreaterThanOrEqual(3);
    expect(Object.keys(body.items[0]).sort()).toEqual([
      'body',
      'durationMinutes',
      'endsAt',
      'id',
      'kind',
      'publishedAt',
      'reason',
      'startsAt',
      'title',
    ]);
    const second = (await send('GET', '/api/announcements?kind=update&pageSize=2&page=2', member)).json();
    expect(second.items[0].title).toBe(titles[0]);
    expect((await send('GET', '/api/announcements', undefined)).statusCode).toBe(401);
    expect((await send('GET', '/api/announcements?pageSize=1000', member)).statusCode).toBe(422);
  });
});
