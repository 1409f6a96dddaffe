import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import {
  fieldRegistration,
  klicDelivery,
  klicEvHandling,
  klicMelding,
  type ProjectStatus,
  project,
} from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import type { DeliverySummary } from '../../klic/imkl/imkl-model.ts';

// Helpers for the reports' integration tests: an organisation with two regions and data stored directly
// (the intake and the field app are tested elsewhere).

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

export async function aProjectIn(
  t: TestApp,
  organisationId: string,
  regionId: string | null,
  fields: {
    status?: ProjectStatus;
    startDate?: string | null;
    klicValidityOverride?: boolean;
    description?: string;
  } = {},
): Promise<{ id: string; number: string }> {
  const number = `P-${randomUUID().slice(0, 8)}`;
  const [row] = await t.database.db
    .insert(project)
    .values({ organisationId, regionId, number, description: `Project ${number}`, ...fields })
    .returning({ id: project.id, number: project.number });
  return row as { id: string; number: string };
}

type MeldingFields = Partial<typeof klicMelding.$inferInsert>;

export async function aMelding(t: TestApp, organisationId: string, fields: MeldingFields = {}) {
  const [row] = await t.database.db
    .insert(klicMelding)
    .values({ organisationId, meldnummer: `26O${randomUUID().slice(0, 7)}`, state: 'complete', ...fields })
    .returning({ id: klicMelding.id, meldnummer: klicMelding.meldnummer });
  return row as { id: string; meldnummer: string };
}

/** A delivery that arrived at `arrivedAt`, naming the operators; it becomes the melding's current one. */
export async function aDelivery(
  t: TestApp,
  organisationId: string,
  meldingId: string,
  arrivedAt: Date,
  operators: Array<{ code: string; name: string; ev?: boolean }> = [],
  volgnummer = 1,
) {
  const summary = {
    netbeheerders: operators.map((each) => ({
      bronhoudercode: each.code,
      naam: each.name,
      eisVoorzorgsmaatregel: each.ev ?? false,
    })),
  } as unknown as DeliverySummary;
  const [row] = await t.database.db
    .insert(klicDelivery)
    .values({
      organisationId,
      meldingId,
      volgnummer,
      complete: true,
      zipBlobKey: `test/${randomUUID()}`,
      zipSha256: randomUUID(),
      zipBytes: 1,
      gmlBytes: 1,
      summary,
      createdAt: arrivedAt,
    })
    .returning({ id: klicDelivery.id });
  await t.database.db
    .update(klicMelding)
    .set({ currentDeliveryId: row?.id as string })
    .where(eq(klicMelding.id, meldingId));
  return row?.id as string;
}

export async function anEvHandling(
  t: TestApp,
  organisationId: string,
  meldingId: string,
  bronhoudercode: string,
  status: 'open' | 'handled' | 'noInterest' = 'open',
) {
  await t.database.db.insert(klicEvHandling).values({ organisationId, meldingId, bronhoudercode, status });
}

export async function aFieldRegistration(
  t: TestApp,
  organisationId: string,
  meldingId: string,
  kind: (typeof fieldRegistration.$inferInsert)['kind'],
  recordedAt: Date,
) {
  await t.database.db.insert(fieldRegistration).values({
    organisationId,
    meldingId,
    kind,
    details: {},
    recordedAt,
    idempotencyKey: randomUUID(),
  });
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
