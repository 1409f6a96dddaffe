import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function anOrganisationWithAdminAndPlanner() {
  const org = await aTestOrganisation(t.database.db);
  const admin = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['userAdmin'] }));
  const planner = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['workPlanner'] }));
  return { org, admin, planner };
}

const put = (cookie: string, payload: unknown) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/organisation/holiday-rules',
    headers: { cookie, origin: testPublicUrl },
    payload: payload as object,
  });

const holidays = (cookie: string, year: number) =>
  t.app.inject({ method: 'GET', url: `/api/organisation/holidays?year=${year}`, headers: { cookie } });

describe('holiday rules per organisation', () => {
  it('start with the national holidays: 2026 has 255 working days and no Goede Vrijdag off', async () => {
    const { planner } = await anOrganisationWithAdminAndPlanner();
    const response = await holidays(planner, 2026);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.workingDays).toBe(255);
    expect(body.holidays.map((h: { date: string }) => h.date)).toContain('2026-04-27');
    expect(body.holidays.map((h: { date: string }) => h.date)).not.toContain('2026-04-03');
  });

  it('let a user admin add Goede Vrijdag and a company closing day, for their organisation only', async () => {
    const ours = await anOrganisationWithAdminAndPlanner();
    const theirs = await anOrganisationWithAdminAndPlanner();
    const saved = await put(ours.admin, {
      goedeVrijdag: true,
      bevrijdingsdag: 'lustrum',
      extraClosedDays: ['2026-12-31', '2026-12-31'],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().rules.extraClosedDays).toEqual(['2026-12-31']);
    const ourYear = (await holidays(ours.planner, 2026)).json();
    expect(ourYear.workingDays).toBe(253);
    expect(ourYear.holidays).toContainEqual({ date: '2026-04-03', name: 'Goede Vrijdag', kind: 'cao' });
    expect((await holidays(theirs.planner, 2026)).json().workingDays).toBe(255);
    const [logged] = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.organisationId, ours.org.organisationId),
          eq(auditLog.event, 'holiday_rules.changed'),
        ),
      );
    expect(logged?.before).toEqual({ goedeVrijdag: false, extraClosedDays: [] });
    expect(logged?.after).toEqual({ goedeVrijdag: true, extraClosedDays: ['2026-12-31'] });
  });

  it('refuse a planner (403), a visitor without session (401) and a malformed date (422)', async () => {
    const { admin, planner } = await anOrganisationWithAdminAndPlanner();
    const rules = { goedeVrijdag: false, bevrijdingsdag: 'never', extraClosedDays: [] };
    expect((await put(planner, rules)).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'PUT', url: '/api/organisation/holiday-rules', payload: rules }))
        .statusCode,
    ).toBe(401);
    const bad = await put(admin, { ...rules, extraClosedDays: ['31-12-2026'] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields).toHaveProperty(['extraClosedDays.0']);
  });
});
