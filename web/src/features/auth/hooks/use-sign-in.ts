import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/shared/api';
import { sessionQueryOptions } from '../api/session';
import { type Credentials, type SecondFactor, signIn, verifySecondFactor } from '../api/sign-in';
import { LoginError, loginErrorFrom } from '../login-error';

/** Loads the session so that the pages behind the login can show at once. */
function useLoadSession() {
  const queryClient = useQueryClient();
  return async () => {
    const session = await queryClient.fetchQuery({ ...sessionQueryOptions, staleTime: 0 });
    if (!session) throw new LoginError('failed');
    return session;
  };
}

/** Logs in with the password; resolves with `needsCode` when a two-factor code is still due. */
export function useSignIn() {
  const loadSession = useLoadSession();
  return useMutation({
    mutationFn: async (credentials: Credentials) => {
      let needsCode: boolean;
      try {
        ({ needsCode } = await signIn(credentials));
      } catch (error) {
        throw loginErrorFrom(error);
      }
      if (!needsCode) await loadSession();
      return { needsCode };
    },
  });
}

/** The second step of a two-factor login. */
export function useVerifySecondFactor() {
  const loadSession = useLoadSession();
  return useMutation({
    mutationFn: async (factor: SecondFactor) => {
      try {
        await verifySecondFactor(factor);
      } catch (error) {
        if (isApiError(error) && error.status === 401 && /COOKIE|SESSION/i.test(error.code)) {
          throw new LoginError('codeExpired', error);
        }
        if (isApiError(error) && [400, 401, 403].includes(error.status))
          throw new LoginError('invalidCode', error);
        throw loginErrorFrom(error);
      }
      await loadSession();
    },
  });
}
