import { offlineStore } from './offline-store';

const persistAskedKey = 'veldwerk.field.persistAsked';

/**
 * Asks once per device that the browser keeps the stored KLICs also when space runs short (Firefox asks
 * the worker; Chrome decides by itself, e.g. for an installed app). Without it they may be cleared.
 */
export async function askPersistentStorageOnce(): Promise<void> {
  if (!navigator.storage?.persist) return;
  try {
    if (window.localStorage.getItem(persistAskedKey)) return;
    window.localStorage.setItem(persistAskedKey, new Date().toISOString());
    await navigator.storage.persist();
  } catch {
    // Not granted or not possible: the KLICs stay as long as the browser allows.
  }
}

/** How much this app (caches, outbox) takes on the device, as the browser estimates it. */
export async function refreshStorageUse(): Promise<void> {
  if (!navigator.storage?.estimate) return;
  try {
    const { usage } = await navigator.storage.estimate();
    offlineStore.update({ usedBytes: usage ?? null });
  } catch {
    // No estimate available.
  }
}
