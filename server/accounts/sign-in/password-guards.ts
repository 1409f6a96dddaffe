import type { Database } from '../../infra/db/database.ts';
import type { ActorCache } from '../actor-cache.ts';
import type { Auth } from '../auth.ts';
import { assertNewPasswordAllowed, recordOwnPasswordChange } from './account-password.ts';
import { type AuthGuard, bodyString } from './auth-call.ts';
import { throttledCurrentPasswordCheck } from './current-password-throttle.ts';

/**
 * better-auth's `/change-password`: Veldwerk's password policy first (422 `fields.newPassword`); after
 * the change the logbook entry, and the user's cached actors are dropped (other sessions are ended).
 */
export function changePasswordGuard(auth: Auth, db: Database, cache: ActorCache): AuthGuard {
  return async (call) => {
    const session = await auth.api.getSession({ headers: call.headers });
    const newPassword = bodyString(call.body, 'newPassword');
    if (session && newPassword !== undefined)
      await assertNewPasswordAllowed(db, session.user.id, newPassword);
    const response = session
      ? await throttledCurrentPasswordCheck(db, session.user.id, async () => {
          const answer = await call.forward();
          return { accepted: answer.status !== 400, result: answer };
        })
      : await call.forward();
    if (response.ok && session) {
      cache.invalidateUser(session.user.id);
      await recordOwnPasswordChange(db, {
        userId: session.user.id,
        event: 'password.changed',
        ipAddress: call.ip,
      });
    }
    return response;
  };
}

/**
 * better-auth's `/reset-password` with the token of the mail. The policy needs the token's user; an
 * unknown or expired token goes on to better-auth, which answers INVALID_TOKEN.
 */
export function resetPasswordGuard(auth: Auth, db: Database, cache: ActorCache): AuthGuard {
  return async (call) => {
    const token = bodyString(call.body, 'token') ?? call.query.get('token');
    const newPassword = bodyString(call.body, 'newPassword');
    const { internalAdapter } = await auth.$context;
    const verification = token
      ? await internalAdapter.findVerificationValue(`reset-password:${token}`)
      : null;
    const userId = verification && verification.expiresAt > new Date() ? verification.value : null;
    if (userId && newPassword !== undefined) await assertNewPasswordAllowed(db, userId, newPassword);
    const response = await call.forward();
    if (response.ok && userId) {
      cache.invalidateUser(userId);
      await recordOwnPasswordChange(db, { userId, event: 'password.reset', ipAddress: call.ip });
    }
    return response;
  };
}
