import { randomUUID } from 'node:crypto';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcement, auditLog } from '../../infra/db/schema/index.ts';
import { aPlatformOperator, aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';

let t: TestApp;
let operator: string;
let operatorId: string;
let member: string;

beforeAll(async () => {
  t = await createTestApp();
  const org = await aTestOrganisation(t.database.db);
  const operatorUser = await aPlatformOperator(t.database.db, org);
  operatorId = operatorUser.userId;
  operator = await logIn(t.app, operatorUser);
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

describe('publishing announcements', () => {
  it('lets the platform operator publish maintenance with date, time, duration and reason, and logs it', async () => {
    const title = marker();
    const response = await send('POST', '/api/announcements', operator, maintenance(title));
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      kind: 'maintenance',
      title,
      body: '',
      startsAt: '2026-07-15T20:00:00.000Z',
      durationMinutes: 120,
      reason: 'Nieuwe databaseversie',
      endsAt: null,
    });
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, body.id));
    expect(entry).toMatchObject({
      organisationId: null,
      actorUserId: operatorId,
      action: 'create',
      event: 'announcement.published',
      entityType: 'announcement',
      entityLabel: title,
    });
    expect(entry?.after).toMatchObject({ kind: 'maintenance', durationMinutes: 120 });
  });

  it('refuses a plain member (403) and a visitor (401) on every change, storing nothing', async () => {
    const title = marker();
    const created = (await send('POST', '/api/announcements', operator, maintenance(title))).json();
    expect((await send('POST', '/api/announcements', member, maintenance(`${title} x`))).statusCode).toBe(
      403,
    );
    expect((await send('POST', '/api/announcements', undefined, maintenance(`${title} y`))).statusCode).toBe(
      401,
    );
    const patch = { title: `${title} gewijzigd` };
    expect((await send('PATCH', `/api/announcements/${created.id}`, member, patch)).statusCode).toBe(403);
    expect((await send('PATCH', `/api/announcements/${created.id}`, undefined, patch)).statusCode).toBe(401);
    expect((await send('DELETE', `/api/announcements/${created.id}`, member)).statusCode).toBe(403);
    expect((await send('DELETE', `/api/announcements/${created.id}`, undefined)).statusCode).toBe(401);
    expect((await storedWithTitle(title)).map((row) => row.title)).toEqual([title]);
  });

  it.each([
    [
      'maintenance without anything',
      { kind: 'maintenance' },
      { startsAt: 'required', durationMinutes: 'required', reason: 'required' },
    ],
    ['an outage without its start', { kind: 'outage' }, { startsAt: 'required' }],
    ['an update without release notes', { kind: 'update', body: '   ' }, { body: 'required' }],
    [
      'an update with a duration',
      { kind: 'update', body: 'Nieuw', durationMinutes: 5 },
      { durationMinutes: 'not_allowed' },
    ],
    [
      'an outage that ends before it starts',
      { kind: 'outage', startsAt: '2026-07-15T10:00:00Z', endsAt: '2026-07-15T09:00:00Z' },
      { endsAt: 'before_start' },
    ],
  ])('refuses %s with the fields to fix (422)', async (_, input, fields) => {
    const title = marker();
    const response = await send('POST', '/api/announcements', operator, { title, ...input });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.fields).toEqual(fields);
    expect(await storedWithTitle(title)).toEqual([]);
  });

  it.each([
    ['a duration of 0 minutes', { durationMinutes: 0 }, 'durationMinutes'],
    ['a duration over a week', { durationMinutes: 10_081 }, 'durationMinutes'],
    ['a fractional duration', { durationMinutes: 1.5 }, 'durationMinutes'],
    ['a start without time zone', { startsAt: '2026-07-15T22:00:00' }, 'startsAt'],
    ['a start in the year 9999', { startsAt: '9999-12-31T23:00:00Z' }, 'startsAt'],
    ['a title of 121 characters', { title: 'x'.repeat(121) }, 'title'],
    ['an empty title', { title: '   ' }, 'title'],
    ['a NUL byte in the title', { title: 'Onderhoud\u0000' }, 'title'],
    ['a line break in the title', { title: 'Onder\nhoud' }, 'title'],
    ['release notes of 10,001 characters', { body: 'x'.repeat(10_001) }, 'body'],
    ['a reason of 501 characters', { reason: 'x'.repeat(501) }, 'reason'],
    ['an unknown kind', { kind: 'newsletter' }, 'kind'],
    ['the author smuggled in', { createdBy: 'someone-else' }, '_'],
  ])('refuses %s (422)', async (_, change, field) => {
    const title = marker();
    const response = await send('POST', '/api/announcements', operator, { ...maintenance(title), ...change });
    expect(response.statusCode).toBe(422);
    expect(Object.keys(response.json().error.fields ?? {})).toContain(field);
    expect(await storedWithTitle(title)).toEqual([]);
  });

  it('refuses a request body over 1 MB (413) and keeps markup as plain text', async () => {
    const title = marker();
    const huge = await send('POST', '/api/announcements', operator, {
      ...maintenance(title),
      body: 'x'.repeat(1_100_000),
    });
    expect(huge.statusCode).toBe(413);
    const markup = `${title} <script>alert(1)</script>`;
    const created = await send('POST', '/api/announcements', operator, {
      kind: 'update',
      title: markup,
      body: '<b>Nieuw</b>',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ title: markup, body: '<b>Nieuw</b>' });
  });
});
