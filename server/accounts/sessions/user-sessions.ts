import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database } from '../../infra/db/database.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import type { Language } from '../../infra/i18n/language.ts';
import type { ActorCache } from '../actor-cache.ts';
import { requireUser } from '../users/get-user.ts';
import { auditEntity } from '../users/user-presenter.ts';
import { auditActor, type Caller } from '../users/users-deps.ts';
import { sessionAuditView, toUserSession } from './session-presenter.ts';
import type { UserSession } from './session-schemas.ts';
import { deleteActiveSession, deleteSessionsExcept, listActiveSessions } from './sessions-repository.ts';

export type SessionsDeps = {
  db: Database;
  /**
   * An ended session must stop working at once, also for an actor this instance still remembers.
   * Other instances forget theirs within the cache's 5 seconds.
   */
  actorCache?: Pick<ActorCache, 'invalidateUser'>;
};

/** "Apparaten en sessies": the devices a user of the organisation is logged in on. */
export async function listUserSessions(
  deps: SessionsDeps,
  caller: Caller,
  userId: string,
  language: Language,
): Promise<{ items: UserSession[]; total: number }> {
  await requireUser(deps.db, caller, userId);
  const { items, total } = await listActiveSessions(deps.db, userId, new Date());
  return {
    items: items.map((record) => toUserSession(record, language, caller.actor.sessionId)),
    total,
  };
}

/**
 * Logs the user out on one device: its next request answers 401. The admin's own current session is
 * not ended here (that is "Uitloggen"), so that nobody locks themselves out by accident.
 */
export async function endUserSession(
  deps: SessionsDeps,
  caller: Caller,
  userId: string,
  sessionId: string,
): Promise<void> {
  if (sessionId === caller.actor.sessionId) {
    throw new AppError('VALIDATION_FAILED', { fields: { sessionId: 'current_session' } });
  }
  await deps.db.transaction(async (tx) => {
    const target = await requireUser(tx, caller, userId);
    const ended = await deleteActiveSession(tx, userId, sessionId, new Date());
    if (!ended) throw new AppError('NOT_FOUND', { detail: 'session not of this user or expired' });
    await recordAudit(tx, {
      organisationId: caller.actor.organisationId,
      actor: auditActor(caller),
      action: 'security',
      event: 'session.ended',
      entity: auditEntity(target),
      before: sessionAuditView(ended),
      ipAddress: caller.ipAddress,
    });
  });
  deps.actorCache?.invalidateUser(userId);
}

/** Logs the user out on every device (for the admin themself: every other device). */
export async function endAllUserSessions(deps: SessionsDeps, caller: Caller, userId: string): Promise<void> {
  const ended = await deps.db.transaction(async (tx) => {
    const target = await requireUser(tx, caller, userId);
    const count = await deleteSessionsExcept(tx, userId, caller.actor.sessionId, new Date());
    if (count === 0) return 0;
    await recordAudit(tx, {
      organisationId: caller.actor.organisationId,
      actor: auditActor(caller),
      action: 'security',
      event: 'session.all_ended',
      entity: auditEntity(target),
      after: { sessionsEnded: count },
      ipAddress: caller.ipAddress,
    });
    return count;
  });
  if (ended > 0) deps.actorCache?.invalidateUser(userId);
}
