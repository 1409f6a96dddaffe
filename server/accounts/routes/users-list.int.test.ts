import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import { aNewUser, usersTestKit } from '../users/users-test-kit.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const kit = usersTestKit(() => t);
const { send } = kit;

async function anOrganisationWithUsers() {
  const { org, admin } = await kit.anOrganisationWithAdmin('Anna Beheer');
  const [noord = '', zuid = ''] = org.regionIds;
  const add = async (overrides: Record<string, unknown>) => {
    const response = await send(admin, 'POST', '/api/users', aNewUser(overrides));
    expect(response.statusCode).toBe(201);
    return response.json();
  };
  const bakker = await add({
    firstName: 'Piet',
    lastName: 'Bakker',
    rights: ['workPlanner'],
    regionIds: [noord],
  });
  const zwart = await add({
    firstName: 'Kees',
    lastName: 'Zwart',
    rights: ['fieldWorker'],
    regionIds: [zuid],
  });
  const partner = await add({
    firstName: 'Henk',
    lastName: '',
    kind: 'partner',
    partnerCompany: 'Installatietechniek 100% B.V.',
    rights: ['fieldWorker'],
    regionIds: [noord, zuid],
  });
  const removed = await add({ firstName: 'Oud', lastName: 'Collega' });
  expect((await send(admin, 'DELETE', `/api/users/${removed.id}`)).statusCode).toBe(204);
  return { admin, noord, zuid, bakker, zwart, partner, removed };
}

const names = async (cookie: string, query = '') => {
  const response = await send(cookie, 'GET', `/api/users${query}`);
  expect(response.statusCode).toBe(200);
  const body = response.json();
  return { names: body.items.map((u: { name: string }) => u.name), total: body.total };
};

describe('the list of users', () => {
  it('shows the active users sorted by last name, with their rights and regions', async () => {
    const { admin, partner } = await anOrganisationWithUsers();
    expect(await names(admin)).toEqual({
      names: ['Henk', 'Piet Bakker', 'Anna Beheer', 'Kees Zwart'],
      total: 4,
    });
    const items = (await send(admin, 'GET', '/api/users')).json().items;
    expect(items[0]).toMatchObject({
      id: partner.id,
      kind: 'partner',
      partnerCompany: 'Installatietechniek 100% B.V.',
      regions: [
        { name: 'Noord', id: expect.any(String) },
        { name: 'Zuid', id: expect.any(String) },
      ],
    });
    expect(items[0]).not.toHaveProperty('remarks');
  });

  it('searches name, username, address and partner company, literally', async () => {
    const { admin, bakker } = await anOrganisationWithUsers();
    expect((await names(admin, '?search=piet%20bak')).names).toEqual(['Piet Bakker']);
    expect(
      (await names(admin, `?search=${encodeURIComponent(bakker.username.toUpperCase())}`)).names,
    ).toEqual(['Piet Bakker']);
    expect((await names(admin, `?search=${encodeURIComponent(bakker.email)}`)).names).toEqual([
      'Piet Bakker',
    ]);
    expect((await names(admin, '?search=installatietechniek')).names).toEqual(['Henk']);
    expect((await names(admin, '?search=100%25')).names).toEqual(['Henk']);
    expect((await names(admin, '?search=%25')).names).toEqual(['Henk']);
    expect((await names(admin, '?search=_')).total).toBe(0);
    expect((await names(admin, '?search=collega')).total).toBe(0);
  });

  it('filters by right, region and status, and pages', async () => {
    const { admin, noord, zuid } = await anOrganisationWithUsers();
    expect((await names(admin, '?right=fieldWorker')).names).toEqual(['Henk', 'Kees Zwart']);
    expect((await names(admin, '?right=userAdmin')).names).toEqual(['Anna Beheer']);
    expect((await names(admin, `?regionId=${noord}`)).names).toEqual(['Henk', 'Piet Bakker']);
    expect((await names(admin, `?regionId=${zuid}&right=fieldWorker&search=kees`)).names).toEqual([
      'Kees Zwart',
    ]);
    expect((await names(admin, '?status=removed')).names).toEqual(['Oud Collega']);
    expect((await names(admin, '?status=all')).total).toBe(5);
    expect(await names(admin, '?pageSize=2&page=2')).toEqual({
      names: ['Anna Beheer', 'Kees Zwart'],
      total: 4,
    });
    expect(await names(admin, '?pageSize=2&page=3')).toEqual({ names: [], total: 4 });
  });

  it('refuses malformed filters', async () => {
    const { admin } = await anOrganisationWithUsers();
    for (const query of [
      '?status=deleted',
      '?right=boss',
      '?page=0',
      '?pageSize=1000',
      `?search=${'x'.repeat(201)}`,
    ]) {
      const response = await send(admin, 'GET', `/api/users${query}`);
      expect(response.statusCode, query).toBe(422);
    }
  });

  it("never shows another organisation's users", async () => {
    const ours = await anOrganisationWithUsers();
    const theirs = await kit.anOrganisationWithAdmin();
    expect(await names(theirs.admin, '?status=all')).toEqual({ names: ['Beheer Admin'], total: 1 });
    expect((await names(theirs.admin, `?regionId=${ours.noord}`)).total).toBe(0);
  });
});
