import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionQueryOptions } from '../api/session';
import { type Credentials, signIn } from '../api/sign-in';
import { LoginError, loginErrorFrom } from '../login-error';

/** Logs in, then loads the session so that the pages behind the login can show at once. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Credentials) => {
      try {
        await signIn(credentials);
      } catch (error) {
        throw loginErrorFrom(error);
      }
      const session = await queryClient.fetchQuery({ ...sessionQueryOptions, staleTime: 0 });
      if (!session) throw new LoginError('failed');
      return session;
    },
  });
}
