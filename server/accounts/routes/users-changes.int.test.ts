import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, session, userInvitation } from '../../infra/db/schema/index.ts';
import { aTestOrganisation } from '../../infra/testing/factories.ts';
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

/** An organisation with an admin and a logged-in field worker whose password the admin set. */
async function anOrganisationWithWorker() {
  const { org, admin, adminUser } = await kit.anOrganisationWithAdmin('Anna Beheer');
  const body = aNewUser({ setup: { mode: 'password', password, mustChangePassword: false } });
  const created = await send(admin, 'POST', '/api/users', body);
  expect(created.statusCode).toBe(201);
  const worker = kit.cookieOf(await kit.signInWithEmail(body.email, password));
  expect((await send(worker, 'GET', '/api/me')).statusCode).toBe(200);
  return { org, admin, adminUser, body, user: created.json(), worker };
}

describe('editing a user', () => {
  it('changes data, rights and regions, and logs before and after', async () => {
    const { org, admin, user } = await anOrganisationWithWorker();
    const [noord = '', zuid = ''] = org.regionIds;
    const changed = await send(admin, 'PATCH', `/api/users/${user.id}`, {
      lastName: 'Jansen',
      phone: '+31 (0)6-1234 5678',
      jobTitle: '',
      rights: ['workPlanner', 'fieldWorker'],
      regionIds: [zuid, noord],
      unknownField: 'ignored',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      name: 'Henk Jansen',
      phone: '+31 (0)6-1234 5678',
      jobTitle: null,
      rights: ['workPlanner', 'fieldWorker'],
      regions: [
        { id: noord, name: 'Noord' },
        { id: zuid, name: 'Zuid' },
      ],
    });
    const rows = await kit.logbook(org.organisationId, user.id);
    const updated = rows.find((row) => row.event === 'user.updated');
    expect(updated?.before).toEqual({
      lastName: 'de Vries',
      phone: '06 12345678',
      jobTitle: 'Monteur',
      rights: ['fieldWorker'],
      regions: [],
    });
    expect(updated?.after).toEqual({
      lastName: 'Jansen',
      phone: '+31 (0)6-1234 5678',
      jobTitle: null,
      rights: ['workPlanner', 'fieldWorker'],
      regions: ['Noord', 'Zuid'],
    });
    expect(updated?.actorName).toBe('Anna Beheer');
    expect(updated?.entityLabel).toBe('Henk Jansen');
    const rightsRows = rows.filter((row) => row.event === 'rights.changed');
    expect(rightsRows.at(-1)).toMatchObject({
      action: 'security',
      before: { rights: ['fieldWorker'] },
      after: { rights: ['workPlanner', 'fieldWorker'] },
    });

    const unchanged = await send(admin, 'PATCH', `/api/users/${user.id}`, { lastName: ' Jansen ' });
    expect(unchanged.statusCode).toBe(200);
    expect((await kit.logbook(org.organisationId, user.id)).length).toBe(rows.length);
  });

  it('refuses a new e-mail address, a foreign region, a partner without company and an own admin right taken away', async () => {
    const { org, admin, adminUser, user } = await anOrganisationWithWorker();
    const theirs = await aTestOrganisation(t.database.db);
    const cases: [string, Record<string, unknown>, Record<string, string>][] = [
      [user.id, { email: 'nieuw@example.test' }, { email: 'cannot_change' }],
      [user.id, { email: null, firstName: 'Piet' }, { email: 'cannot_change' }],
      [user.id, { regionIds: [theirs.regionIds[0]] }, { regionIds: 'unknown_region' }],
      [user.id, { kind: 'partner' }, { partnerCompany: 'required' }],
      [adminUser.userId, { rights: ['workPlanner'] }, { rights: 'cannot_remove_own_admin' }],
    ];
    for (const [id, body, fields] of cases) {
      const refused = await send(admin, 'PATCH', `/api/users/${id}`, body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(422);
      expect(refused.json().error.fields).toEqual(fields);
    }
    expect((await send(admin, 'GET', `/api/users/${user.id}`)).json()).toMatchObject({
      firstName: 'Henk',
      kind: 'internal',
      regions: [],
    });
    const events = (await kit.logbook(org.organisationId, user.id)).map((row) => row.event);
    expect(events).not.toContain('user.updated');
  });

  it("refuses another user's username in any letter case, and lets the user log in with a new one", async () => {
    const { admin, user, body } = await anOrganisationWithWorker();
    const other = aNewUser();
    expect((await send(admin, 'POST', '/api/users', other)).statusCode).toBe(201);
    const taken = await send(admin, 'PATCH', `/api/users/${user.id}`, {
      username: other.username.toUpperCase(),
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields).toEqual({ username: 'already_exists' });
    const renamed = await send(admin, 'PATCH', `/api/users/${user.id}`, {
      username: `${body.username}.NIEUW`,
    });
    expect(renamed.json().username).toBe(`${body.username}.NIEUW`);
    expect((await kit.signInWithUsername(`${body.username}.nieuw`, password)).statusCode).toBe(200);
  });
});

describe('a password set by the admin', () => {
  it("is checked, ends the user's sessions, may have to be changed, and is logged without the password", async () => {
    const { org, admin, user, body, worker } = await anOrganisationWithWorker();
    const weak = await send(admin, 'POST', `/api/users/${user.id}/password`, {
      password: 'henkdevries1',
      mustChangePassword: true,
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.fields).toEqual({ password: 'contains_personal_data' });
    expect((await send(worker, 'GET', '/api/me')).statusCode).toBe(200);

    const newPassword = 'Nieuwe-graafmachine-2026';
    const set = await send(admin, 'POST', `/api/users/${user.id}/password`, {
      password: newPassword,
      mustChangePassword: true,
    });
    expect(set.statusCode).toBe(204);
    expect((await send(worker, 'GET', '/api/me')).statusCode).toBe(401);
    expect(await t.database.db.select().from(session).where(eq(session.userId, user.id))).toEqual([]);
    expect((await kit.signInWithEmail(body.email, password)).statusCode).toBe(401);
    expect((await kit.signInWithEmail(body.email, newPassword)).statusCode).toBe(200);
    expect((await send(admin, 'GET', `/api/users/${user.id}`)).json().mustChangePassword).toBe(true);

    const rows = await kit.logbook(org.organisationId, user.id);
    expect(rows.at(-1)).toMatchObject({
      action: 'security',
      event: 'password.set_by_admin',
      after: { mustChangePassword: true },
    });
    expect(JSON.stringify(await t.database.db.select().from(auditLog))).not.toContain(newPassword);
  });
});

describe('removing a user', () => {
  it('ends their session, keeps them from logging in, hides them, revokes invitations and keeps their name in history', async () => {
    const { org, admin, user, body, worker } = await anOrganisationWithWorker();
    const resent = await send(admin, 'POST', `/api/users/${user.id}/invitation`);
    expect(resent.statusCode).toBe(204);

    expect((await send(admin, 'DELETE', `/api/users/${user.id}`)).statusCode).toBe(204);
    expect((await send(worker, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await kit.signInWithEmail(body.email, password)).statusCode).toBe(401);
    expect((await kit.signInWithUsername(body.username, password)).statusCode).toBe(401);
    const [invitation] = await t.database.db
      .select()
      .from(userInvitation)
      .where(eq(userInvitation.userId, user.id));
    expect(invitation?.revokedAt).not.toBeNull();

    const active = (await send(admin, 'GET', '/api/users')).json();
    expect(active.items.map((u: { id: string }) => u.id)).not.toContain(user.id);
    const removed = (await send(admin, 'GET', '/api/users?status=removed')).json();
    expect(removed.items).toEqual([expect.objectContaining({ id: user.id, name: 'Henk de Vries' })]);
    expect(removed.items[0].removedAt).not.toBeNull();

    const rows = await kit.logbook(org.organisationId, user.id);
    expect(rows.at(-1)).toMatchObject({
      action: 'delete',
      event: 'user.removed',
      entityLabel: 'Henk de Vries',
    });
    expect(rows.at(-1)?.before).toEqual({ removedAt: null });

    const again = await send(admin, 'POST', `/api/users/${user.id}/invitation`);
    expect(again.statusCode).toBe(409);
    const setPassword = await send(admin, 'POST', `/api/users/${user.id}/password`, {
      password: 'Nieuwe-graafmachine-2026',
      mustChangePassword: false,
    });
    expect(setPassword.statusCode).toBe(409);
  });

  it('can be undone: the user logs in again with their password', async () => {
    const { org, admin, user, body } = await anOrganisationWithWorker();
    expect((await send(admin, 'DELETE', `/api/users/${user.id}`)).statusCode).toBe(204);
    const restored = await send(admin, 'POST', `/api/users/${user.id}/restore`);
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ id: user.id, removedAt: null, rights: ['fieldWorker'] });
    expect((await kit.signInWithEmail(body.email, password)).statusCode).toBe(200);
    const events = (await kit.logbook(org.organisationId, user.id)).map((row) => row.event);
    expect(events.slice(-2)).toEqual(['user.removed', 'user.restored']);
  });

  it('is refused for oneself, and for an unknown id', async () => {
    const { admin, adminUser } = await kit.anOrganisationWithAdmin();
    const self = await send(admin, 'DELETE', `/api/users/${adminUser.userId}`);
    expect(self.statusCode).toBe(422);
    expect(self.json().error.fields).toEqual({ id: 'cannot_remove_self' });
    expect((await send(admin, 'GET', '/api/me')).statusCode).toBe(200);
    expect((await send(admin, 'DELETE', `/api/users/${randomUUID()}`)).statusCode).toBe(404);
  });
});
