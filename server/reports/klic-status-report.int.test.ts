import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCurrentDelivery, aMeldingRow, aProjectRow } from '../infra/testing/klic-rows.ts';
import { createTestApp, type TestApp } from '../infra/testing/test-app.ts';
import { aReportOrg, get, type ReportOrg, report, valuesOf, workbookOf } from './testing/report-testkit.ts';

type Counts = Record<'requested' | 'partial' | 'complete' | 'linked' | 'unlinked' | 'total', number>;
type KlicStatus = {
  byPeriod: Array<Counts & { period: string; start: string }>;
  byRegion: Array<Counts & { regionId: string | null; regionName: string | null }>;
  totals: Counts;
};

let t: TestApp;
let org: ReportOrg;
const quarter = 'from=2025-01-01&to=2025-03-31';
const counts = (values: Partial<Counts>): Counts => ({
  requested: 0,
  partial: 0,
  complete: 0,
  linked: 0,
  unlinked: 0,
  total: 0,
  ...values,
});

beforeAll(async () => {
  t = await createTestApp();
  org = await aReportOrg(t);
  const id = org.organisationId;
  const db = t.database.db;
  const noord = await aProjectRow(db, id, { regionId: org.noord });
  const zuid = await aProjectRow(db, id, { regionId: org.zuid });
  const m1 = await aMeldingRow(db, id, { projectId: noord.id, state: 'complete', meldingDate: '2025-01-15' });
  const m2 = await aMeldingRow(db, id, { projectId: noord.id, state: 'partial', meldingDate: '2025-01-20' });
  await aMeldingRow(db, id, { projectId: zuid.id, state: 'requested', meldingDate: '2025-02-03' });
  const m4 = await aMeldingRow(db, id, { state: 'complete', meldingDate: '2025-03-31' });
  await aMeldingRow(db, id, { projectId: noord.id, state: 'complete', meldingDate: '2024-12-31' });
  await aMeldingRow(db, id, { projectId: noord.id, state: 'requested' });
  // 23:30 UTC on 31 January is 1 February in Amsterdam.
  await aCurrentDelivery(db, id, m1.id, { arrivedAt: new Date('2025-01-31T23:30:00Z') });
  await aCurrentDelivery(db, id, m2.id, { arrivedAt: new Date('2025-01-21T10:00:00Z'), volgnummer: 1 });
  await aCurrentDelivery(db, id, m2.id, { arrivedAt: new Date('2025-03-05T10:00:00Z'), volgnummer: 2 });
  await aCurrentDelivery(db, id, m4.id, { arrivedAt: new Date('2025-04-01T10:00:00Z') });

  const theirs = await aReportOrg(t);
  const theirProject = await aProjectRow(db, theirs.organisationId, { regionId: theirs.noord });
  for (let i = 0; i < 3; i++) {
    await aMeldingRow(db, theirs.organisationId, { projectId: theirProject.id, meldingDate: '2025-01-15' });
  }
  await aMeldingRow(db, theirs.organisationId, { meldingDate: '2025-03-01' });
});
afterAll(() => t.close());

