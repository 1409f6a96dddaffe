import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, klicWarningRecipient, klicWarningSettings } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { aMeldingRow, aProjectRow } from '../../infra/testing/klic-rows.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import { createWorkdayCalendar, defaultHolidayRules, toAmsterdamDate } from '../../infra/workdays/index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const calendar = createWorkdayCalendar(defaultHolidayRules);

function send(method: 'GET' | 'PUT', url: string, cookie: string, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    headers: { cookie, origin: testPublicUrl },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

async function anOrganisation() {
  const org = await aTestOrganisation(t.database.db);
  const planner = await aTestUser(t.database.db, org, { rights: ['workPlanner'], name: 'Piet Planner' });
  const admin = await aTestUser(t.database.db, org, { rights: ['userAdmin'], name: 'Anna Admin' });
  const worker = await aTestUser(t.database.db, org, { rights: ['fieldWorker'], name: 'Willem Veld' });
  return {
    org,
    planner,
    admin,
    worker,
    plannerCookie: await logIn(t.app, planner),
    adminCookie: await logIn(t.app, admin),
  };
}

describe('GET /api/klic/warnings', () => {
  it('lists the warnings of today with their counts, and nothing of another organisation', async () => {
    const ours = await anOrganisation();
    const theirs = await anOrganisation();
    const today = toAmsterdamDate(new Date());
    const p = await aProjectRow(t.database.db, ours.org.organisationId);
    const expiresOn = calendar.addWorkingDays(today, 2);
    const m = await aMeldingRow(t.database.db, ours.org.organisationId, { projectId: p.id, expiresOn });
    await aMeldingRow(t.database.db, ours.org.organisationId, {
      projectId: p.id,
      expiresOn: calendar.addWorkingDays(today, -3),
    });
    const response = await send('GET', '/api/klic/warnings', ours.plannerCookie);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      today,
      expiringWithinWorkdays: 5,
      counts: { expiring: 1, expired: 1, partial: 0, evOpen: 0 },
      warnings: [
        { kind: 'expiring', meldingId: m.id, projectNumber: p.number, expiresOn, workdaysLeft: 2 },
        { kind: 'expired', workdaysLeft: expect.any(Number) },
      ],
    });
    const other = await send('GET', '/api/klic/warnings', theirs.plannerCookie);
    expect(other.json()).toMatchObject({ warnings: [], counts: { expiring: 0, expired: 0 } });
  });
});

describe('warning settings', () => {
  it('start at 5 working days and nobody, offering the planners and user admins as recipients', async () => {
    const ours = await anOrganisation();
    const response = await send('GET', '/api/klic/warning-settings', ours.adminCookie);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ expiringWithinWorkdays: 5, recipientUserIds: [] });
    expect(body.candidates.map((c: { name: string }) => c.name).sort()).toEqual([
      'Anna Admin',
      'Piet Planner',
    ]);
  });

  it('are changed by a planner or a user admin, and logged', async () => {
    const ours = await anOrganisation();
    const saved = await send('PUT', '/api/klic/warning-settings', ours.plannerCookie, {
      expiringWithinWorkdays: 10,
      recipientUserIds: [ours.admin.userId, ours.planner.userId, ours.admin.userId],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      expiringWithinWorkdays: 10,
      recipientUserIds: [ours.admin.userId, ours.planner.userId].sort(),
    });
    const byAdmin = await send('PUT', '/api/klic/warning-settings', ours.adminCookie, {
      expiringWithinWorkdays: 20,
      recipientUserIds: [],
    });
    expect(byAdmin.statusCode).toBe(200);
    expect((await send('GET', '/api/klic/warning-settings', ours.plannerCookie)).json()).toMatchObject({
      expiringWithinWorkdays: 20,
      recipientUserIds: [],
    });
    const logged = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.organisationId, ours.org.organisationId),
          eq(auditLog.event, 'klicWarningSettings.updated'),
        ),
      );
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({
      before: { expiringWithinWorkdays: 5 },
      after: { expiringWithinWorkdays: 10 },
    });
  });

  it.each([
    ['0', 0],
    ['21', 21],
    ['text', 'vijf'],
    ['a fraction', 2.5],
    ['missing', undefined],
  ])('refuse N %s with 422 and store nothing', async (_, value) => {
    const ours = await anOrganisation();
    const response = await send('PUT', '/api/klic/warning-settings', ours.plannerCookie, {
      expiringWithinWorkdays: value,
      recipientUserIds: [ours.planner.userId],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.fields).toHaveProperty('expiringWithinWorkdays');
    const stored = await t.database.db
      .select()
      .from(klicWarningSettings)
      .where(eq(klicWarningSettings.organisationId, ours.org.organisationId));
    expect(stored).toEqual([]);
  });

  it('refuse a recipient who is a field worker only, of another organisation, or unknown', async () => {
    const ours = await anOrganisation();
    const theirs = await anOrganisation();
    for (const recipient of [ours.worker.userId, theirs.planner.userId, 'no-such-user']) {
      const response = await send('PUT', '/api/klic/warning-settings', ours.plannerCookie, {
        expiringWithinWorkdays: 5,
        recipientUserIds: [ours.planner.userId, recipient],
      });
      expect(response.statusCode, recipient).toBe(422);
      expect(response.json().error.fields).toEqual({ recipientUserIds: 'unknown_user' });
    }
    const stored = await t.database.db
      .select()
      .from(klicWarningRecipient)
      .where(eq(klicWarningRecipient.organisationId, ours.org.organisationId));
    expect(stored).toEqual([]);
  });

  it('refuse hostile and huge input', async () => {
    const ours = await anOrganisation();
    for (const payload of [
      { expiringWithinWorkdays: 5, recipientUserIds: Array.from({ length: 501 }, (_, i) => `u${i}`) },
      { expiringWithinWorkdays: 5, recipientUserIds: ['x'.repeat(101)] },
      { expiringWithinWorkdays: 5, recipientUserIds: 'all' },
      { expiringWithinWorkdays: 5, recipientUserIds: [{ $ne: null }] },
    ]) {
      const response = await send('PUT', '/api/klic/warning-settings', ours.plannerCookie, payload);
      expect(response.statusCode).toBe(422);
    }
  });
});
