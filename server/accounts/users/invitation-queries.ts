import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { organization, user, userInvitation, userProfile } from '../../infra/db/schema/index.ts';

/** The invitation behind a token hash, with what the invitee sees and what accepting needs. */
export async function findInvitation(db: Executor, tokenHash: string) {
  const [found] = await db
    .select({
      id: userInvitation.id,
      organisationId: userInvitation.organisationId,
      userId: userInvitation.userId,
      expiresAt: userInvitation.expiresAt,
      usedAt: userInvitation.usedAt,
      revokedAt: userInvitation.revokedAt,
      removedAt: userProfile.removedAt,
      firstName: userProfile.firstName,
      lastName: userProfile.lastName,
      name: user.name,
      email: user.email,
      username: user.username,
      displayUsername: user.displayUsername,
      organisationName: organization.name,
    })
    .from(userInvitation)
    .innerJoin(user, eq(user.id, userInvitation.userId))
    .innerJoin(
      userProfile,
      and(
        eq(userProfile.userId, userInvitation.userId),
        eq(userProfile.organisationId, userInvitation.organisationId),
      ),
    )
    .innerJoin(organization, eq(organization.id, userInvitation.organisationId))
    .where(eq(userInvitation.tokenHash, tokenHash));
  return found;
}

export type FoundInvitation = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;

/**
 * Marks the invitation used if it still can be: the one statement that makes a link single-use, also
 * when two tabs accept at once. Returns false when it was used, revoked or expired meanwhile.
 */
export async function claimInvitation(tx: Executor, invitationId: string, now: Date): Promise<boolean> {
  const claimed = await tx
    .update(userInvitation)
    .set({ usedAt: now })
    .where(
      and(
        eq(userInvitation.id, invitationId),
        isNull(userInvitation.usedAt),
        isNull(userInvitation.revokedAt),
        gt(userInvitation.expiresAt, now),
      ),
    )
    .returning({ id: userInvitation.id });
  return claimed.length > 0;
}
