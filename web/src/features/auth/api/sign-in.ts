import { apiRequest } from '@/shared/api';

export type Credentials = { identifier: string; password: string };

/** better-auth answers `twoFactorRedirect: true` when the password was right but a code is still due. */
type SignInAnswer = { twoFactorRedirect?: boolean };

/**
 * Starts a session (better-auth sets the HttpOnly cookie). An identifier with an @ is an e-mail address.
 * Resolves with whether a second factor is still needed.
 */
export async function signIn({ identifier, password }: Credentials): Promise<{ needsCode: boolean }> {
  const name = identifier.trim();
  const answer = name.includes('@')
    ? await apiRequest<SignInAnswer>('/api/auth/sign-in/email', {
        method: 'POST',
        body: { email: name, password },
      })
    : await apiRequest<SignInAnswer>('/api/auth/sign-in/username', {
        method: 'POST',
        body: { username: name, password },
      });
  return { needsCode: answer?.twoFactorRedirect === true };
}

export type SecondFactor = { code: string; kind: 'app' | 'backup' };

/** The second step: a code from the authenticator app, or one of the backup codes. */
export async function verifySecondFactor({ code, kind }: SecondFactor): Promise<void> {
  const path =
    kind === 'app' ? '/api/auth/two-factor/verify-totp' : '/api/auth/two-factor/verify-backup-code';
  await apiRequest(path, { method: 'POST', body: { code: code.replace(/\s/g, '') } });
}
