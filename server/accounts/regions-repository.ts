import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../infra/db/database.ts';
import { team } from '../infra/db/schema/index.ts';
import type { Actor } from './actor.ts';

export type RegionWithUserCount = { id: string; name: string; userCount: number };

/**
 * The region's assigned users who can still work (not removed). Counted from region_members on every
 * read, so it is always true; better-auth's `member_count` column is not maintained by Veldwerk.
 * Written out by hand: Drizzle renders the columns of a single-table select unqualified, and inside the
 * subquery an unqualified id would not mean regions.id.
 */
const userCount = sql<number>`(
  select count(*)::int from region_members rm
  join user_profiles up on up.user_id = rm.user_id
  where rm.region_id = regions.id and up.organisation_id = regions.organisation_id and up.removed_at is null)`;

function selectRegions(db: Executor, where: SQL | undefined): Promise<RegionWithUserCount[]> {
  return db
    .select({ id: team.id, name: team.name, userCount })
    .from(team)
    .where(where)
    .orderBy(asc(team.name), asc(team.id));
}

/** The organisation's regions the actor may see: user admins all, others those they are assigned to. */
export async function visibleRegions(db: Executor, actor: Actor): Promise<RegionWithUserCount[]> {
  if (actor.rights.includes('userAdmin'))
    return selectRegions(db, eq(team.organizationId, actor.organisationId));
  if (actor.regionIds.length === 0) return [];
  return selectRegions(
    db,
    and(eq(team.organizationId, actor.organisationId), inArray(team.id, actor.regionIds)),
  );
}

/** One region of the organisation with its user count, or undefined (also for another organisation's). */
export async function findRegion(
  db: Executor,
  organisationId: string,
  regionId: string,
): Promise<RegionWithUserCount | undefined> {
  const [region] = await selectRegions(
    db,
    and(eq(team.organizationId, organisationId), eq(team.id, regionId)),
  );
  return region;
}
