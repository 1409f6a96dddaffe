import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { member, organization, team, teamMember, user, userProfile } from '../../infra/db/schema/index.ts';
import type { ListUsersQuery } from './user-schemas.ts';

/** A user of the organisation as the database holds it; `user-presenter.ts` turns it into the API shape. */
export type UserRecord = Awaited<ReturnType<typeof selectUsers>>[number] & {
  regions: { id: string; name: string }[];
};

const userColumns = {
  id: user.id,
  username: user.username,
  displayUsername: user.displayUsername,
  email: user.email,
  hasEmail: userProfile.hasEmail,
  name: user.name,
  firstName: userProfile.firstName,
  lastName: userProfile.lastName,
  jobTitle: userProfile.jobTitle,
  phone: userProfile.phone,
  remarks: userProfile.remarks,
  kind: userProfile.kind,
  partnerCompany: userProfile.partnerCompany,
  rightsRole: member.role,
  lastLoginAt: userProfile.lastLoginAt,
  invitationSentAt: userProfile.invitationSentAt,
  invitationConfirmedAt: userProfile.invitationConfirmedAt,
  removedAt: userProfile.removedAt,
  mustChangePassword: userProfile.mustChangePassword,
  hasPassword: sql<boolean>`exists(select 1 from accounts a where a.user_id = "users"."id"
    and a.provider_id = 'credential' and a.password is not null)`,
};

/** The users of one organisation: profile, login and membership of that organisation. */
function selectUsers(db: Executor, organisationId: string, where: SQL | undefined) {
  return db
    .select(userColumns)
    .from(userProfile)
    .innerJoin(user, eq(user.id, userProfile.userId))
    .innerJoin(
      member,
      and(eq(member.userId, userProfile.userId), eq(member.organizationId, userProfile.organisationId)),
    )
    .where(and(eq(userProfile.organisationId, organisationId), where));
}

/** The regions (of the same organisation) each of the users is assigned to, by name. */
async function withRegions(
  db: Executor,
  organisationId: string,
  rows: Awaited<ReturnType<typeof selectUsers>>,
): Promise<UserRecord[]> {
  if (rows.length === 0) return [];
  const assignments = await db
    .select({ userId: teamMember.userId, id: team.id, name: team.name })
    .from(teamMember)
    .innerJoin(team, eq(team.id, teamMember.teamId))
    .where(
      and(
        eq(team.organizationId, organisationId),
        inArray(
          teamMember.userId,
          rows.map((row) => row.id),
        ),
      ),
    )
    .orderBy(asc(team.name));
  return rows.map((row) => ({
    ...row,
    regions: assignments.filter((a) => a.userId === row.id).map(({ id, name }) => ({ id, name })),
  }));
}

/** A user of the organisation, or undefined when the id is unknown or belongs to another organisation. */
export async function findUser(
  db: Executor,
  organisationId: string,
  userId: string,
): Promise<UserRecord | undefined> {
  const rows = await selectUsers(db, organisationId, eq(user.id, userId));
  const [found] = await withRegions(db, organisationId, rows);
  return found;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function listFilter(query: ListUsersQuery): SQL | undefined {
  const pattern = query.search ? `%${escapeLike(query.search)}%` : undefined;
  return and(
    query.status === 'active' ? isNull(userProfile.removedAt) : undefined,
    query.status === 'removed' ? isNotNull(userProfile.removedAt) : undefined,
    pattern
      ? or(
          sql`(${userProfile.firstName} || ' ' || ${userProfile.lastName}) ilike ${pattern}`,
          sql`${user.username} ilike ${pattern}`,
          and(eq(userProfile.hasEmail, true), sql`${user.email} ilike ${pattern}`),
          sql`${userProfile.partnerCompany} ilike ${pattern}`,
        )
      : undefined,
    query.right ? sql`(',' || ${member.role} || ',') like ${`%,${query.right},%`}` : undefined,
    query.regionId
      ? sql`exists(select 1 from region_members rm where rm.user_id = "users"."id"
          and rm.region_id = ${query.regionId})`
      : undefined,
  );
}

/** One page of the organisation's users, sorted by last name, and how many match in all. */
export async function listUsers(
  db: Executor,
  organisationId: string,
  query: ListUsersQuery,
): Promise<{ items: UserRecord[]; total: number }> {
  const where = listFilter(query);
  const rows = await selectUsers(db, organisationId, where)
    .orderBy(sql`lower(${userProfile.lastName})`, sql`lower(${userProfile.firstName})`, asc(user.username))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [counted] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(userProfile)
    .innerJoin(user, eq(user.id, userProfile.userId))
    .innerJoin(
      member,
      and(eq(member.userId, userProfile.userId), eq(member.organizationId, userProfile.organisationId)),
    )
    .where(and(eq(userProfile.organisationId, organisationId), where));
  return { items: await withRegions(db, organisationId, rows), total: counted?.total ?? 0 };
}

/** Which of the given username (lower-case) and e-mail address another user (of any organisation) holds. */
export async function takenIdentity(
  db: Executor,
  candidate: { username?: string | undefined; email?: string | null | undefined },
  exceptUserId?: string,
): Promise<{ username: boolean; email: boolean }> {
  const matches = [
    candidate.username ? eq(user.username, candidate.username) : undefined,
    candidate.email ? eq(user.email, candidate.email) : undefined,
  ].filter((match) => match !== undefined);
  if (matches.length === 0) return { username: false, email: false };
  const rows = await db
    .select({ id: user.id, username: user.username, email: user.email })
    .from(user)
    .where(or(...matches));
  const others = rows.filter((row) => row.id !== exceptUserId);
  return {
    username: others.some((row) => candidate.username !== undefined && row.username === candidate.username),
    email: others.some((row) => !!candidate.email && row.email === candidate.email),
  };
}

/** The ids among `regionIds` that are not regions of the organisation. */
export async function unknownRegionIds(
  db: Executor,
  organisationId: string,
  regionIds: string[],
): Promise<string[]> {
  if (regionIds.length === 0) return [];
  const known = await db
    .select({ id: team.id })
    .from(team)
    .where(and(eq(team.organizationId, organisationId), inArray(team.id, regionIds)));
  const knownIds = new Set(known.map((row) => row.id));
  return regionIds.filter((id) => !knownIds.has(id));
}

/** Replaces the user's assignments to regions of the organisation (assignments elsewhere stay). */
export async function replaceRegions(
  tx: Executor,
  organisationId: string,
  userId: string,
  regionIds: string[],
): Promise<void> {
  const ofOrganisation = tx.select({ id: team.id }).from(team).where(eq(team.organizationId, organisationId));
  await tx
    .delete(teamMember)
    .where(and(eq(teamMember.userId, userId), inArray(teamMember.teamId, ofOrganisation)));
  if (regionIds.length > 0) {
    await tx.insert(teamMember).values(regionIds.map((teamId) => ({ id: randomUUID(), teamId, userId })));
  }
}

export async function organisationName(db: Executor, organisationId: string): Promise<string> {
  const [row] = await db
    .select({ name: organization.name })
    .from(organization)
    .where(eq(organization.id, organisationId));
  return row?.name ?? '';
}
