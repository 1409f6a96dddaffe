import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workdayCalendarFor } from '../accounts/holiday-rules-repository.ts';
import { klicWarningSettings } from '../infra/db/schema/index.ts';
import { aMeldingRow, aProjectRow } from '../infra/testing/klic-rows.ts';
import { createTestApp, type TestApp } from '../infra/testing/test-app.ts';
import { addCalendarDays, toAmsterdamDate } from '../infra/workdays/index.ts';
import { aReportOrg, get, type ReportOrg, report, valuesOf, workbookOf } from './testing/report-testkit.ts';

type Expiry = {
  items: Array<{
    meldnummer: string;
    expired: boolean;
    workdaysLeft: number;
    expiresOn: string;
    regionName: string;
  }>;
  byRegion: Array<{ regionName: string | null; expired: number; expiring: number }>;
  total: number;
  expired: number;
  expiring: number;
  filters: { withinWorkdays: number; today: string };
};

let t: TestApp;
let org: ReportOrg;
const names: Record<string, string> = {};
const today = toAmsterdamDate(new Date());

beforeAll(async () => {
  t = await createTestApp();
  org = await aReportOrg(t);
  const id = org.organisationId;
  const db = t.database.db;
  const calendar = await workdayCalendarFor(db, id);
  const inWorkdays = (n: number) => calendar.addWorkingDays(today, n);
  const active = await aProjectRow(db, id, {
    regionId: org.noord,
    status: 'inExecution',
    startDate: '2025-05-01',
  });
  const zuid = await aProjectRow(db, id, { regionId: org.zuid, status: 'new' });
  const done = await aProjectRow(db, id, { regionId: org.noord, status: 'completed' });
  const ticked = await aProjectRow(db, id, { regionId: org.noord, klicValidityOverride: true });
  const add = async (name: string, projectId: string | null, expiresOn: string) => {
    names[name] = (await aMeldingRow(db, id, { projectId, expiresOn })).meldnummer;
  };
  await add('expired', active.id, addCalendarDays(today, -2));
  await add('soon', active.id, inWorkdays(3));
  await add('zuidSoon', zuid.id, inWorkdays(1));
  await add('later', active.id, inWorkdays(10));
  await add('done', done.id, inWorkdays(1));
  await add('ticked', ticked.id, addCalendarDays(today, -5));
  await add('unlinked', null, inWorkdays(1));

  const theirs = await aReportOrg(t);
  const theirProject = await aProjectRow(db, theirs.organisationId, { regionId: theirs.noord });
  await aMeldingRow(db, theirs.organisationId, { projectId: theirProject.id, expiresOn: inWorkdays(1) });
});
afterAll(() => t.close());

describe('expiring and expired KLICs', () => {
  it('lists expired ones and those expiring within the warning setting, on active projects only', async () => {
    const result = await report<Expiry>(t, org.planner, '/api/reports/klic-expiry');
    expect(result.filters).toMatchObject({ withinWorkdays: 5, today });
    expect(result.items.map((item) => [item.meldnummer, item.expired, item.workdaysLeft])).toEqual([
      [names.expired, true, expect.any(Number)],
      [names.zuidSoon, false, 1],
      [names.soon, false, 3],
    ]);
    expect(result.items[0]?.workdaysLeft).toBeLessThanOrEqual(0);
    expect(result).toMatchObject({ total: 3, expired: 1, expiring: 2 });
    expect(result.byRegion).toEqual([
      { regionId: org.noord, regionName: 'Noord', expired: 1, expiring: 1 },
      { regionId: org.zuid, regionName: 'Zuid', expired: 0, expiring: 1 },
    ]);
  });

  it('looks further ahead when asked or when the organisation warns earlier', async () => {
    const asked = await report<Expiry>(t, org.planner, '/api/reports/klic-expiry?withinWorkdays=10');
    expect(asked.items.map((item) => item.meldnummer)).toContain(names.later);
    await t.database.db
      .insert(klicWarningSettings)
      .values({ organisationId: org.organisationId, expiringWithinWorkdays: 12 });
    const configured = await report<Expiry>(t, org.planner, '/api/reports/klic-expiry');
    expect(configured.filters.withinWorkdays).toBe(12);
    expect(configured.total).toBe(4);
  });

  it('filters by region and keeps other regions and organisations out', async () => {
    const zuid = await report<Expiry>(t, org.planner, `/api/reports/klic-expiry?regionId=${org.zuid}`);
    expect(zuid.items.map((item) => item.meldnummer)).toEqual([names.zuidSoon]);
    const noordOnly = await report<Expiry>(t, org.noordPlanner, '/api/reports/klic-expiry?withinWorkdays=5');
    expect(noordOnly.items.map((item) => item.meldnummer)).toEqual([names.expired, names.soon]);
  });

  it('gives the same rows as an Excel file with real dates', async () => {
    const { response, sheets } = await workbookOf(
      t,
      org.planner,
      '/api/reports/klic-expiry.xlsx?withinWorkdays=5',
    );
    const day = today.split('-').reverse().join('-');
    expect(response.headers['content-disposition']).toContain(`filename="Verlopende_klics_${day}.xlsx"`);
    const rows = valuesOf(sheets.get('Lijst'));
    expect(rows[0]).toEqual([
      'Klic nummer',
      'Verloopdatum',
      'Geldigheid',
      'Werkdagen tot verlopen',
      'Status klic',
      'Projectnummer',
      'Omschrijving',
      'Startdatum',
      'Regio',
    ]);
    expect(rows.slice(1).map((row) => [row[0], row[2], row[8]])).toEqual([
      [names.expired, 'Verlopen', 'Noord'],
      [names.zuidSoon, 'Verloopt binnenkort', 'Zuid'],
      [names.soon, 'Verloopt binnenkort', 'Noord'],
    ]);
    expect(rows[1]?.[1]).toEqual(new Date(`${addCalendarDays(today, -2)}T00:00:00Z`));
    expect(rows[1]?.[7]).toEqual(new Date('2025-05-01T00:00:00Z'));
  });

  it('refuses a look-ahead outside 1–60 working days and a region of another organisation', async () => {
    for (const query of [
      'withinWorkdays=0',
      'withinWorkdays=61',
      'withinWorkdays=drie',
      'withinWorkdays=1.5',
    ]) {
      const response = await get(t, org.planner, `/api/reports/klic-expiry?${query}`);
      expect(response.statusCode, query).toBe(422);
      expect(response.json().error.fields).toHaveProperty('withinWorkdays');
    }
    const theirs = await aReportOrg(t);
    const response = await get(t, org.planner, `/api/reports/klic-expiry.xlsx?regionId=${theirs.noord}`);
    expect(response.statusCode).toBe(404);
  });
});
