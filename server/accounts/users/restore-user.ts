import { eq } from 'drizzle-orm';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import { userProfile } from '../../infra/db/schema/index.ts';
import { requireUser } from './get-user.ts';
import { auditEntity, toUserSummary } from './user-presenter.ts';
import type { UserSummary } from './user-schemas.ts';
import { auditActor, type Caller, type UsersDeps } from './users-deps.ts';

/**
 * Undoes a removal: the user keeps the rights, regions and password they had and can log in again.
 * Restoring an active user changes nothing.
 */
export async function restoreUser(deps: UsersDeps, caller: Caller, userId: string): Promise<UserSummary> {
  return deps.db.transaction(async (tx) => {
    const target = await requireUser(tx, caller, userId);
    if (!target.removedAt) return toUserSummary(target);
    await tx
      .update(userProfile)
      .set({ removedAt: null, removedBy: null, updatedAt: new Date() })
      .where(eq(userProfile.userId, userId));
    await recordAudit(tx, {
      organisationId: caller.actor.organisationId,
      actor: auditActor(caller),
      action: 'update',
      event: 'user.restored',
      entity: auditEntity(target),
      before: { removedAt: target.removedAt.toISOString() },
      after: { removedAt: null },
      ipAddress: caller.ipAddress,
    });
    return toUserSummary(await requireUser(tx, caller, userId));
  });
}
