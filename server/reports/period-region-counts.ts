import { type SQL, sql } from 'drizzle-orm';
import { bucketsBetween, periodKey } from './periods.ts';
import type { GroupBy, Period } from './report-params.ts';
import { type ReportScope, regionNameOf } from './report-scope.ts';

/** A row of a grouped count query: the first day of its month or week, the project's region, the count. */
type CountedRow = { start: string; region_id: string | null; count: number };

/** `YYYY-MM-DD` of the first day of the month or ISO week that holds `day`, as the column `start`. */
export function periodStartColumn(groupBy: GroupBy, day: SQL): SQL {
  const unit = groupBy === 'month' ? sql.raw(`'month'`) : sql.raw(`'week'`);
  return sql`to_char(date_trunc(${unit}, ${day}), 'YYYY-MM-DD') as start`;
}

/**
 * The counts per period (every month or week of the period, empty ones too), per region (each region in
 * scope, and "no region" when something has none) and in total; `add` puts a row's count in its columns.
 */
export function countByPeriodAndRegion<Counts extends { total: number }, Row extends CountedRow>(
  rows: readonly Row[],
  scope: ReportScope,
  options: Period & { groupBy: GroupBy },
  none: () => Counts,
  add: (counts: Counts, row: Row) => void,
) {
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
