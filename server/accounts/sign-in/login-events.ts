import { eq } from 'drizzle-orm';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database, Executor } from '../../infra/db/database.ts';
import { user, userProfile } from '../../infra/db/schema/index.ts';
import type { ThrottleSubject } from './throttle.ts';

/** The user a login attempt names, when that user exists. */
export type LoginAccount = { userId: string; name: string; organisationId: string | null };

export async function findLoginAccount(
  db: Executor,
  by: 'email' | 'username',
  identifier: string,
): Promise<LoginAccount | null> {
  const normalised = identifier.trim().toLowerCase();
  const [found] = await db
    .select({ userId: user.id, name: user.name, organisationId: userProfile.organisationId })
    .from(user)
    .leftJoin(userProfile, eq(userProfile.userId, user.id))
    .where(by === 'email' ? eq(user.email, normalised) : eq(user.username, normalised))
    .limit(1);
  return found ?? null;
}

/** A wrong password (or an unknown or removed account). The typed identifier is not logged: it may be a password. */
export async function recordLoginFailed(
  db: Executor,
  attempt: { account: LoginAccount | null; ipAddress: string },
): Promise<void> {
  await recordAudit(db, {
    organisationId: attempt.account?.organisationId ?? null,
    actor: null,
    action: 'security',
    event: 'login.failed',
    entity: { type: 'user', id: attempt.account?.userId, label: attempt.account?.name },
    ipAddress: attempt.ipAddress,
  });
}

export async function recordLoginLocked(
  db: Executor,
  lock: { subject: ThrottleSubject; account: LoginAccount | null; ipAddress: string; minutes: number },
): Promise<void> {
  const byAccount = lock.subject.kind === 'account';
  await recordAudit(db, {
    organisationId: byAccount ? (lock.account?.organisationId ?? null) : null,
    actor: null,
    action: 'security',
    event: 'login.locked',
    entity: byAccount
      ? { type: 'user', id: lock.account?.userId, label: lock.account?.name }
      : { type: 'network_address', label: lock.ipAddress },
    after: { lockedBy: lock.subject.kind, minutes: lock.minutes },
    ipAddress: lock.ipAddress,
  });
}

/** A session was handed out after a complete login: remember when, and log it. */
export async function recordLoginSucceeded(
  db: Database,
  login: { userId: string; ipAddress: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [profile] = await tx
      .update(userProfile)
      .set({ lastLoginAt: new Date() })
      .where(eq(userProfile.userId, login.userId))
      .returning({ organisationId: userProfile.organisationId });
    const [account] = await tx.select({ name: user.name }).from(user).where(eq(user.id, login.userId));
    const actor = { userId: login.userId, name: account?.name ?? '' };
    await recordAudit(tx, {
      organisationId: profile?.organisationId ?? null,
      actor,
      action: 'security',
      event: 'login.succeeded',
      entity: { type: 'user', id: login.userId, label: actor.name },
      ipAddress: login.ipAddress ?? undefined,
    });
  });
}
