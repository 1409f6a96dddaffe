import { eq, sql } from 'drizzle-orm';
import { workdayCalendarFor } from '../accounts/holiday-rules-repository.ts';
import type { Database } from '../infra/db/database.ts';
import { klicWarningSettings } from '../infra/db/schema/index.ts';
import { type IsoDate, toAmsterdamDate } from '../infra/workdays/index.ts';
import { type ReportScope, regionCondition, regionNameOf, rowsOf } from './report-scope.ts';

type Row = {
  melding_id: string;
  meldnummer: string;
  state: 'requested' | 'partial' | 'complete';
  expires_on: string;
  project_id: string;
  project_number: string;
  project_description: string;
  start_date: string | null;
  region_id: string | null;
};

/** "Waarschuwingen instellen" decides how far ahead the report looks unless the caller chose. */
async function warningWorkdays(db: Database, organisationId: string): Promise<number> {
  const [settings] = await db
    .select({ days: klicWarningSettings.expiringWithinWorkdays })
    .from(klicWarningSettings)
    .where(eq(klicWarningSettings.organisationId, organisationId));
  return settings?.days ?? 5;
}

/**
 * Expired KLICs and those that expire within N working days (the organisation's calendar), on active
 * projects (new or in execution) whose "Geldigheid Klic > 20 werkdagen" box is not ticked: the KLICs a
 * planner must renew. Expired = the Verloopdatum is before today.
 */
export async function klicExpiryReport(
  db: Database,
  scope: ReportScope,
  options: { withinWorkdays?: number | undefined; limit: number },
) {
  const today: IsoDate = toAmsterdamDate(new Date());
  const withinWorkdays = options.withinWorkdays ?? (await warningWorkdays(db, scope.organisationId));
  const calendar = await workdayCalendarFor(db, scope.organisationId);
  const horizon = calendar.addWorkingDays(today, withinWorkdays);
  const where = sql`m.organisation_id = ${scope.organisationId} and m.expires_on <= ${horizon}::date
    and p.status in ('new', 'inExecution') and not p.klic_validity_override
    and ${regionCondition(scope, sql`p.region_id`)}`;
  const [rows, counted] = await Promise.all([
    db.execute(sql`
      select m.id as melding_id, m.meldnummer, m.state, m.expires_on::text as expires_on,
             p.id as project_id, p.number as project_number, p.description as project_description,
             p.start_date::text as start_date, p.region_id
      from klic_meldingen m join projects p on p.id = m.project_id
      where ${where}
      order by m.expires_on, p.number, m.meldnummer
      limit ${options.limit}`),
    db.execute(sql`
      select p.region_id, count(*)::int as total,
             count(*) filter (where m.expires_on < ${today}::date)::int as expired
      from klic_meldingen m join projects p on p.id = m.project_id where ${where}
      group by p.region_id`),
  ]);
  const items = rowsOf<Row>(rows).map((row) => ({
    meldingId: row.melding_id,
    meldnummer: row.meldnummer,
    state: row.state,
    expiresOn: row.expires_on,
    expired: row.expires_on < today,
    workdaysLeft: calendar.workingDaysBetween(today, row.expires_on),
    projectId: row.project_id,
    projectNumber: row.project_number,
    projectDescription: row.project_description,
    startDate: row.start_date,
    regionId: row.region_id,
    regionName: regionNameOf(scope, row.region_id),
  }));
  const byRegion = rowsOf<{ region_id: string | null; total: number; expired: number }>(counted)
    .map((row) => ({
      regionId: row.region_id,
      regionName: regionNameOf(scope, row.region_id),
      expired: row.expired,
      expiring: row.total - row.expired,
    }))
    .sort((a, b) => (a.regionName ?? '\uffff').localeCompare(b.regionName ?? '\uffff', 'nl'));
  const expired = byRegion.reduce((sum, region) => sum + region.expired, 0);
  const expiring = byRegion.reduce((sum, region) => sum + region.expiring, 0);
  return { today, withinWorkdays, horizon, items, byRegion, total: expired + expiring, expired, expiring };
}
