import { useEffect, useSyncExternalStore } from 'react';
import type { FieldKlic } from '../api/field-api';
import { type OfflineSnapshot, offlineStore } from './offline-store';
import { keepKlicsOffline } from './sync-engine';

export function useOfflineSnapshot(): OfflineSnapshot {
  return useSyncExternalStore(offlineStore.subscribe, offlineStore.get);
}

/** Keeps the KLICs of the worker's list on the device, whenever the list (re)loads. */
export function useKeepKlicsOffline(klics: FieldKlic[] | undefined): void {
  useEffect(() => {
    if (klics) keepKlicsOffline(klics);
  }, [klics]);
}
