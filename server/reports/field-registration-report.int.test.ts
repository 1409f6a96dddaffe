import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldRegistrationKind } from '../infra/db/schema/index.ts';
import { aFieldRegistration, aMeldingRow, aProjectRow } from '../infra/testing/klic-rows.ts';
import { createTestApp, type TestApp } from '../infra/testing/test-app.ts';
import { aReportOrg, get, type ReportOrg, report, valuesOf, workbookOf } from './testing/report-testkit.ts';

type Kinds = Record<'proefsleuf' | 'graafschade' | 'afwijkendeLigging' | 'onbekendNet' | 'total', number>;
type Registrations = {
  byPeriod: Array<Kinds & { period: string }>;
  byRegion: Array<Kinds & { regionName: string | null }>;
  totals: Kinds;
};

let t: TestApp;
let org: ReportOrg;
const period = 'from=2026-01-01&to=2026-02-28';
const kinds = (values: Partial<Kinds>): Kinds => ({
  proefsleuf: 0,
  graafschade: 0,
  afwijkendeLigging: 0,
  onbekendNet: 0,
  total: 0,
  ...values,
});

beforeAll(async () => {
  t = await createTestApp();
  org = await aReportOrg(t);
  const id = org.organisationId;
  const db = t.database.db;
  const registered = (organisationId: string, meldingId: string, kind: FieldRegistrationKind, at: string) =>
    aFieldRegistration(db, organisationId, meldingId, { kind, recordedAt: new Date(at) });
  const noord = await aMeldingRow(db, id, {
    projectId: (await aProjectRow(db, id, { regionId: org.noord })).id,
  });
  const zuid = await aMeldingRow(db, id, {
    projectId: (await aProjectRow(db, id, { regionId: org.zuid })).id,
  });
  await registered(id, noord.id, 'proefsleuf', '2026-01-05T08:00:00Z');
  await registered(id, noord.id, 'proefsleuf', '2026-01-06T08:00:00Z');
  await registered(id, noord.id, 'graafschade', '2026-01-31T23:30:00Z'); // 1 Feb in Amsterdam
  await registered(id, zuid.id, 'onbekendNet', '2026-02-10T12:00:00Z');
  await registered(id, zuid.id, 'afwijkendeLigging', '2026-03-01T12:00:00Z'); // after the period

  const theirs = await aReportOrg(t);
  const theirMelding = await aMeldingRow(db, theirs.organisationId);
  await registered(theirs.organisationId, theirMelding.id, 'graafschade', '2026-01-15T12:00:00Z');
});
afterAll(() => t.close());

describe('field registrations by type', () => {
  it('counts each type per month (Amsterdam day) and per region, only ours', async () => {
    const result = await report<Registrations>(t, org.planner, `/api/reports/field-registrations?${period}`);
    expect(result.byPeriod).toEqual([
      { period: '2026-01', start: '2026-01-01', ...kinds({ proefsleuf: 2, total: 2 }) },
      { period: '2026-02', start: '2026-02-01', ...kinds({ graafschade: 1, onbekendNet: 1, total: 2 }) },
    ]);
    expect(result.byRegion).toEqual([
      { regionId: org.noord, regionName: 'Noord', ...kinds({ proefsleuf: 2, graafschade: 1, total: 3 }) },
      { regionId: org.zuid, regionName: 'Zuid', ...kinds({ onbekendNet: 1, total: 1 }) },
    ]);
    expect(result.totals).toEqual(kinds({ proefsleuf: 2, graafschade: 1, onbekendNet: 1, total: 4 }));
  });

  it('filters by region and by week', async () => {
    const zuid = await report<Registrations>(
      t,
      org.planner,
      `/api/reports/field-registrations?${period}&regionId=${org.zuid}`,
    );
    expect(zuid.totals).toEqual(kinds({ onbekendNet: 1, total: 1 }));
    const weeks = await report<Registrations>(
      t,
      org.noordPlanner,
      '/api/reports/field-registrations?from=2026-01-05&to=2026-01-11&groupBy=week',
    );
    expect(weeks.byPeriod).toEqual([
      { period: '2026-W02', start: '2026-01-05', ...kinds({ proefsleuf: 2, total: 2 }) },
    ]);
  });

  it('gives the same numbers as an Excel file', async () => {
    const { sheets, response } = await workbookOf(
      t,
      org.planner,
      `/api/reports/field-registrations.xlsx?${period}`,
    );
    expect(response.headers['content-disposition']).toContain(
      'filename="Veldregistraties_01-01-2026_tm_28-02-2026.xlsx"',
    );
    expect(valuesOf(sheets.get('Per periode'))).toEqual([
      ['Periode', 'Begint op', 'Proefsleuf', 'Graafschade', 'Afwijkende ligging', 'Onbekend net', 'Totaal'],
      ['januari 2026', new Date('2026-01-01T00:00:00Z'), 2, 0, 0, 0, 2],
      ['februari 2026', new Date('2026-02-01T00:00:00Z'), 0, 1, 0, 1, 2],
    ]);
    expect(valuesOf(sheets.get('Per regio')).slice(1)).toEqual([
      ['Noord', 2, 1, 0, 0, 3],
      ['Zuid', 0, 0, 0, 1, 1],
    ]);
  });

  it('refuses bad input', async () => {
    for (const query of [
      'from=2026-03-01&to=2026-01-01',
      'from=2019-01-01&to=2026-01-01',
      'groupBy=day',
      'to=31-01-2026',
    ]) {
      const response = await get(t, org.planner, `/api/reports/field-registrations?${query}`);
      expect(response.statusCode, query).toBe(422);
    }
  });
});
