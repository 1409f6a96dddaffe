import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';

// Helpers for the reports' integration tests: an organisation with two regions and its planners, and the
// reports read as JSON or as Excel. Their data is stored directly (server/infra/testing/klic-rows.ts).

/** Noord and Zuid; `planner` sees both, `noordPlanner` only Noord. */
export type ReportOrg = {
  organisationId: string;
  noord: string;
  zuid: string;
  planner: string;
  noordPlanner: string;
};

export async function aReportOrg(t: TestApp): Promise<ReportOrg> {
  const org = await aTestOrganisation(t.database.db);
  const [noord, zuid] = org.regionIds as [string, string];
  const planner = await aTestUser(t.database.db, org, { rights: ['workPlanner'], regionIds: [noord, zuid] });
  const noordPlanner = await aTestUser(t.database.db, org, { rights: ['workPlanner'], regionIds: [noord] });
  return {
    organisationId: org.organisationId,
    noord,
    zuid,
    planner: await logIn(t.app, planner),
    noordPlanner: await logIn(t.app, noordPlanner),
  };
}

export function get(t: TestApp, cookie: string, url: string, language = 'nl-NL') {
  return t.app.inject({
    method: 'GET',
    url,
    headers: { cookie, origin: testPublicUrl, 'accept-language': language },
  });
}

export async function report<T = Record<string, unknown>>(
  t: TestApp,
  cookie: string,
  url: string,
): Promise<T> {
  const response = await get(t, cookie, url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
}

/** The download opened as Excel would: its sheets as rows of cell values (row 1 = header). */
export async function workbookOf(t: TestApp, cookie: string, url: string, language = 'nl-NL') {
  const response = await get(t, cookie, url, language);
  expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
  expect(response.headers['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheets = new Map<string, ExcelJS.Worksheet>();
  for (const sheet of workbook.worksheets) sheets.set(sheet.name, sheet);
  return { response, workbook, sheets };
}

/** A sheet's rows as arrays of values (exceljs rows are 1-based, so the first element is dropped). */
export function valuesOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  if (!sheet) throw new Error('sheet missing');
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}
