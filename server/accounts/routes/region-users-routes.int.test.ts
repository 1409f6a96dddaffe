import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamMember, userProfile } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function anOrganisationWithPeople() {
  const db = t.database.db;
  const org = await aTestOrganisation(db);
  const [noord = '', zuid = ''] = org.regionIds;
  const adminUser = await aTestUser(db, org, { rights: ['userAdmin'], name: 'Bea Beheer' });
  const planner = await aTestUser(db, org, {
    rights: ['workPlanner'],
    regionIds: [noord],
    name: 'Piet Planner',
  });
  const fitter = await aTestUser(db, org, {
    rights: ['fieldWorker'],
    regionIds: [noord, zuid],
    name: 'Mo Monteur',
  });
  const gone = await aTestUser(db, org, { rights: ['fieldWorker'], regionIds: [noord], name: 'Oud Collega' });
  await db.update(userProfile).set({ removedAt: new Date() }).where(eq(userProfile.userId, gone.userId));
  return { org, noord, zuid, adminUser, planner, fitter, gone, admin: await logIn(t.app, adminUser) };
}

const put = (cookie: string, regionId: string, payload: unknown) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/regions/${regionId}/users`,
    headers: { cookie, origin: testPublicUrl },
    payload: payload as object,
  });
const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const assignedIds = async (regionId: string) =>
  (
    await t.database.db
      .select({ userId: teamMember.userId })
      .from(teamMember)
      .where(eq(teamMember.teamId, regionId))
  )
    .map((row) => row.userId)
    .sort();

describe('Beheren toegewezen gebruikers', () => {
  it('lists the working users of a region with username and rights, and counts them', async () => {
    const { noord, zuid, planner, fitter, admin } = await anOrganisationWithPeople();
    const users = await get(admin, `/api/regions/${noord}/users`);
    expect(users.statusCode).toBe(200);
    expect(users.json().items).toEqual([
      { id: fitter.userId, name: 'Mo Monteur', username: fitter.email, rights: ['fieldWorker'] },
      { id: planner.userId, name: 'Piet Planner', username: planner.email, rights: ['workPlanner'] },
    ]);
    const counts = (await get(admin, '/api/regions')).json().items;
    expect(counts).toEqual([
      { id: noord, name: 'Noord', userCount: 2 },
      { id: zuid, name: 'Zuid', userCount: 1 },
    ]);
  });

  it('lets a planner see the users of their own region only', async () => {
    const { noord, zuid, planner } = await anOrganisationWithPeople();
    const cookie = await logIn(t.app, planner);
    expect((await get(cookie, `/api/regions/${noord}/users`)).statusCode).toBe(200);
    expect((await get(cookie, `/api/regions/${zuid}/users`)).statusCode).toBe(404);
  });

  it('replaces the assignment, keeps a removed user assigned out of sight, and updates the count', async () => {
    const { noord, adminUser, fitter, gone, admin } = await anOrganisationWithPeople();
    const replaced = await put(admin, noord, { userIds: [adminUser.userId, fitter.userId, fitter.userId] });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().items.map((u: { name: string }) => u.name)).toEqual(['Bea Beheer', 'Mo Monteur']);
    expect(await assignedIds(noord)).toEqual([adminUser.userId, fitter.userId, gone.userId].sort());
    const noordCount = (await get(admin, '/api/regions')).json().items[0];
    expect(noordCount).toMatchObject({ id: noord, userCount: 2 });

    const emptied = await put(admin, noord, { userIds: [] });
    expect(emptied.json().items).toEqual([]);
    expect(await assignedIds(noord)).toEqual([gone.userId]);
  });

  it('refuses an unknown, foreign or removed user with 422 and changes nothing', async () => {
    const ours = await anOrganisationWithPeople();
    const theirs = await anOrganisationWithPeople();
    const before = await assignedIds(ours.zuid);
    for (const stranger of ['no-such-user', theirs.fitter.userId, ours.gone.userId]) {
      const answer = await put(ours.admin, ours.zuid, { userIds: [ours.planner.userId, stranger] });
      expect(answer.statusCode, stranger).toBe(422);
      expect(answer.json().error.fields).toEqual({ userIds: 'unknown_user' });
    }
    expect(await assignedIds(ours.zuid)).toEqual(before);
  });

  it('refuses malformed assignments with 422', async () => {
    const { noord, admin } = await anOrganisationWithPeople();
    const before = await assignedIds(noord);
    for (const payload of [
      {},
      { userIds: 'everyone' },
      { userIds: [1, 2] },
      { userIds: [''] },
      { userIds: null },
    ]) {
      expect((await put(admin, noord, payload)).statusCode, JSON.stringify(payload)).toBe(422);
    }
    expect(
      (await put(admin, noord, { userIds: Array.from({ length: 5001 }, (_, i) => `u${i}`) })).statusCode,
    ).toBe(422);
    expect(await assignedIds(noord)).toEqual(before);
  });

  it('removes the assignments together with the region', async () => {
    const { noord, admin } = await anOrganisationWithPeople();
    expect((await assignedIds(noord)).length).toBe(3);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/regions/${noord}`,
      headers: { cookie: admin, origin: testPublicUrl },
    });
    expect(removed.statusCode).toBe(204);
    expect(await assignedIds(noord)).toEqual([]);
  });
});
