import { apiRequest, isApiError } from '@/shared/api';
import { forgetFieldDeviceData } from '@/shared/field-device';

/**
 * Ends the session; a session that had already ended counts as logged out. The field app's data of this
 * browser go as well: the next user of the device must not find the previous worker's KLICs there.
 */
export async function signOut(): Promise<void> {
  try {
    await apiRequest('/api/auth/sign-out', { method: 'POST', body: {} });
  } catch (error) {
    if (!(isApiError(error) && error.status === 401)) throw error;
  }
  await forgetFieldDeviceData().catch((error: unknown) => {
    console.warn('Removing the field app data from this browser failed', error);
  });
}
