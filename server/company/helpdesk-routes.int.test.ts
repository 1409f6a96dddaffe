import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organisationHelpdesk } from '../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn, type TestOrganisation } from '../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../infra/testing/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const contact = {
  name: 'Servicedesk Grondwerken',
  email: 'support@grondwerken.example',
  phone: '0343 593 587',
  hours: 'werkdagen 9–17 uur',
  note: 'Bel bij spoed.\nMail voor al het andere.',
};

async function anOrganisation() {
  const org: TestOrganisation = await aTestOrganisation(t.database.db);
  const cookie = async (rights: Array<'userAdmin' | 'workPlanner' | 'fieldWorker'>) =>
    logIn(t.app, await aTestUser(t.database.db, org, { rights }));
  return {
    org,
    admin: await cookie(['userAdmin']),
    planner: await cookie(['workPlanner']),
    field: await cookie(['fieldWorker']),
  };
}

const read = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/helpdesk', headers: { cookie } });
const save = (cookie: string, payload: object) =>
  t.app.inject({ method: 'PUT', url: '/api/helpdesk', headers: { cookie, origin: testPublicUrl }, payload });

describe('Helpdesk', () => {
  it('is empty (null) until a user admin fills it in; then every member reads it', async () => {
    const { org, admin, field } = await anOrganisation();
    expect((await read(field)).json()).toEqual({ helpdesk: null });
    const saved = await save(admin, { ...contact, email: ' support@grondwerken.example ' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().helpdesk).toMatchObject(contact);
    expect((await read(field)).json().helpdesk).toMatchObject(contact);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, org.organisationId));
    expect(entry).toMatchObject({
      event: 'helpdesk.updated',
      before: { name: '', email: '' },
      after: { name: contact.name, email: contact.email, phone: contact.phone },
    });
  });

  it('logs only what changed, and clears it when every field is emptied', async () => {
    const { org, admin, planner } = await anOrganisation();
    await save(admin, contact);
    await save(admin, { ...contact, hours: 'ma–vr 8–16 uur' });
    await save(admin, { ...contact, hours: 'ma–vr 8–16 uur' });
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, org.organisationId));
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({
      before: { hours: contact.hours },
      after: { hours: 'ma–vr 8–16 uur' },
    });
    expect(Object.keys(entries[1]?.after ?? {})).toEqual(['hours']);
    expect((await save(admin, {})).json()).toEqual({ helpdesk: null });
    expect((await read(planner)).json()).toEqual({ helpdesk: null });
  });

  it('may be changed by user admins only (403 for planners and field workers)', async () => {
    const { planner, field, admin } = await anOrganisation();
    expect((await save(planner, contact)).statusCode).toBe(403);
    expect((await save(field, contact)).statusCode).toBe(403);
    expect((await read(admin)).json()).toEqual({ helpdesk: null });
  });

  it('refuses a bad e-mail address or phone number, control characters and too long text with 422', async () => {
    const { admin, org } = await anOrganisation();
    const refused = [
      { email: 'geen-adres' },
      { email: 'a@b' },
      { email: `${'x'.repeat(250)}@example.test` },
      { phone: 'bel maar' },
      { phone: '12345' },
      { phone: '0'.repeat(16) },
      { phone: '06-1234<script>' },
      { name: 'x'.repeat(101) },
      { name: 'Servicedesk\u0000' },
      { hours: 'a\nb' },
      { note: 'x'.repeat(1001) },
      { note: 'bel\u0007' },
      { name: 42 },
    ];
    for (const change of refused) {
      const response = await save(admin, { ...contact, ...change });
      expect(response.statusCode, JSON.stringify(change)).toBe(422);
      expect(Object.keys(response.json().error.fields ?? {}), JSON.stringify(change)).toEqual([
        Object.keys(change)[0],
      ]);
    }
    const huge = await save(admin, { ...contact, note: 'x'.repeat(2_000_000) });
    expect(huge.statusCode).toBe(413);
    const stored = await t.database.db
      .select()
      .from(organisationHelpdesk)
      .where(eq(organisationHelpdesk.organisationId, org.organisationId));
    expect(stored).toEqual([]);
    for (const phone of ['+31 (0)343-593587', '0343.593.587', '112233']) {
      expect((await save(admin, { ...contact, phone })).statusCode, phone).toBe(200);
    }
  });

  it("never shows or changes another organisation's helpdesk", async () => {
    const ours = await anOrganisation();
    const theirs = await anOrganisation();
    await save(ours.admin, contact);
    expect((await read(theirs.field)).json()).toEqual({ helpdesk: null });
    await save(theirs.admin, { ...contact, name: 'Hun helpdesk' });
    expect((await read(ours.field)).json().helpdesk.name).toBe(contact.name);
  });
});
