import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTestUser, logIn } from '../infra/testing/factories.ts';
import { aFieldRegistration, aMeldingRow, aProjectRow } from '../infra/testing/klic-rows.ts';
import { createTestApp, type TestApp } from '../infra/testing/test-app.ts';
import { aPng } from '../klic/prevention-report/testing/pdf-content.ts';
import { aPhoto } from '../klic/prevention-report/testing/photo-rows.ts';
import { aReportOrg, get, type ReportOrg, valuesOf, workbookOf } from './testing/report-testkit.ts';

// "Alle registraties (Excel)": every field registration of a period, one row each.

let t: TestApp;
let org: ReportOrg;
let noordMelding: string;
const url = '/api/reports/field-registrations-list.xlsx';

beforeAll(async () => {
  t = await createTestApp();
  org = await aReportOrg(t);
  const id = org.organisationId;
  const db = t.database.db;
  const worker = await aTestUser(
    db,
    { organisationId: id, regionIds: [org.noord] },
    { rights: ['fieldWorker'], name: 'Piet Veldman' },
  );
  const noordProject = await aProjectRow(db, id, {
    regionId: org.noord,
    description: 'Glasvezel Dorpsstraat',
  });
  const noord = await aMeldingRow(db, id, { projectId: noordProject.id, subProject: 'Fase 1' });
  noordMelding = noord.meldnummer;
  const zuid = await aMeldingRow(db, id, {
    projectId: (await aProjectRow(db, id, { regionId: org.zuid })).id,
  });
  const trench = await aFieldRegistration(db, id, noord.id, {
    kind: 'proefsleuf',
    position: [155000.5, 463000.25],
    details: { depthCm: 120, found: 'Gasleiding', note: 'Dieper dan getekend' },
    recordedAt: new Date('2026-01-31T23:30:00Z'), // 1 February in Amsterdam
    recordedBy: worker.userId,
  });
  await aPhoto(t, id, trench, aPng(), 'image/png');
  await aPhoto(t, id, trench, aPng(), 'image/png');
  await aFieldRegistration(db, id, noord.id, {
    kind: 'graafschade',
    position: null,
    details: { bronhoudercode: 'VW0001', reportedToOperator: false },
    recordedAt: new Date('2026-01-05T08:00:00Z'),
  });
  await aFieldRegistration(db, id, zuid.id, {
    kind: 'onbekendNet',
    recordedAt: new Date('2026-02-10T12:00:00Z'),
  });
  // After the period, and another organisation's: never in the file.
  await aFieldRegistration(db, id, zuid.id, {
    kind: 'afwijkendeLigging',
    recordedAt: new Date('2026-03-01T12:00:00Z'),
  });
  const theirs = await aReportOrg(t);
  await aFieldRegistration(db, theirs.organisationId, (await aMeldingRow(db, theirs.organisationId)).id, {
    kind: 'graafschade',
    recordedAt: new Date('2026-01-15T12:00:00Z'),
  });
});
afterAll(() => t.close());

const header = (rows: unknown[][]) => rows[0] as string[];
const column = (rows: unknown[][], name: string) => header(rows).indexOf(name);

