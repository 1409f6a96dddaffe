import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Database, Executor } from '../infra/db/database.ts';
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

/**
 * The visible-regions query is on the path of every page load (the region selector), so it is a
 * prepared statement: PostgreSQL parses and plans it once per connection instead of on every call.
 */
const preparedByDatabase = new WeakMap<Database, ReturnType<typeof prepareVisibleRegions>>();

function prepareVisibleRegions(db: Database) {
  const base = db.select({ id: team.id, name: team.name, userCount }).from(team);
  const order = [asc(team.name), asc(team.id)];
  return {
    all: base
      .where(eq(team.organizationId, sql.placeholder('organisationId')))
      .orderBy(...order)
      .prepare('visible_regions_all'),
    assigned: db
      .select({ id: team.id, name: team.name, userCount })
      .from(team)
      .where(
        and(
          eq(team.organizationId, sql.placeholder('organisationId')),
          sql`${team.id} = any(${sql.placeholder('regionIds')})`,
        ),
      )
      .orderBy(...order)
      .prepare('visible_regions_assigned'),
  };
}

/** The organisation's regions the actor may see: user admins all, others those they are assigned to. */
export async function visibleRegions(db: Database, actor: Actor): Promise<RegionWithUserCount[]> {
  let prepared = preparedByDatabase.get(db);
  if (!prepared) {
    prepared = prepareVisibleRegions(db);
    preparedByDatabase.set(db, prepared);
  }
  if (actor.rights.includes('userAdmin'))
    return prepared.all.execute({ organisationId: actor.organisationId });
  if (actor.regionIds.length === 0) return [];
  return prepared.assigned.execute({ organisationId: actor.organisationId, regionIds: actor.regionIds });
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
