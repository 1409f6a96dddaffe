import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../infra/db/database.ts';
import { member } from '../infra/db/schema/index.ts';
import { parseRights, type Right } from './rights.ts';

/** The logged-in user as every policy and repository sees them: who, for which organisation, with what. */
export type Actor = {
  userId: string;
  name: string;
  email: string;
  organisationId: string;
  rights: Right[];
  /** The regions the user is assigned to; user admins see all regions of the organisation. */
  regionIds: string[];
  /** Publishes announcements to all users: a right outside any organisation. */
  platformOperator: boolean;
  sessionId: string;
};

/** The actor of a session in one query: membership, rights and assigned regions. */
export async function loadActor(
  db: Executor,
  session: { id: string; userId: string; activeOrganizationId?: string | null },
  user: { name: string; email: string },
): Promise<Actor | null> {
  const [membership] = await db
    .select({
      organisationId: member.organizationId,
      role: member.role,
      // Qualified by hand: Drizzle renders columns of a single-table select unqualified, and inside the
      // subquery an unqualified user_id would mean region_members.user_id.
      regionIds: sql<string[]>`array(
        select rm.region_id from region_members rm join regions r on r.id = rm.region_id
        where rm.user_id = memberships.user_id and r.organisation_id = memberships.organisation_id
        order by rm.region_id)`,
      platformOperator: sql<boolean>`exists(select 1 from platform_operators po where po.user_id = memberships.user_id)`,
    })
    .from(member)
    .where(
      session.activeOrganizationId
        ? and(eq(member.userId, session.userId), eq(member.organizationId, session.activeOrganizationId))
        : eq(member.userId, session.userId),
    )
    .limit(1);
  if (!membership) return null;
  return {
    userId: session.userId,
    name: user.name,
    email: user.email,
    organisationId: membership.organisationId,
    rights: parseRights(membership.role),
    regionIds: membership.regionIds,
    platformOperator: membership.platformOperator,
    sessionId: session.id,
  };
}
