import {
  fieldDataCacheName,
  fieldFilesCacheName,
  fieldOfflineRecordsStorageKey,
  fieldSessionStorageKey,
} from './field-device-keys';

/**
 * Takes the field worker's data off this browser: the kept KLICs, maps and documents, the last known
 * session and the list of what is kept. The field app's outbox (registrations not yet sent) stays.
 * Called by both logouts, so that the next user of a shared device never sees them.
 */
export async function forgetFieldDeviceData(): Promise<void> {
  for (const key of [fieldSessionStorageKey, fieldOfflineRecordsStorageKey]) {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Storage blocked: nothing was stored.
    }
  }
  if (typeof caches === 'undefined') return;
  await Promise.all([caches.delete(fieldDataCacheName), caches.delete(fieldFilesCacheName)]);
}
