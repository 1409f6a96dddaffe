import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../infra/db/database.ts';
import { member, organisationSettings, user, userProfile } from '../infra/db/schema/index.ts';
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
  /** A user admin set this user's password and asked them to replace it. */
  mustChangePassword: boolean;
  twoFactorEnabled: boolean;
  /** The organisation requires two-factor authentication of user admins, and this user is one. */
  twoFactorRequired: boolean;
};

/**
 * The actor of a session in one query: membership, rights, assigned regions, and what the account
 * still has to do (replace a password, set up two-factor authentication). Null for a user without
 * an organisation, or one who was removed.
 */
export async function loadActor(
  db: Executor,
  session: { id: string; userId: string; activeOrganizationId?: string | null },
  sessionUser: { name: string; email: string },
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
      mustChangePassword: userProfile.mustChangePassword,
      twoFactorEnabled: user.twoFactorEnabled,
      requireTwoFactorForAdmins: organisationSettings.requireTwoFactorForAdmins,
    })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .leftJoin(userProfile, eq(userProfile.userId, member.userId))
    .leftJoin(organisationSettings, eq(organisationSettings.organisationId, member.organizationId))
    .where(
      and(
        eq(member.userId, session.userId),
        session.activeOrganizationId ? eq(member.organizationId, session.activeOrganizationId) : undefined,
        isNull(userProfile.removedAt),
      ),
    )
    .limit(1);
  if (!membership) return null;
  const rights = parseRights(membership.role);
  return {
    userId: session.userId,
    name: sessionUser.name,
    email: sessionUser.email,
    organisationId: membership.organisationId,
    rights,
    regionIds: membership.regionIds,
    platformOperator: membership.platformOperator,
    sessionId: session.id,
    mustChangePassword: membership.mustChangePassword ?? false,
    twoFactorEnabled: membership.twoFactorEnabled ?? false,
    twoFactorRequired: (membership.requireTwoFactorForAdmins ?? false) && rights.includes('userAdmin'),
  };
}
