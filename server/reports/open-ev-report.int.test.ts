import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCurrentDelivery, aMeldingRow, anEvHandling, aProjectRow } from '../infra/testing/klic-rows.ts';
import { createTestApp, type TestApp } from '../infra/testing/test-app.ts';
import { aReportOrg, get, type ReportOrg, report, valuesOf, workbookOf } from './testing/report-testkit.ts';

type OpenEvs = {
  items: Array<{
    meldnummer: string;
    projectNumber: string | null;
    startDate: string | null;
    bronhoudercode: string;
    operatorName: string;
    regionName: string | null;
  }>;
  byOperator: Array<{ operatorName: string; count: number }>;
  total: number;
};

let t: TestApp;
let org: ReportOrg;
const m: Record<string, { meldnummer: string }> = {};
const p: Record<string, { id: string; number: string }> = {};

beforeAll(async () => {
  t = await createTestApp();
  org = await aReportOrg(t);
  const id = org.organisationId;
  const db = t.database.db;
  p.soon = await aProjectRow(db, id, { regionId: org.noord, startDate: '2026-03-02' });
  p.later = await aProjectRow(db, id, { regionId: org.zuid, startDate: '2026-06-01' });
  p.none = await aProjectRow(db, id, { regionId: org.noord });
  const operators = [
    { bronhoudercode: 'KL1000', naam: 'Stedin', eisVoorzorgsmaatregel: true },
    { bronhoudercode: 'KL2000', naam: 'Vitens', eisVoorzorgsmaatregel: true },
  ];
  const withEvs = async (
    name: string,
    projectId: string | null,
    codes: Array<[string, 'open' | 'handled']>,
  ) => {
    const melding = await aMeldingRow(db, id, { projectId });
    await aCurrentDelivery(db, id, melding.id, { arrivedAt: new Date('2026-01-10T10:00:00Z'), operators });
    for (const [code, status] of codes) await anEvHandling(db, id, melding.id, code, status);
    m[name] = melding;
  };
  await withEvs('later', p.later.id, [['KL1000', 'open']]);
  await withEvs('soon', p.soon.id, [
    ['KL1000', 'open'],
    ['KL2000', 'open'],
  ]);
  await withEvs('handled', p.soon.id, [['KL2000', 'handled']]);
  await withEvs('none', p.none.id, [['KL9999', 'open']]);
  await withEvs('unlinked', null, [['KL2000', 'open']]);

  const theirs = await aReportOrg(t);
  const theirMelding = await aMeldingRow(db, theirs.organisationId);
  await anEvHandling(db, theirs.organisationId, theirMelding.id, 'KL1000');
});
afterAll(() => t.close());

describe('open EVs', () => {
  it('lists each open EV per KLIC and operator, soonest start first, with the operator’s name', async () => {
    const result = await report<OpenEvs>(t, org.planner, '/api/reports/open-evs');
    expect(
      result.items.map((row) => [
        row.meldnummer,
        row.projectNumber,
        row.startDate,
        row.operatorName,
        row.regionName,
      ]),
    ).toEqual([
      [m.soon?.meldnummer, p.soon?.number, '2026-03-02', 'Stedin', 'Noord'],
      [m.soon?.meldnummer, p.soon?.number, '2026-03-02', 'Vitens', 'Noord'],
      [m.later?.meldnummer, p.later?.number, '2026-06-01', 'Stedin', 'Zuid'],
      // Not named by the delivery: the code stands in for the name.
      [m.none?.meldnummer, p.none?.number, null, 'KL9999', 'Noord'],
      [m.unlinked?.meldnummer, null, null, 'Vitens', null],
    ]);
    expect(result.byOperator).toEqual([
      { operatorName: 'Stedin', count: 2 },
      { operatorName: 'Vitens', count: 2 },
      { operatorName: 'KL9999', count: 1 },
    ]);
    expect(result.total).toBe(5);
  });

  it('filters by region; a planner sees their regions and the unlinked KLICs', async () => {
    const zuid = await report<OpenEvs>(t, org.planner, `/api/reports/open-evs?regionId=${org.zuid}`);
    expect(zuid.items.map((row) => row.meldnummer)).toEqual([m.later?.meldnummer]);
    const noordPlanner = await report<OpenEvs>(t, org.noordPlanner, '/api/reports/open-evs');
    expect(noordPlanner.total).toBe(4);
    expect(noordPlanner.items.some((row) => row.regionName === 'Zuid')).toBe(false);
  });

  it('gives the same rows as an Excel file', async () => {
    const { sheets, response } = await workbookOf(
      t,
      org.planner,
      `/api/reports/open-evs.xlsx?regionId=${org.noord}`,
    );
    expect(response.headers['content-disposition']).toMatch(/filename="Open_EVs_\d{2}-\d{2}-\d{4}\.xlsx"/);
    const rows = valuesOf(sheets.get('Lijst'));
    expect(rows[0]).toEqual([
      'Projectnummer',
      'Omschrijving',
      'Startdatum',
      'Klic nummer',
      'Netbeheerder',
      'Bronhoudercode',
      'Verloopdatum',
      'Regio',
    ]);
    expect(rows.slice(1).map((row) => [row[2], row[3], row[4], row[5]])).toEqual(
      [
        [new Date('2026-03-02T00:00:00Z'), m.soon?.meldnummer, 'Stedin', 'KL1000'],
        [new Date('2026-03-02T00:00:00Z'), m.soon?.meldnummer, 'Vitens', 'KL2000'],
        [undefined, m.none?.meldnummer, 'KL9999', 'KL9999'],
      ].map((row) => row.slice(0)),
    );
  });

  it('writes text that looks like a formula as text, never as a formula', async () => {
    const other = await aReportOrg(t);
    const db = t.database.db;
    const project = await aProjectRow(db, other.organisationId, {
      regionId: other.noord,
      description: '=HYPERLINK("x","y")',
    });
    const melding = await aMeldingRow(db, other.organisationId, { projectId: project.id });
    await anEvHandling(db, other.organisationId, melding.id, '=1+1');
    const { sheets } = await workbookOf(t, other.planner, '/api/reports/open-evs.xlsx');
    const sheet = sheets.get('Lijst');
    expect(sheet?.getCell('B2').value).toBe('=HYPERLINK("x","y")');
    expect(sheet?.getCell('F2').value).toBe('=1+1');
    expect(sheet?.getCell('B2').formula).toBeUndefined();
  });

  it('answers 404 for a region of another organisation and 422 for a malformed one', async () => {
    const theirs = await aReportOrg(t);
    expect((await get(t, org.planner, `/api/reports/open-evs?regionId=${theirs.zuid}`)).statusCode).toBe(404);
    expect((await get(t, org.planner, '/api/reports/open-evs?regionId=')).statusCode).toBe(422);
  });
});
