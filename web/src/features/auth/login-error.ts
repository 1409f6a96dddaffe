import { isApiError } from '@/shared/api';

export type LoginFailure =
  | 'invalidCredentials'
  | 'invalidCode'
  | 'codeExpired'
  | 'tooManyAttempts'
  | 'network'
  | 'failed';

/** Why logging in did not work, translated when shown (so a language switch also switches the message). */
export class LoginError extends Error {
  override readonly name = 'LoginError';
  readonly failure: LoginFailure;

  constructor(failure: LoginFailure, cause?: unknown) {
    super(`login failed: ${failure}`, { cause });
    this.failure = failure;
  }
}

/** better-auth rejects a wrong password with 401, and a malformed e-mail address or username with 400/422. */
export function loginErrorFrom(error: unknown): LoginError {
  if (!isApiError(error)) return new LoginError('failed', error);
  if (error.status === 0) return new LoginError('network', error);
  if (error.status === 429) return new LoginError('tooManyAttempts', error);
  if ([400, 401, 422].includes(error.status)) return new LoginError('invalidCredentials', error);
  return new LoginError('failed', error);
}
