import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { team } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function anOrganisation() {
  const org = await aTestOrganisation(t.database.db);
  const [noord = '', zuid = ''] = org.regionIds;
  const admin = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['userAdmin'] }));
  const planner = await logIn(
    t.app,
    await aTestUser(t.database.db, org, { rights: ['workPlanner'], regionIds: [noord] }),
  );
  return { org, noord, zuid, admin, planner };
}

const send = (cookie: string, method: 'POST' | 'PATCH' | 'DELETE' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { cookie, origin: testPublicUrl },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const regions = async (cookie: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/regions', headers: { cookie } })).json().items;
const storedNames = async (organisationId: string) =>
  (await t.database.db.select({ name: team.name }).from(team).where(eq(team.organizationId, organisationId)))
    .map((r) => r.name)
    .sort();

describe("Regio's beheren", () => {
  it('lets a user admin add, rename and remove a region', async () => {
    const { admin } = await anOrganisation();
    const added = await send(admin, 'POST', '/api/regions', { name: '  Utrecht Oost ' });
    expect(added.statusCode).toBe(201);
    const { id } = added.json();
    expect(added.json()).toEqual({ id, name: 'Utrecht Oost', userCount: 0 });
    expect(await regions(admin)).toContainEqual({ id, name: 'Utrecht Oost', userCount: 0 });

    const renamed = await send(admin, 'PATCH', `/api/regions/${id}`, { name: 'Utrecht-Oost' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toEqual({ id, name: 'Utrecht-Oost', userCount: 0 });

    expect((await send(admin, 'DELETE', `/api/regions/${id}`)).statusCode).toBe(204);
    expect((await regions(admin)).map((r: { id: string }) => r.id)).not.toContain(id);
    expect((await send(admin, 'DELETE', `/api/regions/${id}`)).statusCode).toBe(404);
  });

  it('refuses a name that exists in the organisation in any letter case, but not one of another organisation', async () => {
    const ours = await anOrganisation();
    const theirs = await anOrganisation();
    expect((await send(theirs.admin, 'POST', '/api/regions', { name: 'Drenthe' })).statusCode).toBe(201);
    expect((await send(ours.admin, 'POST', '/api/regions', { name: 'Drenthe' })).statusCode).toBe(201);
    for (const name of ['drenthe', '  DRENTHE ', 'noord']) {
      const duplicate = await send(ours.admin, 'POST', '/api/regions', { name });
      expect(duplicate.statusCode, name).toBe(409);
      expect(duplicate.json().error.fields).toEqual({ name: 'already_exists' });
    }
    const clash = await send(ours.admin, 'PATCH', `/api/regions/${ours.zuid}`, { name: 'NOORD' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.fields).toEqual({ name: 'already_exists' });
    const ownCase = await send(ours.admin, 'PATCH', `/api/regions/${ours.noord}`, { name: 'NOORD' });
    expect(ownCase.statusCode).toBe(200);
    expect(await storedNames(ours.org.organisationId)).toEqual(['Drenthe', 'NOORD', 'Zuid']);
  });

  it('adds only one of two simultaneous requests for the same name', async () => {
    const { org, admin } = await anOrganisation();
    await regions(admin); // the session is known, so the three requests reach the database together
    const answers = await Promise.all([
      send(admin, 'POST', '/api/regions', { name: 'Flevoland' }),
      send(admin, 'POST', '/api/regions', { name: 'FLEVOLAND' }),
      send(admin, 'POST', '/api/regions', { name: 'Flevoland' }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409]);
    expect(
      (await storedNames(org.organisationId)).filter((n) => n.toLowerCase() === 'flevoland'),
    ).toHaveLength(1);
  });

  it('shows a planner only their own regions and refuses them every change (403)', async () => {
    const { noord, zuid, planner } = await anOrganisation();
    expect(await regions(planner)).toEqual([{ id: noord, name: 'Noord', userCount: 1 }]);
    expect((await send(planner, 'POST', '/api/regions', { name: 'Oost' })).statusCode).toBe(403);
    expect((await send(planner, 'PATCH', `/api/regions/${noord}`, { name: 'Oost' })).statusCode).toBe(403);
    expect((await send(planner, 'DELETE', `/api/regions/${zuid}`)).statusCode).toBe(403);
    expect((await send(planner, 'PUT', `/api/regions/${noord}/users`, { userIds: [] })).statusCode).toBe(403);
  });

  it("answers 404 on every route for another organisation's region, and changes nothing there", async () => {
    const ours = await anOrganisation();
    const theirs = await anOrganisation();
    const foreign = theirs.noord;
    expect(
      (await send(ours.admin, 'PATCH', `/api/regions/${foreign}`, { name: 'Overgenomen' })).statusCode,
    ).toBe(404);
    expect((await send(ours.admin, 'DELETE', `/api/regions/${foreign}`)).statusCode).toBe(404);
    expect((await send(ours.admin, 'PUT', `/api/regions/${foreign}/users`, { userIds: [] })).statusCode).toBe(
      404,
    );
    const users = await t.app.inject({
      method: 'GET',
      url: `/api/regions/${foreign}/users`,
      headers: { cookie: ours.admin },
    });
    expect(users.statusCode).toBe(404);
    expect(await storedNames(theirs.org.organisationId)).toEqual(['Noord', 'Zuid']);
    expect((await regions(theirs.admin)).find((r: { id: string }) => r.id === foreign).userCount).toBe(1);
  });

  it('refuses hostile and malformed names with 422 and stores HTML as plain text', async () => {
    const { org, admin, noord } = await anOrganisation();
    const refused: [unknown, string][] = [
      [{ name: 'x'.repeat(1000) }, 'too_big'],
      [{ name: '   ' }, 'too_small'],
      [{ name: 123 }, 'invalid_type'],
      [{ name: ['Oost'] }, 'invalid_type'],
      [{ name: 'Oost\r\nZuid' }, 'invalid_format'],
    ];
    for (const [payload, code] of refused) {
      const answer = await send(admin, 'POST', '/api/regions', payload);
      expect(answer.statusCode, JSON.stringify(payload).slice(0, 40)).toBe(422);
      expect(answer.json().error.fields).toEqual({ name: code });
    }
    expect((await send(admin, 'POST', '/api/regions', {})).statusCode).toBe(422);
    expect((await send(admin, 'PATCH', `/api/regions/${noord}`, { name: 'y'.repeat(101) })).statusCode).toBe(
      422,
    );
    expect(await storedNames(org.organisationId)).toEqual(['Noord', 'Zuid']);

    const html = '<img src=x onerror=alert(1)>';
    const stored = await send(admin, 'POST', '/api/regions', { name: html });
    expect(stored.statusCode).toBe(201);
    expect(stored.json().name).toBe(html);
    expect(await storedNames(org.organisationId)).toContain(html);
  });
});
