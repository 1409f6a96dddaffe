import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { member, teamMember, user, userProfile } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import type { Actor } from '../actor.ts';
import { findRegion } from '../regions-repository.ts';
import { parseRights, type Right } from '../rights.ts';

export type RegionUser = { id: string; name: string; username: string; rights: Right[] };

/**
 * The users assigned to a region who can still work (removed users are left out, as in the region's
 * user count), sorted by last name. The region must belong to the organisation.
 */
export async function regionUsers(
  db: Executor,
  organisationId: string,
  regionId: string,
): Promise<RegionUser[]> {
  const rows = await db
    .select({
      id: user.id,
      name: user.name,
      username: sql<string>`coalesce(${user.displayUsername}, ${user.username}, '')`,
      rights: member.role,
    })
    .from(teamMember)
    .innerJoin(user, eq(user.id, teamMember.userId))
    .innerJoin(
      userProfile,
      and(
        eq(userProfile.userId, teamMember.userId),
        eq(userProfile.organisationId, organisationId),
        isNull(userProfile.removedAt),
      ),
    )
    .innerJoin(member, and(eq(member.userId, teamMember.userId), eq(member.organizationId, organisationId)))
    .where(eq(teamMember.teamId, regionId))
    .orderBy(asc(userProfile.lastName), asc(userProfile.firstName), asc(user.id));
  return rows.map((row) => ({ ...row, rights: parseRights(row.rights) }));
}

/**
 * "Beheren toegewezen gebruikers": who works in a region. User admins see every region of their
 * organisation, others only the regions they are assigned to; any other region answers 404.
 */
export async function listRegionUsers(db: Executor, actor: Actor, regionId: string): Promise<RegionUser[]> {
  const visible = actor.rights.includes('userAdmin') || actor.regionIds.includes(regionId);
  if (!visible || !(await findRegion(db, actor.organisationId, regionId))) throw new AppError('NOT_FOUND');
  return regionUsers(db, actor.organisationId, regionId);
}
