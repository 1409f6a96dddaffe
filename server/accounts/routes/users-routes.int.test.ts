import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, userProfile } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import { aNewUser, usersTestKit } from '../users/users-test-kit.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const kit = usersTestKit(() => t);
const { send } = kit;
const password = 'Sleufloze-techniek-2026';
const withPassword = (mustChangePassword = false) => ({ mode: 'password', password, mustChangePassword });
const usersOf = async (organisationId: string) =>
  t.database.db.select().from(userProfile).where(eq(userProfile.organisationId, organisationId));

describe('adding a user', () => {
  it('without e-mail address: the admin sets the password and the user logs in with the username', async () => {
    const { org, admin } = await kit.anOrganisationWithAdmin();
    const [noord = ''] = org.regionIds;
    const body = aNewUser({
      username: ' Henk.Installatie ',
      email: null,
      kind: 'partner',
      partnerCompany: 'Installatietechniek B.V.',
      rights: ['fieldWorker', 'fieldWorker'],
      regionIds: [noord, noord],
      remarks: 'Werkt alleen op dinsdag.',
      setup: withPassword(true),
    });
    const created = await send(admin, 'POST', '/api/users', body);
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({
      username: 'Henk.Installatie',
      email: null,
      name: 'Henk de Vries',
      kind: 'partner',
      partnerCompany: 'Installatietechniek B.V.',
      rights: ['fieldWorker'],
      regions: [{ id: noord, name: 'Noord' }],
      hasPassword: true,
      mustChangePassword: true,
      invitationSentAt: null,
      removedAt: null,
    });
    expect((await send(admin, 'GET', `/api/users/${user.id}`)).json().remarks).toBe(
      'Werkt alleen op dinsdag.',
    );

    const signedIn = await kit.signInWithUsername('henk.installatie', password);
    expect(signedIn.statusCode).toBe(200);
    expect((await send(kit.cookieOf(signedIn), 'GET', '/api/me')).json().user.id).toBe(user.id);

    const rows = await kit.logbook(org.organisationId, user.id);
    expect(rows.map((row) => [row.action, row.event])).toEqual([
      ['create', 'user.created'],
      ['security', 'rights.changed'],
      ['security', 'password.set_by_admin'],
    ]);
    expect(rows[0]?.after).toMatchObject({
      username: 'Henk.Installatie',
      rights: ['fieldWorker'],
      regions: ['Noord'],
    });
    expect(rows[0]?.entityLabel).toBe('Henk de Vries');
    const everything = JSON.stringify(await t.database.db.select().from(auditLog));
    expect(everything).not.toContain(password);
  });

  it('refuses a username or address that any user already has, in any letter case, removed users included', async () => {
    const { org, admin } = await kit.anOrganisationWithAdmin();
    const other = await kit.anOrganisationWithAdmin();
    const first = aNewUser();
    expect((await send(admin, 'POST', '/api/users', first)).statusCode).toBe(201);
    const removed = aNewUser();
    const removedId = (await send(admin, 'POST', '/api/users', removed)).json().id;
    expect((await send(admin, 'DELETE', `/api/users/${removedId}`)).statusCode).toBe(204);
    const before = (await usersOf(org.organisationId)).length;

    const attempts: [Record<string, unknown>, Record<string, string>][] = [
      [{ username: first.username.toUpperCase() }, { username: 'already_exists' }],
      [{ email: ` ${first.email.toUpperCase()} ` }, { email: 'already_exists' }],
      [
        { username: first.username, email: first.email },
        { username: 'already_exists', email: 'already_exists' },
      ],
      [{ email: removed.email }, { email: 'already_exists' }],
      [{ username: removed.username }, { username: 'already_exists' }],
    ];
    for (const [overrides, fields] of attempts) {
      const refused = await send(admin, 'POST', '/api/users', aNewUser(overrides));
      expect(refused.statusCode, JSON.stringify(overrides)).toBe(409);
      expect(refused.json().error).toMatchObject({ code: 'CONFLICT', fields });
      // Another organisation cannot take them either: usernames and addresses are unique in Veldwerk.
      expect((await send(other.admin, 'POST', '/api/users', aNewUser(overrides))).statusCode).toBe(409);
    }
    expect((await usersOf(org.organisationId)).length).toBe(before);
  });

  it('gives one of two admins saving the same username at once a clear 409', async () => {
    const { admin } = await kit.anOrganisationWithAdmin();
    const body = aNewUser({ setup: withPassword() });
    const results = await Promise.all([
      send(admin, 'POST', '/api/users', body),
      send(admin, 'POST', '/api/users', { ...body, email: `ander-${body.email}` }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().error.fields).toEqual({
      username: 'already_exists',
    });
  });

  it('needs the company of a partner, a region of the own organisation and a strong password', async () => {
    const { org, admin } = await kit.anOrganisationWithAdmin();
    const theirs = await aTestOrganisation(t.database.db);
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ kind: 'partner' }, { partnerCompany: 'required' }],
      [{ kind: 'partner', partnerCompany: '   ' }, { partnerCompany: 'required' }],
      [{ regionIds: [theirs.regionIds[0]] }, { regionIds: 'unknown_region' }],
      [{ regionIds: [randomUUID()] }, { regionIds: 'unknown_region' }],
      [{ setup: { ...withPassword(), password: 'welkom01' } }, { 'setup.password': 'too_short' }],
      [
        { setup: { ...withPassword(), password: 'Henk-de-Vries-2026!' } },
        { 'setup.password': 'contains_personal_data' },
      ],
    ];
    for (const [overrides, fields] of cases) {
      const refused = await send(admin, 'POST', '/api/users', aNewUser(overrides));
      expect(refused.statusCode, JSON.stringify(overrides)).toBe(422);
      expect(refused.json().error.fields).toEqual(fields);
    }
    expect((await usersOf(org.organisationId)).length).toBe(1);
  });

  it('stores hostile text as text and refuses huge, malformed and wrongly typed input without storing anything', async () => {
    const { org, admin } = await kit.anOrganisationWithAdmin();
    const script = '<img src=x onerror=alert(1)>';
    const stored = await send(
      admin,
      'POST',
      '/api/users',
      aNewUser({ firstName: script, jobTitle: "'; drop table users; --" }),
    );
    expect(stored.statusCode).toBe(201);
    expect((await send(admin, 'GET', `/api/users/${stored.json().id}`)).json()).toMatchObject({
      firstName: script,
      jobTitle: "'; drop table users; --",
    });
    const count = (await usersOf(org.organisationId)).length;

    const cases: [Record<string, unknown>, string][] = [
      [{ firstName: 'x'.repeat(10_000) }, 'firstName'],
      [{ lastName: 'x'.repeat(101) }, 'lastName'],
      [{ remarks: 'x'.repeat(2001) }, 'remarks'],
      [{ firstName: '   ' }, 'firstName'],
      [{ firstName: 'Henk\nBcc: iedereen' }, 'firstName'],
      [{ username: 'me' }, 'username'],
      [{ username: 'henk de vries' }, 'username'],
      [{ username: 'x'.repeat(255) }, 'username'],
      [{ email: 'geen-adres' }, 'email'],
      [{ phone: 'bel me maar' }, 'phone'],
      [{ phone: '0'.repeat(31) }, 'phone'],
      [{ firstName: 42 }, 'firstName'],
      [{ rights: 'userAdmin' }, 'rights'],
      [{ rights: ['superUser'] }, 'rights.0'],
      [{ regionIds: [{ id: 1 }] }, 'regionIds.0'],
      [{ kind: 'customer' }, 'kind'],
      [{ setup: { mode: 'magic' } }, 'setup.mode'],
      [{ setup: { mode: 'password', password: password } }, 'setup.mustChangePassword'],
    ];
    for (const [overrides, field] of cases) {
      const refused = await send(admin, 'POST', '/api/users', aNewUser(overrides));
      expect(refused.statusCode, JSON.stringify(overrides).slice(0, 80)).toBe(422);
      expect(refused.json().error.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(refused.json().error.fields)).toContain(field);
    }
    const notJson = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin, origin: 'http://localhost:3999', 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(notJson.statusCode).toBe(422);
    expect((await usersOf(org.organisationId)).length).toBe(count);
  });
});