describe('KLICs by status', () => {
  it('counts per month by status and link, per region, only in the period and only ours', async () => {
    const result = await report<KlicStatus>(t, org.planner, `/api/reports/klic-status?${quarter}`);
    expect(result.byPeriod).toEqual([
      { period: '2025-01', start: '2025-01-01', ...counts({ complete: 1, partial: 1, linked: 2, total: 2 }) },
      { period: '2025-02', start: '2025-02-01', ...counts({ requested: 1, linked: 1, total: 1 }) },
      { period: '2025-03', start: '2025-03-01', ...counts({ complete: 1, unlinked: 1, total: 1 }) },
    ]);
    expect(result.byRegion).toEqual([
      {
        regionId: org.noord,
        regionName: 'Noord',
        ...counts({ complete: 1, partial: 1, linked: 2, total: 2 }),
      },
      { regionId: org.zuid, regionName: 'Zuid', ...counts({ requested: 1, linked: 1, total: 1 }) },
      { regionId: null, regionName: null, ...counts({ complete: 1, unlinked: 1, total: 1 }) },
    ]);
    expect(result.totals).toEqual(
      counts({ requested: 1, partial: 1, complete: 2, linked: 3, unlinked: 1, total: 4 }),
    );
  });

  it('counts one region when one is chosen', async () => {
    const result = await report<KlicStatus>(
      t,
      org.planner,
      `/api/reports/klic-status?${quarter}&regionId=${org.zuid}`,
    );
    expect(result.totals).toEqual(counts({ requested: 1, linked: 1, total: 1 }));
    expect(result.byRegion.map((region) => region.regionName)).toEqual(['Zuid']);
  });

  it('shows a planner only their regions and the unlinked KLICs', async () => {
    const result = await report<KlicStatus>(t, org.noordPlanner, `/api/reports/klic-status?${quarter}`);
    expect(result.totals.total).toBe(3);
    expect(result.byRegion.map((region) => region.regionName)).toEqual(['Noord', null]);
    const refused = await get(
      t,
      org.noordPlanner,
      `/api/reports/klic-status?${quarter}&regionId=${org.zuid}`,
    );
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.reason).toBe('reports.region_not_found');
  });

  it('counts by the day the first delivery arrived (Amsterdam time) when asked', async () => {
    const result = await report<KlicStatus>(
      t,
      org.planner,
      `/api/reports/klic-status?${quarter}&basis=received`,
    );
    expect(result.byPeriod.map((each) => [each.period, each.total])).toEqual([
      ['2025-01', 1],
      ['2025-02', 1],
      ['2025-03', 0],
    ]);
    expect(result.totals).toEqual(counts({ partial: 1, complete: 1, linked: 2, total: 2 }));
  });

  it('groups by ISO week', async () => {
    const result = await report<KlicStatus>(
      t,
      org.planner,
      '/api/reports/klic-status?from=2025-01-13&to=2025-01-26&groupBy=week',
    );
    expect(result.byPeriod.map((each) => [each.period, each.start, each.total])).toEqual([
      ['2025-W03', '2025-01-13', 1],
      ['2025-W04', '2025-01-20', 1],
    ]);
  });

  it('gives the same numbers as an Excel file with Dutch headers, real dates and the filters', async () => {
    const { response, sheets } = await workbookOf(t, org.planner, `/api/reports/klic-status.xlsx?${quarter}`);
    expect(response.headers['content-disposition']).toContain(
      'filename="Klics_per_status_01-01-2025_tm_31-03-2025.xlsx"',
    );
    expect([...sheets.keys()]).toEqual(['Per periode', 'Per regio', 'Filters']);
    const perPeriod = sheets.get('Per periode');
    expect(valuesOf(perPeriod)).toEqual([
      [
        'Periode',
        'Begint op',
        'Aangevraagd',
        'Deels geleverd',
        'Volledig geleverd',
        'Gekoppeld',
        'Ongekoppeld',
        'Totaal',
      ],
      ['januari 2025', new Date('2025-01-01T00:00:00Z'), 0, 1, 1, 2, 0, 2],
      ['februari 2025', new Date('2025-02-01T00:00:00Z'), 1, 0, 0, 1, 0, 1],
      ['maart 2025', new Date('2025-03-01T00:00:00Z'), 0, 0, 1, 0, 1, 1],
    ]);
    expect(perPeriod?.getCell('B2').numFmt).toBe('dd-mm-yyyy');
    expect(perPeriod?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(perPeriod?.autoFilter).toBeTruthy();
    expect(valuesOf(sheets.get('Per regio')).slice(1)).toEqual([
      ['Noord', 0, 1, 1, 2, 0, 2],
      ['Zuid', 1, 0, 0, 1, 0, 1],
      ['Geen regio (ongekoppeld)', 0, 0, 1, 0, 1, 1],
    ]);
    const filters = valuesOf(sheets.get('Filters'));
    expect(filters).toEqual(
      expect.arrayContaining([
        ['Rapportage', 'Klics per status'],
        ['Regio', 'Alle regio’s'],
        ['Periode van', new Date('2025-01-01T00:00:00Z')],
        ['Periode tot en met', new Date('2025-03-31T00:00:00Z')],
        ['Groeperen per', 'Maand'],
        ['Datum', 'Meldingsdatum'],
        ['Aantal rijen', 4],
      ]),
    );
  });

  it('writes English headers for an English reader', async () => {
    const { sheets } = await workbookOf(t, org.planner, `/api/reports/klic-status.xlsx?${quarter}`, 'en');
    expect([...sheets.keys()]).toEqual(['By period', 'By region', 'Filters']);
    expect(valuesOf(sheets.get('By period'))[1]?.[0]).toBe('January 2025');
  });

  it('refuses a reversed or too long period, bad dates and unknown groupings', async () => {
    const cases: Array<[string, Record<string, string>]> = [
      ['from=2025-03-01&to=2025-02-01', { to: 'before_from' }],
      ['from=2020-01-01&to=2025-01-01', { to: 'period_too_long' }],
      ['from=2025-02-30&to=2025-03-01', { from: expect.any(String) }],
      ['from=morgen', { from: expect.any(String) }],
      [`${quarter}&groupBy=year`, { groupBy: expect.any(String) }],
      [`${quarter}&basis=invoice`, { basis: expect.any(String) }],
      [`${quarter}&regionId=${'x'.repeat(5000)}`, { regionId: expect.any(String) }],
    ];
    for (const [query, fields] of cases) {
      for (const url of [`/api/reports/klic-status?${query}`, `/api/reports/klic-status.xlsx?${query}`]) {
        const response = await get(t, org.planner, url);
        expect(response.statusCode, url).toBe(422);
        expect(response.json().error.fields, url).toEqual(fields);
      }
    }
    const fiveYears = await get(t, org.planner, '/api/reports/klic-status?from=2020-01-01&to=2024-12-31');
    expect(fiveYears.statusCode).toBe(200);
  });
});
