import { eq } from 'drizzle-orm';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import { userProfile } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { endSessions } from './credentials-repository.ts';
import { requireUser } from './get-user.ts';
import { revokeOpenInvitations } from './issue-invitation.ts';
import { auditEntity } from './user-presenter.ts';
import { auditActor, type Caller, type UsersDeps } from './users-deps.ts';

/**
 * "Verwijderen" for (former) colleagues and partners who no longer need access (seed 002). The user is
 * marked removed rather than deleted, so that history keeps their name; their sessions end and open
 * invitation links stop working. Removing a removed user again changes nothing.
 */
export async function removeUser(deps: UsersDeps, caller: Caller, userId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const target = await requireUser(tx, caller, userId);
    if (target.id === caller.actor.userId) {
      throw new AppError('VALIDATION_FAILED', { fields: { id: 'cannot_remove_self' } });
    }
    if (target.removedAt) return;
    const now = new Date();
    await tx
      .update(userProfile)
      .set({ removedAt: now, removedBy: caller.actor.userId, updatedAt: now })
      .where(eq(userProfile.userId, userId));
    await endSessions(tx, userId);
    await revokeOpenInvitations(tx, userId, now);
    await recordAudit(tx, {
      organisationId: caller.actor.organisationId,
      actor: auditActor(caller),
      action: 'delete',
      event: 'user.removed',
      entity: auditEntity(target),
      before: { removedAt: null },
      after: { removedAt: now.toISOString() },
      ipAddress: caller.ipAddress,
    });
  });
  deps.actorCache?.invalidateUser(userId);
}
