import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function anOrganisation() {
  const org = await aTestOrganisation(t.database.db);
  const adminUser = await aTestUser(t.database.db, org, { rights: ['userAdmin'], name: 'Bea Beheer' });
  const fitter = await aTestUser(t.database.db, org, { rights: ['fieldWorker'], name: 'Mo Monteur' });
  return { org, adminUser, fitter, admin: await logIn(t.app, adminUser) };
}

const send = (cookie: string, method: 'POST' | 'PATCH' | 'DELETE' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie, origin: testPublicUrl }, ...(payload ? { payload } : {}) });
const logbook = (cookie: string, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/logbook${query}`, headers: { cookie } });

/** Rows written at exact instants, as the region routes cannot choose the time. */
async function logAt(organisationId: string, instants: string[]) {
  await t.database.db.insert(auditLog).values(
    instants.map((instant) => ({
      organisationId,
      action: 'update' as const,
      event: 'test.dated',
      entityType: 'test',
      entityLabel: instant,
      createdAt: new Date(instant),
    })),
  );
}
const labels = async (cookie: string, query: string) =>
  (await logbook(cookie, `?event=test.dated&${query}`))
    .json()
    .items.map((e: { entityLabel: string }) => e.entityLabel);

describe('the logbook of region changes', () => {
  it('keeps a row with before and after for every change, newest first', async () => {
    const { admin, fitter } = await anOrganisation();
    const id = (await send(admin, 'POST', '/api/regions', { name: 'Oost' })).json().id;
    await send(admin, 'PATCH', `/api/regions/${id}`, { name: 'Oost-Brabant' });
    await send(admin, 'PUT', `/api/regions/${id}/users`, { userIds: [fitter.userId] });
    await send(admin, 'DELETE', `/api/regions/${id}`);

    const answer = await logbook(admin, `?entityType=region&entityId=${id}`);
    expect(answer.statusCode).toBe(200);
    const { items, total } = answer.json();
    expect(total).toBe(4);
    const common = { actorName: 'Bea Beheer', entityType: 'region', entityId: id, ipAddress: '127.0.0.1' };
    expect(items).toEqual([
      expect.objectContaining({
        ...common,
        action: 'delete',
        event: 'region.removed',
        entityLabel: 'Oost-Brabant',
        before: { name: 'Oost-Brabant', users: ['Mo Monteur'] },
        after: null,
      }),
      expect.objectContaining({
        ...common,
        action: 'update',
        event: 'region.users_changed',
        before: { users: [] },
        after: { users: ['Mo Monteur'] },
      }),
      expect.objectContaining({
        ...common,
        event: 'region.renamed',
        before: { name: 'Oost' },
        after: { name: 'Oost-Brabant' },
      }),
      expect.objectContaining({
        ...common,
        action: 'create',
        event: 'region.created',
        before: null,
        after: { name: 'Oost' },
      }),
    ]);
    expect(Date.parse(items[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(items[3].createdAt));
  });

  it('logs nothing for a refused change or a change that changes nothing', async () => {
    const { org, admin } = await anOrganisation();
    const [noord = ''] = org.regionIds;
    await send(admin, 'POST', '/api/regions', { name: 'noord' });
    await send(admin, 'PATCH', `/api/regions/${noord}`, { name: 'Noord' });
    await send(admin, 'PUT', `/api/regions/${noord}/users`, { userIds: ['nobody'] });
    await send(admin, 'PUT', `/api/regions/${noord}/users`, { userIds: [] });
    expect((await logbook(admin, '?entityType=region')).json()).toEqual({ items: [], total: 0 });
  });

  it('filters by event and actor and pages', async () => {
    const { org, admin, adminUser } = await anOrganisation();
    for (const name of ['A', 'B', 'C']) await send(admin, 'POST', '/api/regions', { name });
    await send(admin, 'PATCH', `/api/regions/${org.regionIds[0]}`, { name: 'Noord-Holland' });

    const created = (await logbook(admin, '?event=region.created')).json();
    expect(created.total).toBe(3);
    expect(created.items.map((e: { entityLabel: string }) => e.entityLabel)).toEqual(['C', 'B', 'A']);
    const byAdmin = (await logbook(admin, `?actorUserId=${adminUser.userId}&entityType=region`)).json();
    expect(byAdmin.total).toBe(4);
    expect(byAdmin.items.every((e: { actorName: string }) => e.actorName === 'Bea Beheer')).toBe(true);
    expect((await logbook(admin, '?actorUserId=someone-else')).json().total).toBe(0);
    const page = (await logbook(admin, '?entityType=region&page=2&pageSize=3')).json();
    expect(page.total).toBe(4);
    expect(page.items.map((e: { entityLabel: string }) => e.entityLabel)).toEqual(['A']);
  });

  it('reads from/to as whole Dutch days, also on the days the clocks change', async () => {
    const { org, admin } = await anOrganisation();
    await logAt(org.organisationId, [
      '2026-03-28T22:59:59Z', // 28 March 23:59:59 winter time
      '2026-03-28T23:00:00Z', // 29 March 00:00 winter time
      '2026-03-29T21:59:59Z', // 29 March 23:59:59 summer time
      '2026-03-29T22:00:00Z', // 30 March 00:00
      '2026-10-24T21:59:59Z', // 24 October 23:59:59 summer time
      '2026-10-24T22:00:00Z', // 25 October 00:00 summer time
      '2026-10-25T22:59:59Z', // 25 October 23:59:59 winter time
      '2026-10-25T23:00:00Z', // 26 October 00:00
    ]);
    expect(await labels(admin, 'from=2026-03-29&to=2026-03-29')).toEqual([
      '2026-03-29T21:59:59Z',
      '2026-03-28T23:00:00Z',
    ]);
    expect(await labels(admin, 'from=2026-10-25&to=2026-10-25')).toEqual([
      '2026-10-25T22:59:59Z',
      '2026-10-24T22:00:00Z',
    ]);
    expect(await labels(admin, 'to=2026-03-28')).toEqual(['2026-03-28T22:59:59Z']);
    expect(await labels(admin, 'from=2026-10-26')).toEqual(['2026-10-25T23:00:00Z']);
  });

  it("never shows another organisation's log", async () => {
    const ours = await anOrganisation();
    const theirs = await anOrganisation();
    const theirRegion = (await send(theirs.admin, 'POST', '/api/regions', { name: 'Geheim' })).json().id;
    await logAt(theirs.org.organisationId, ['2026-03-29T12:00:00Z']);
    const all = (await logbook(ours.admin, '?pageSize=100')).json();
    expect(JSON.stringify(all)).not.toContain('Geheim');
    expect(all.items.some((e: { event: string }) => e.event === 'test.dated')).toBe(false);
    expect((await logbook(ours.admin, `?entityId=${theirRegion}`)).json().total).toBe(0);
    expect((await logbook(ours.admin, `?actorUserId=${theirs.adminUser.userId}`)).json().total).toBe(0);
  });

  it('is for user admins only (403) and refuses malformed filters with 422', async () => {
    const { admin, fitter } = await anOrganisation();
    expect((await logbook(await logIn(t.app, fitter))).statusCode).toBe(403);
    for (const query of [
      '?from=2026-02-30',
      '?to=29-03-2026',
      '?from=2026-3-29',
      '?from=0999-01-01',
      '?from=2026-03-30&to=2026-03-29',
      '?pageSize=101',
      '?page=0',
      '?page=abc',
      `?entityType=${'x'.repeat(1000)}`,
    ]) {
      const answer = await logbook(admin, query);
      expect(answer.statusCode, query.slice(0, 40)).toBe(422);
      expect(answer.json().error.fields, query.slice(0, 40)).toBeDefined();
    }
  });
});
