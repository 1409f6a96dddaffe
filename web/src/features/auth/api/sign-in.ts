import { apiRequest } from '@/shared/api';

export type Credentials = { identifier: string; password: string };

/** Starts a session (better-auth sets the HttpOnly cookie). An identifier with an @ is an e-mail address. */
export async function signIn({ identifier, password }: Credentials): Promise<void> {
  const name = identifier.trim();
  if (name.includes('@')) {
    await apiRequest('/api/auth/sign-in/email', { method: 'POST', body: { email: name, password } });
  } else {
    await apiRequest('/api/auth/sign-in/username', { method: 'POST', body: { username: name, password } });
  }
}
