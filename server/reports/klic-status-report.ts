import { sql } from 'drizzle-orm';
import type { Database } from '../infra/db/database.ts';
import { countByPeriodAndRegion, periodStartColumn } from './period-region-counts.ts';
import type { GroupBy, Period } from './report-params.ts';
import { type ReportScope, regionCondition, rowsOf } from './report-scope.ts';

export type KlicCounts = {
  requested: number;
  partial: number;
  complete: number;
  linked: number;
  unlinked: number;
  total: number;
};
export type KlicStatusOptions = Period & { groupBy: GroupBy; basis: 'melding' | 'received' };

const noKlics = (): KlicCounts => ({
  requested: 0,
  partial: 0,
  complete: 0,
  linked: 0,
  unlinked: 0,
  total: 0,
});

type Row = {
  start: string;
  region_id: string | null;
  state: keyof KlicCounts;
  linked: boolean;
  count: number;
};

function add(counts: KlicCounts, row: Row): void {
  counts[row.state] += row.count;
  counts[row.linked ? 'linked' : 'unlinked'] += row.count;
  counts.total += row.count;
}

/**
 * KLICs by status (requested, partial, complete; linked or not) per month or week and per region. The day
 * counted is the melding date, or the day the first delivery arrived (Amsterdam time); KLICs without that
 * day (e.g. still requested when counting by arrival) fall outside every period.
 */
export async function klicStatusReport(db: Database, scope: ReportScope, options: KlicStatusOptions) {
  // The first arrival of every melding in one pass over the deliveries, rather than a lookup per melding.
  const day = options.basis === 'melding' ? sql`m.melding_date` : sql`f.first_day`;
  const firstArrival =
    options.basis === 'melding'
      ? sql``
      : sql`join (
          select melding_id, (min(created_at) at time zone 'Europe/Amsterdam')::date as first_day
          from klic_deliveries where organisation_id = ${scope.organisationId} group by melding_id
          having (min(created_at) at time zone 'Europe/Amsterdam')::date between ${options.from}::date and ${options.to}::date
        ) f on f.melding_id = m.id`;
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select ${periodStartColumn(options.groupBy, sql`k.day`)}, k.region_id, k.state, k.linked,
             count(*)::int as count
      from (
        select ${day} as day, p.region_id, m.state, m.project_id is not null as linked
        from klic_meldingen m ${firstArrival} left join projects p on p.id = m.project_id
        where m.organisation_id = ${scope.organisationId} and ${regionCondition(scope, sql`p.region_id`)}
      ) k
      where k.day between ${options.from}::date and ${options.to}::date
      group by 1, 2, 3, 4`),
  );
  return countByPeriodAndRegion(rows, scope, options, noKlics, add);
}
