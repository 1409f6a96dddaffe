import { eq } from 'drizzle-orm';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database, Executor } from '../../infra/db/database.ts';
import { user, userProfile } from '../../infra/db/schema/index.ts';
import { assertPasswordAllowed } from '../password-policy.ts';

/** Name, username and real e-mail address: a new password must not contain them. */
export async function personalDataOf(db: Executor, userId: string): Promise<string[]> {
  const [found] = await db
    .select({ name: user.name, email: user.email, username: user.username })
    .from(user)
    .where(eq(user.id, userId));
  if (!found) return [];
  const realEmail = found.email.endsWith('.invalid') ? [] : [found.email];
  return [found.name, ...realEmail, ...(found.username ? [found.username] : [])];
}

/** The password policy for a new password of this user; 422 with `fields.newPassword`. */
export async function assertNewPasswordAllowed(
  db: Executor,
  userId: string,
  newPassword: string,
): Promise<void> {
  assertPasswordAllowed(newPassword, await personalDataOf(db, userId), 'newPassword');
}

/**
 * After the user changed their own password (`password.changed`) or set a new one with a reset link
 * (`password.reset`): the admin's "must change password" is done, and the logbook says so.
 */
export async function recordOwnPasswordChange(
  db: Database,
  change: { userId: string; event: 'password.changed' | 'password.reset'; ipAddress: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [profile] = await tx
      .update(userProfile)
      .set({ mustChangePassword: false, updatedAt: new Date() })
      .where(eq(userProfile.userId, change.userId))
      .returning({ organisationId: userProfile.organisationId });
    const [account] = await tx.select({ name: user.name }).from(user).where(eq(user.id, change.userId));
    const actor = { userId: change.userId, name: account?.name ?? '' };
    await recordAudit(tx, {
      organisationId: profile?.organisationId ?? null,
      actor,
      action: 'security',
      event: change.event,
      entity: { type: 'user', id: change.userId, label: actor.name },
      ipAddress: change.ipAddress,
    });
  });
}
