import { sql } from 'drizzle-orm';
import type { Database } from '../infra/db/database.ts';
import { type FieldRegistrationKind, fieldRegistrationKinds } from '../infra/db/schema/index.ts';
import { countByPeriodAndRegion, periodStartColumn } from './period-region-counts.ts';
import type { GroupBy, Period } from './report-params.ts';
import { type ReportScope, regionCondition, rowsOf } from './report-scope.ts';

export type RegistrationCounts = Record<FieldRegistrationKind, number> & { total: number };

const none = (): RegistrationCounts => ({
  proefsleuf: 0,
  graafschade: 0,
  afwijkendeLigging: 0,
  onbekendNet: 0,
  total: 0,
});

type Row = { start: string; region_id: string | null; kind: FieldRegistrationKind; count: number };

function add(counts: RegistrationCounts, row: Row): void {
  counts[row.kind] += row.count;
  counts.total += row.count;
}

/**
 * What field workers recorded (trial trench, damage, deviating position, unknown network) per month or
 * week (the Amsterdam day it was recorded) and per region of the KLIC's project.
 */
export async function fieldRegistrationReport(
  db: Database,
  scope: ReportScope,
  options: Period & { groupBy: GroupBy },
) {
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select ${periodStartColumn(options.groupBy, sql`k.day`)}, k.region_id, k.kind, count(*)::int as count
      from (
        select (r.recorded_at at time zone 'Europe/Amsterdam')::date as day, p.region_id, r.kind
        from field_registrations r join klic_meldingen m on m.id = r.melding_id
        left join projects p on p.id = m.project_id
        where r.organisation_id = ${scope.organisationId} and ${regionCondition(scope, sql`p.region_id`)}
      ) k
      where k.day between ${options.from}::date and ${options.to}::date
      group by 1, 2, 3`),
  );
  const known = rows.filter((row) => fieldRegistrationKinds.includes(row.kind));
  return countByPeriodAndRegion(known, scope, options, none, add);
}
