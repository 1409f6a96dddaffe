import type { Actor } from '../accounts/actor.ts';
import type { Database } from '../infra/db/database.ts';
import { toAmsterdamDate } from '../infra/workdays/index.ts';
import { fieldRegistrationList } from './field-registration-list.ts';
import { fieldRegistrationReport } from './field-registration-report.ts';
import { klicExpiryReport } from './klic-expiry-report.ts';
import { klicStatusReport } from './klic-status-report.ts';
import { openEvReport } from './open-ev-report.ts';
import { reportPeriod } from './report-params.ts';
import { reportScope } from './report-scope.ts';

type Grouped = {
  from?: string | undefined;
  to?: string | undefined;
  regionId?: string | undefined;
  groupBy: 'month' | 'week';
};

/** Each report from its query: the scope checked, the period settled, the rows read. */
export async function runKlicStatus(
  db: Database,
  actor: Actor,
  query: Grouped & { basis: 'melding' | 'received' },
) {
  const options = { ...reportPeriod(query), groupBy: query.groupBy, basis: query.basis };
  const scope = await reportScope(db, actor, query.regionId);
  const report = await klicStatusReport(db, scope, options);
  return { scope, options, report, filters: { ...options, regionId: scope.regionId } };
}

export async function runKlicExpiry(
  db: Database,
  actor: Actor,
  query: { regionId?: string | undefined; withinWorkdays?: number | undefined },
  limit: number,
) {
  const scope = await reportScope(db, actor, query.regionId);
  const report = await klicExpiryReport(db, scope, { withinWorkdays: query.withinWorkdays, limit });
  const filters = { regionId: scope.regionId, withinWorkdays: report.withinWorkdays, today: report.today };
  return { scope, report, filters };
}

export async function runOpenEvs(
  db: Database,
  actor: Actor,
  query: { regionId?: string | undefined },
  limit: number,
) {
  const scope = await reportScope(db, actor, query.regionId);
  const report = await openEvReport(db, scope, { limit });
  return { scope, report, filters: { regionId: scope.regionId, today: toAmsterdamDate(new Date()) } };
}

export async function runFieldRegistrations(db: Database, actor: Actor, query: Grouped) {
  const options = { ...reportPeriod(query), groupBy: query.groupBy };
  const scope = await reportScope(db, actor, query.regionId);
  const report = await fieldRegistrationReport(db, scope, options);
  return { scope, options, report, filters: { ...options, regionId: scope.regionId } };
}

export async function runFieldRegistrationList(
  db: Database,
  actor: Actor,
  query: { from?: string | undefined; to?: string | undefined; regionId?: string | undefined },
  limit: number,
) {
  const period = reportPeriod(query);
  const scope = await reportScope(db, actor, query.regionId);
  const rows = await fieldRegistrationList(db, scope, { ...period, limit });
  return { scope, period, rows };
}
