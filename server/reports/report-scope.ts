import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { findRegion, visibleRegions } from '../accounts/regions-repository.ts';
import type { Database } from '../infra/db/database.ts';
import { AppError } from '../infra/errors/app-error.ts';
import './report-messages.ts';

export type RegionName = { id: string; name: string };

/**
 * Which regions a report counts: the chosen one, or every region the actor sees together with what has
 * no region yet (unlinked KLICs, which every planner of the organisation handles).
 */
export type ReportScope = {
  organisationId: string;
  regionId: string | null;
  /** The regions the actor sees, for names and for the region filter; null = all of the organisation. */
  visibleRegionIds: string[] | null;
  regions: RegionName[];
};

export async function reportScope(
  db: Database,
  actor: Actor,
  regionId: string | undefined,
): Promise<ReportScope> {
  const admin = actor.rights.includes('userAdmin');
  if (regionId !== undefined) {
    const visible = admin || actor.regionIds.includes(regionId);
    if (!visible || !(await findRegion(db, actor.organisationId, regionId)))
      throw new AppError('NOT_FOUND', { reason: 'reports.region_not_found' });
  }
  const regions = (await visibleRegions(db, actor)).map(({ id, name }) => ({ id, name }));
  return {
    organisationId: actor.organisationId,
    regionId: regionId ?? null,
    visibleRegionIds: admin ? null : actor.regionIds,
    regions,
  };
}

/** The scope as a condition on a project's region column (null when the row has no project). */
export function regionCondition(scope: ReportScope, column: SQL): SQL {
  if (scope.regionId !== null) return sql`${column} = ${scope.regionId}`;
  if (scope.visibleRegionIds === null) return sql`true`;
  if (scope.visibleRegionIds.length === 0) return sql`${column} is null`;
  const ids = sql.join(
    scope.visibleRegionIds.map((id) => sql`${id}`),
    sql`, `,
  );
  return sql`(${column} is null or ${column} in (${ids}))`;
}

/** The region's name, or null for rows without a region. */
export function regionNameOf(scope: ReportScope, regionId: string | null): string | null {
  if (regionId === null) return null;
  return scope.regions.find((region) => region.id === regionId)?.name ?? null;
}

/** Rows of a raw query, the same on PGlite and PostgreSQL. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
