import { sql } from 'drizzle-orm';
import type { Database } from '../infra/db/database.ts';
import { type ReportScope, regionCondition, regionNameOf, rowsOf } from './report-scope.ts';

type Row = {
  id: string;
  melding_id: string;
  meldnummer: string;
  expires_on: string | null;
  project_id: string | null;
  project_number: string | null;
  project_description: string | null;
  start_date: string | null;
  region_id: string | null;
  bronhoudercode: string;
  operator_name: string | null;
};

/** The operator's name as the current delivery names it (bronhoudercode when it does not). */
const operatorName = sql`(
  select nb->>'naam' from klic_deliveries d, jsonb_array_elements(d.summary->'netbeheerders') nb
  where d.id = m.current_delivery_id and nb->>'bronhoudercode' = h.bronhoudercode limit 1)`;

/**
 * The EVs not handled yet: one row per KLIC × operator demanding an eisVoorzorgsmaatregel, with the
 * project and its start date, soonest start first (no start date last); and the count per operator.
 */
export async function openEvReport(db: Database, scope: ReportScope, options: { limit: number }) {
  const where = sql`h.organisation_id = ${scope.organisationId} and h.status = 'open'
    and ${regionCondition(scope, sql`p.region_id`)}`;
  const from = sql`klic_ev_handlings h join klic_meldingen m on m.id = h.melding_id
    left join projects p on p.id = m.project_id`;
  const [rows, perOperator] = await Promise.all([
    db.execute(sql`
      select h.id, m.id as melding_id, m.meldnummer, m.expires_on::text as expires_on,
             p.id as project_id, p.number as project_number, p.description as project_description,
             p.start_date::text as start_date, p.region_id, h.bronhoudercode, ${operatorName} as operator_name
      from ${from} where ${where}
      order by p.start_date nulls last, p.number nulls last, m.meldnummer, h.bronhoudercode
      limit ${options.limit}`),
    db.execute(sql`
      select coalesce(${operatorName}, h.bronhoudercode) as operator_name, count(*)::int as count
      from ${from} where ${where} group by 1 order by 2 desc, 1`),
  ]);
  const items = rowsOf<Row>(rows).map((row) => ({
    id: row.id,
    meldingId: row.melding_id,
    meldnummer: row.meldnummer,
    expiresOn: row.expires_on,
    projectId: row.project_id,
    projectNumber: row.project_number,
    projectDescription: row.project_description,
    startDate: row.start_date,
    regionId: row.region_id,
    regionName: regionNameOf(scope, row.region_id),
    bronhoudercode: row.bronhoudercode,
    operatorName: row.operator_name ?? row.bronhoudercode,
  }));
  const byOperator = rowsOf<{ operator_name: string; count: number }>(perOperator).map((row) => ({
    operatorName: row.operator_name,
    count: row.count,
  }));
  return { items, byOperator, total: byOperator.reduce((sum, row) => sum + row.count, 0) };
}
