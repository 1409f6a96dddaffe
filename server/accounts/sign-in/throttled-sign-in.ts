import type { Database } from '../../infra/db/database.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { type AuthGuard, bodyString } from './auth-call.ts';
import { findLoginAccount, recordLoginFailed, recordLoginLocked } from './login-events.ts';
import {
  accountSubject,
  addressSubject,
  loginSucceeded,
  loginThrottleLockSeconds,
  pruneLoginThrottle,
  releaseLoginAttempt,
  reserveLoginAttempt,
} from './throttle.ts';

const pruneEveryMs = 60 * 60 * 1000;

/**
 * Login with e-mail or username and password, throttled per account and per network address. A
 * locked attempt is refused before better-auth checks the password; unknown accounts count exactly
 * like known ones, so the answer never tells whether an account exists.
 */
export function throttledSignIn(db: Database, by: 'email' | 'username'): AuthGuard {
  let lastPrune = 0;
  return async (call) => {
    const identifier = bodyString(call.body, by);
    const found = identifier ? await findLoginAccount(db, by, identifier) : null;
    // A known account is counted once, whether its e-mail address or its username is typed.
    const accountKey = found ? `user:${found.userId}` : identifier;
    const subjects = [addressSubject(call.ip), ...(accountKey ? [accountSubject(accountKey)] : [])];
    const account = async () => found;

    const decision = await reserveLoginAttempt(db, subjects);
    if (!decision.allowed) {
      for (const subject of decision.newlyLocked) {
        await recordLoginLocked(db, {
          subject,
          account: subject.kind === 'account' ? await account() : null,
          ipAddress: call.ip,
          minutes: loginThrottleLockSeconds / 60,
        });
      }
      throw new AppError('TOO_MANY_REQUESTS', {
        params: { seconds: decision.retryAfterSeconds },
        detail: 'login throttled',
      });
    }

    let response: Response;
    try {
      response = await call.forward();
    } catch (error) {
      await releaseLoginAttempt(db, subjects);
      throw error;
    }
    // 200 also when a second factor is still asked for: the password was right.
    if (response.status === 200) await loginSucceeded(db, subjects);
    else if (response.status === 401)
      await recordLoginFailed(db, { account: await account(), ipAddress: call.ip });
    else await releaseLoginAttempt(db, subjects);

    if (Date.now() - lastPrune > pruneEveryMs) {
      lastPrune = Date.now();
      await pruneLoginThrottle(db);
    }
    return response;
  };
}
