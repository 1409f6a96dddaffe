import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import { userProfile } from '../../infra/db/schema/index.ts';
import { passwordHashOptions } from '../auth.ts';
import { assertPasswordAllowed } from '../password-policy.ts';
import { endSessions, setCredentialPassword } from './credentials-repository.ts';
import { requireUser } from './get-user.ts';
import { assertNotRemoved } from './removed-user.ts';
import { auditEntity } from './user-presenter.ts';
import { auditActor, type Caller, type UsersDeps } from './users-deps.ts';

/**
 * "Instellen" of a password by the admin, for users without e-mail or who lost theirs (seed 001). The
 * user's sessions end, so whoever knew the old password is out.
 */
export async function setUserPassword(
  deps: UsersDeps,
  caller: Caller,
  userId: string,
  input: { password: string; mustChangePassword: boolean },
): Promise<void> {
  const target = await requireUser(deps.db, caller, userId);
  assertNotRemoved(target);
  assertPasswordAllowed(input.password, [
    target.firstName,
    target.lastName,
    target.username ?? '',
    target.email,
  ]);
  const passwordHash = await hash(input.password, passwordHashOptions);
  await deps.db.transaction(async (tx) => {
    // Read again inside the transaction: the user may have been removed meanwhile.
    assertNotRemoved(await requireUser(tx, caller, userId));
    await setCredentialPassword(tx, userId, passwordHash);
    await tx
      .update(userProfile)
      .set({ mustChangePassword: input.mustChangePassword, updatedAt: new Date() })
      .where(eq(userProfile.userId, userId));
    await endSessions(tx, userId);
    await recordAudit(tx, {
      organisationId: caller.actor.organisationId,
      actor: auditActor(caller),
      action: 'security',
      event: 'password.set_by_admin',
      entity: auditEntity(target),
      after: { mustChangePassword: input.mustChangePassword },
      ipAddress: caller.ipAddress,
    });
  });
  deps.actorCache?.invalidateUser(userId);
}