describe('who may manage users', () => {
  it('refuses a work planner (403) and a visitor without session (401)', async () => {
    const org = await aTestOrganisation(t.database.db);
    const planner = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['workPlanner'] }));
    expect((await send(planner, 'GET', '/api/users')).statusCode).toBe(403);
    expect((await send(planner, 'POST', '/api/users', aNewUser())).statusCode).toBe(403);
    expect((await send(undefined, 'GET', '/api/users')).statusCode).toBe(401);
    expect((await usersOf(org.organisationId)).length).toBe(1);
  });

  it("answers 404 on every route for another organisation's user and changes nothing", async () => {
    const ours = await kit.anOrganisationWithAdmin();
    const theirs = await kit.anOrganisationWithAdmin();
    const theirUser = (await send(theirs.admin, 'POST', '/api/users', aNewUser())).json();
    const id = theirUser.id;
    const calls: [Parameters<typeof send>[1], string, unknown?][] = [
      ['GET', `/api/users/${id}`],
      ['PATCH', `/api/users/${id}`, { firstName: 'Overgenomen' }],
      ['POST', `/api/users/${id}/password`, { password, mustChangePassword: false }],
      ['POST', `/api/users/${id}/invitation`],
      ['DELETE', `/api/users/${id}`],
      ['POST', `/api/users/${id}/restore`],
    ];
    for (const [method, url, payload] of calls) {
      const response = await send(ours.admin, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
    expect((await send(theirs.admin, 'GET', `/api/users/${id}`)).json()).toMatchObject({
      firstName: 'Henk',
      removedAt: null,
      hasPassword: false,
    });
    expect((await kit.mailsTo(theirUser.email)).length).toBe(1);
  });
});
