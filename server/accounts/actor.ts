import { and, eq } from 'drizzle-orm';
import type { Executor } from '../infra/db/database.ts';
import { member, team, teamMember } from '../infra/db/schema/index.ts';
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
  sessionId: string;
};

export async function loadActor(
  db: Executor,
  session: { id: string; userId: string; activeOrganizationId?: string | null },
  user: { name: string; email: string },
): Promise<Actor | null> {
  const memberships = await db
    .select({ organisationId: member.organizationId, role: member.role })
    .from(member)
    .where(
      session.activeOrganizationId
        ? and(eq(member.userId, session.userId), eq(member.organizationId, session.activeOrganizationId))
        : eq(member.userId, session.userId),
    )
    .limit(1);
  const membership = memberships[0];
  if (!membership) return null;
  const regions = await db
    .select({ id: team.id })
    .from(teamMember)
    .innerJoin(team, eq(team.id, teamMember.teamId))
    .where(and(eq(teamMember.userId, session.userId), eq(team.organizationId, membership.organisationId)));
  return {
    userId: session.userId,
    name: user.name,
    email: user.email,
    organisationId: membership.organisationId,
    rights: parseRights(membership.role),
    regionIds: regions.map((region) => region.id),
    sessionId: session.id,
  };
}
