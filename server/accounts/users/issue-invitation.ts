import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Executor } from '../../infra/db/database.ts';
import { userInvitation, userProfile } from '../../infra/db/schema/index.ts';
import { parseRights } from '../rights.ts';
import { invitationMail } from './invitation-mail.ts';
import { hashInvitationToken, invitationLink, newInvitationToken } from './invitation-token.ts';
import { auditEntity } from './user-presenter.ts';
import { auditActor, type Caller, type UsersDeps } from './users-deps.ts';
import { organisationName, type UserRecord } from './users-repository.ts';

/** Makes the user's open invitation links unusable (a new link, removal). */
export async function revokeOpenInvitations(tx: Executor, userId: string, now: Date): Promise<void> {
  await tx
    .update(userInvitation)
    .set({ revokedAt: now })
    .where(
      and(eq(userInvitation.userId, userId), isNull(userInvitation.usedAt), isNull(userInvitation.revokedAt)),
    );
}

/**
 * Sends a new invitation link to a user with an e-mail address, inside the caller's transaction: earlier
 * links are revoked, only the token's hash is stored, the mail goes to the outbox, and it is logged.
 */
export async function issueInvitation(
  tx: Executor,
  deps: Pick<UsersDeps, 'mailer' | 'config'>,
  caller: Caller,
  record: UserRecord & { email: string },
): Promise<void> {
  const now = new Date();
  await revokeOpenInvitations(tx, record.id, now);
  const token = newInvitationToken();
  const expiresAt = new Date(now.getTime() + deps.config.invitationValidDays * 86_400_000);
  await tx.insert(userInvitation).values({
    organisationId: caller.actor.organisationId,
    userId: record.id,
    tokenHash: hashInvitationToken(token),
    expiresAt,
    createdBy: caller.actor.userId,
  });
  await tx
    .update(userProfile)
    .set({ invitationSentAt: now, updatedAt: now })
    .where(eq(userProfile.userId, record.id));
  const mail = invitationMail({
    firstName: record.firstName,
    inviterName: caller.actor.name,
    organisationName: await organisationName(tx, caller.actor.organisationId),
    username: record.displayUsername ?? record.username ?? record.email,
    rights: parseRights(record.rightsRole),
    link: invitationLink(deps.config.publicUrl, token),
    expiresAt,
  });
  await deps.mailer.send({ organisationId: caller.actor.organisationId, to: record.email, ...mail }, tx);
  await recordAudit(tx, {
    organisationId: caller.actor.organisationId,
    actor: auditActor(caller),
    // An invitation link is a way into the account: a security event, not a mere record.
    action: 'security',
    event: 'invitation.sent',
    entity: auditEntity(record),
    after: { to: record.email, expiresAt: expiresAt.toISOString() },
    ipAddress: caller.ipAddress,
  });
}
