import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { account, session } from '../../infra/db/schema/index.ts';

/** Sets the user's password (an argon2 hash), creating their credential account when they have none. */
export async function setCredentialPassword(tx: Executor, userId: string, passwordHash: string) {
  const updated = await tx
    .update(account)
    .set({ password: passwordHash, updatedAt: new Date() })
    .where(and(eq(account.userId, userId), eq(account.providerId, 'credential')))
    .returning({ id: account.id });
  if (updated.length > 0) return;
  await tx.insert(account).values({
    id: randomUUID(),
    accountId: userId,
    providerId: 'credential',
    userId,
    password: passwordHash,
  });
}

/** Logs the user out everywhere: their better-auth sessions are deleted. */
export async function endSessions(tx: Executor, userId: string): Promise<void> {
  await tx.delete(session).where(eq(session.userId, userId));
}
