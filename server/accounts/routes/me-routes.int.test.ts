import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('logging in', () => {
  it('gives a session cookie that is HttpOnly and SameSite=Lax', async () => {
    const org = await aTestOrganisation(t.database.db);
    const user = await aTestUser(t.database.db, org, { rights: ['workPlanner'] });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: testPublicUrl, 'content-type': 'application/json' },
      payload: { email: user.email, password: user.password },
    });
    expect(response.statusCode).toBe(200);
    const session = response.cookies.find((cookie) => cookie.name === 'veldwerk.session_token');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
  });

  it('refuses a wrong password without saying whether the address exists', async () => {
    const org = await aTestOrganisation(t.database.db);
    const user = await aTestUser(t.database.db, org);
    const attempt = (email: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        headers: { origin: testPublicUrl, 'content-type': 'application/json' },
        payload: { email, password: 'wrong password here' },
      });
    const known = await attempt(user.email);
    const unknown = await attempt('nobody-here@example.test');
    expect(known.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(known.json().code).toBe(unknown.json().code);
  });

  it('refuses a login posted from another site', async () => {
    const org = await aTestOrganisation(t.database.db);
    const user = await aTestUser(t.database.db, org);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json', cookie: 'x=1' },
      payload: { email: user.email, password: user.password },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('/api/me', () => {
  it('answers 401 without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('tells a planner who they are, their organisation, rights, only their regions and abilities', async () => {
    const org = await aTestOrganisation(t.database.db, 'Grondwerk Noord B.V.');
    const [noord, zuid] = org.regionIds;
    await aTestUser(t.database.db, org, { rights: ['fieldWorker'], regionIds: [zuid as string] });
    const planner = await aTestUser(t.database.db, org, {
      rights: ['workPlanner', 'fieldWorker'],
      regionIds: [noord as string],
      name: 'Piet Planner',
    });
    const cookie = await logIn(t.app, planner);
    const response = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(response.statusCode).toBe(200);
    const me = response.json();
    expect(me.user).toMatchObject({ name: 'Piet Planner', email: planner.email });
    expect(me.organisation.name).toBe('Grondwerk Noord B.V.');
    expect(me.rights).toEqual(['workPlanner', 'fieldWorker']);
    expect(me.regions).toEqual([{ id: noord, name: 'Noord' }]);
    expect(me.abilities).toMatchObject({ 'klic.manage': true, 'field.use': true, 'users.manage': false });
  });

  it('shows a user admin every region of their own organisation and none of another', async () => {
    const ours = await aTestOrganisation(t.database.db);
    const theirs = await aTestOrganisation(t.database.db);
    const admin = await aTestUser(t.database.db, ours, { rights: ['userAdmin'] });
    const cookie = await logIn(t.app, admin);
    const response = await t.app.inject({ method: 'GET', url: '/api/regions', headers: { cookie } });
    const ids = response.json().items.map((region: { id: string }) => region.id);
    expect(ids.sort()).toEqual([...ours.regionIds].sort());
    expect(ids).not.toContain(theirs.regionIds[0]);
  });

  it('ends the session at logout', async () => {
    const org = await aTestOrganisation(t.database.db);
    const user = await aTestUser(t.database.db, org, { rights: ['fieldWorker'] });
    const cookie = await logIn(t.app, user);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie, origin: testPublicUrl, 'content-type': 'application/json' },
      payload: {},
    });
    expect(out.statusCode).toBe(200);
    const cleared = out.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: cleared } });
    expect(after.statusCode).toBe(401);
  });
});
