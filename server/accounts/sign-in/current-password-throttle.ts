import type { Database } from '../../infra/db/database.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { accountSubject, loginSucceeded, releaseLoginAttempt, reserveLoginAttempt } from './throttle.ts';

/**
 * A password change checks the current password: with a stolen session it would be a way to guess it.
 * It shares the login throttle of the account, so guesses here and at the login count together.
 * `check` returns whether the current password was accepted (true), refused (false); it may throw for
 * other problems, which do not count.
 */
export async function throttledCurrentPasswordCheck<T>(
  db: Database,
  userId: string,
  check: () => Promise<{ accepted: boolean; result: T }>,
): Promise<T> {
  const subjects = [accountSubject(`user:${userId}`)];
  const decision = await reserveLoginAttempt(db, subjects);
  if (!decision.allowed) {
    throw new AppError('TOO_MANY_REQUESTS', {
      params: { seconds: decision.retryAfterSeconds },
      detail: 'current password throttled',
    });
  }
  let outcome: { accepted: boolean; result: T };
  try {
    outcome = await check();
  } catch (error) {
    await releaseLoginAttempt(db, subjects);
    throw error;
  }
  if (outcome.accepted) await loginSucceeded(db, subjects);
  return outcome.result;
}
