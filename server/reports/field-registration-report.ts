import { sql } from 'drizzle-orm';
import type { Database } from '../infra/db/database.ts';
import { type FieldRegistrationKind, fieldRegistrationKinds } from '../infra/db/schema/index.ts';
import { bucketsBetween, periodKey } from './periods.ts';
import type { GroupBy, Period } from './report-params.ts';
import { type ReportScope, regionCondition, regionNameOf, rowsOf } from './report-scope.ts';

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
  const unit = options.groupBy === 'month' ? sql.raw(`'month'`) : sql.raw(`'week'`);
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select to_char(date_trunc(${unit}, k.day), 'YYYY-MM-DD') as start, k.region_id, k.kind,
             count(*)::int as count
      from (
        select (r.recorded_at at time zone 'Europe/Amsterdam')::date as day, p.region_id, r.kind
        from field_registrations r join klic_meldingen m on m.id = r.melding_id
        left join projects p on p.id = m.project_id
        where r.organisation_id = ${scope.organisationId} and ${regionCondition(scope, sql`p.region_id`)}
      ) k
      where k.day between ${options.from}::date and ${options.to}::date
      group by 1, 2, 3`),
  );
  const byPeriod = bucketsBetween(options.from, options.to, options.groupBy).map((bucket) => ({
    ...bucket,
    ...none(),
  }));
  const regionIds = scope.regionId ? [scope.regionId] : [...scope.regions.map((r) => r.id), null];
  const byRegion = regionIds.map((regionId) => ({
    regionId,
    regionName: regionNameOf(scope, regionId),
    ...none(),
  }));
  const totals = none();
  for (const row of rows) {
    if (!fieldRegistrationKinds.includes(row.kind)) continue;
    const key = periodKey(row.start, options.groupBy);
    const bucket = byPeriod.find((each) => each.period === key);
    const region = byRegion.find((each) => each.regionId === row.region_id);
    if (bucket) add(bucket, row);
    if (region) add(region, row);
    add(totals, row);
  }
  return {
    byPeriod,
    byRegion: byRegion.filter((region) => region.regionId !== null || region.total > 0),
    totals,
  };
}
