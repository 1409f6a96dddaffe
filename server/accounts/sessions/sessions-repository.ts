import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { session } from '../../infra/db/schema/index.ts';

/** More than any person has devices: a list longer than this is cut, with the total said. */
export const sessionListLimit = 100;

/** A session as the administration sees it: never the token, which is the session's secret. */
const publicColumns = {
  id: session.id,
  createdAt: session.createdAt,
  updatedAt: session.updatedAt,
  expiresAt: session.expiresAt,
  ipAddress: session.ipAddress,
  userAgent: session.userAgent,
};

export type SessionRecord = {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
};

const activeOf = (userId: string, now: Date) => and(eq(session.userId, userId), gt(session.expiresAt, now));

/** The user's sessions that have not expired, most recently active first, and how many there are. */
export async function listActiveSessions(
  db: Executor,
  userId: string,
  now: Date,
): Promise<{ items: SessionRecord[]; total: number }> {
  const items = await db
    .select(publicColumns)
    .from(session)
    .where(activeOf(userId, now))
    .orderBy(desc(session.updatedAt), desc(session.createdAt), session.id)
    .limit(sessionListLimit);
  const [counted] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(session)
    .where(activeOf(userId, now));
  return { items, total: counted?.total ?? 0 };
}

/** Deletes one of the user's active sessions; undefined when the user has no such session. */
export async function deleteActiveSession(
  tx: Executor,
  userId: string,
  sessionId: string,
  now: Date,
): Promise<SessionRecord | undefined> {
  const [deleted] = await tx
    .delete(session)
    .where(and(eq(session.id, sessionId), activeOf(userId, now)))
    .returning(publicColumns);
  return deleted;
}

/**
 * Deletes all of the user's sessions except the one named (the caller's own, when they end their
 * own other sessions); expired ones go too. Returns how many were still active.
 */
export async function deleteSessionsExcept(
  tx: Executor,
  userId: string,
  keepSessionId: string,
  now: Date,
): Promise<number> {
  const deleted = await tx
    .delete(session)
    .where(and(eq(session.userId, userId), ne(session.id, keepSessionId)))
    .returning({ expiresAt: session.expiresAt });
  return deleted.filter((row) => row.expiresAt > now).length;
}
