import { apiRequest, isApiError } from '@/shared/api';

/** Ends the session; a session that had already ended counts as logged out. */
export async function signOut(): Promise<void> {
  try {
    await apiRequest('/api/auth/sign-out', { method: 'POST', body: {} });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return;
    throw error;
  }
}