describe('all field registrations (Excel)', () => {
  it('has one row per registration of the period, oldest first, with details as columns', async () => {
    const { sheets, response } = await workbookOf(t, org.planner, `${url}?from=2026-01-01&to=2026-02-28`);
    expect(response.headers['content-disposition']).toContain(
      'Alle_veldregistraties_01-01-2026_tm_28-02-2026.xlsx',
    );
    const rows = valuesOf(sheets.get('Lijst'));
    expect(header(rows)).toEqual([
      'Datum',
      'Tijd',
      'Soort',
      'Klic nummer',
      'Projectnummer',
      'Omschrijving',
      'Deelproject',
      'Regio',
      'Medewerker',
      'RD x',
      'RD y',
      'Netbeheerder (code)',
      'Gemeld bij netbeheerder',
      'Aangetroffen',
      'Diepte (cm)',
      'Opmerking',
      'Foto’s',
    ]);
    expect(rows).toHaveLength(4);
    const kinds = rows.slice(1).map((row) => row[column(rows, 'Soort')]);
    expect(kinds).toEqual(['Graafschade', 'Proefsleuf', 'Onbekend net']);
    const trench = rows[2] as unknown[];
    expect(trench[column(rows, 'Datum')]).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(trench[column(rows, 'Tijd')]).toBe('00:30');
    expect(trench[column(rows, 'Klic nummer')]).toBe(noordMelding);
    expect(trench[column(rows, 'Omschrijving')]).toBe('Glasvezel Dorpsstraat');
    expect(trench[column(rows, 'Deelproject')]).toBe('Fase 1');
    expect(trench[column(rows, 'Medewerker')]).toBe('Piet Veldman');
    expect(trench[column(rows, 'RD x')]).toBe(155000.5);
    expect(trench[column(rows, 'RD y')]).toBe(463000.25);
    expect(trench[column(rows, 'Diepte (cm)')]).toBe(120);
    expect(trench[column(rows, 'Aangetroffen')]).toBe('Gasleiding');
    expect(trench[column(rows, 'Opmerking')]).toBe('Dieper dan getekend');
    expect(trench[column(rows, 'Foto’s')]).toBe(2);
    expect((rows[1] as unknown[])[column(rows, 'Gemeld bij netbeheerder')]).toBe('Nee');
    expect((rows[1] as unknown[])[column(rows, 'Foto’s')]).toBe(0);
    const filters = valuesOf(sheets.get('Filters'));
    expect(filters).toContainEqual(['Rapportage', 'Alle veldregistraties']);
    expect(filters).toContainEqual(['Aantal rijen', 3]);
  });

  it('keeps to the chosen region, and to the regions a planner sees', async () => {
    const zuidOnly = valuesOf(
      (
        await workbookOf(t, org.planner, `${url}?from=2026-01-01&to=2026-02-28&regionId=${org.zuid}`)
      ).sheets.get('Lijst'),
    );
    expect(zuidOnly.slice(1).map((row) => row[2])).toEqual(['Onbekend net']);
    const noordPlanner = valuesOf(
      (await workbookOf(t, org.noordPlanner, `${url}?from=2026-01-01&to=2026-02-28`)).sheets.get('Lijst'),
    );
    expect(noordPlanner.slice(1).map((row) => row[2])).toEqual(['Graafschade', 'Proefsleuf']);
  });

  it('writes English headers and kinds for an English reader', async () => {
    const { sheets } = await workbookOf(t, org.planner, `${url}?from=2026-01-01&to=2026-02-28`, 'en');
    const rows = valuesOf(sheets.get('List'));
    expect(header(rows).slice(0, 3)).toEqual(['Date', 'Time', 'Type']);
    expect(rows[1]?.[2]).toBe('Excavation damage');
  });

  it('refuses a reversed or too long period (422), another region (404) and users without the right (403)', async () => {
    expect((await get(t, org.planner, `${url}?from=2026-03-01&to=2026-01-01`)).statusCode).toBe(422);
    expect((await get(t, org.planner, `${url}?from=2020-01-01&to=2026-01-01`)).statusCode).toBe(422);
    expect((await get(t, org.planner, `${url}?from=not-a-date`)).statusCode).toBe(422);
    const theirs = await aReportOrg(t);
    expect((await get(t, org.planner, `${url}?regionId=${theirs.noord}`)).statusCode).toBe(404);
    expect((await get(t, org.noordPlanner, `${url}?regionId=${org.zuid}`)).statusCode).toBe(404);
    const admin = await aTestUser(
      t.database.db,
      { organisationId: org.organisationId, regionIds: [] },
      { rights: ['userAdmin', 'fieldWorker'] },
    );
    expect((await get(t, await logIn(t.app, admin), url)).statusCode).toBe(403);
  });
});
