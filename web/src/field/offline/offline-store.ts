import { canKeepOffline } from './offline-cache';

/** Where one KLIC stands on this device. */
export type KlicOfflineState =
  | { state: 'pending' }
  | { state: 'busy'; done: number; total: number }
  | { state: 'ready' }
  | { state: 'failed' };

export type OfflineSnapshot = {
  supported: boolean;
  klics: Readonly<Record<string, KlicOfflineState>>;
  /** The KLICs of the worker's list, in its order. */
  listed: readonly string[];
  activity: 'idle' | 'busy' | 'paused';
  usedBytes: number | null;
};

const initial: OfflineSnapshot = {
  supported: canKeepOffline(),
  klics: {},
  listed: [],
  activity: 'idle',
  usedBytes: null,
};

let snapshot = initial;
const listeners = new Set<() => void>();

/** The offline state as React reads it (useSyncExternalStore): a new object on every change. */
export const offlineStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: () => snapshot,
  update(change: Partial<OfflineSnapshot>) {
    snapshot = { ...snapshot, ...change };
    for (const listener of listeners) listener();
  },
  setKlic(klicId: string, state: KlicOfflineState) {
    offlineStore.update({ klics: { ...snapshot.klics, [klicId]: state } });
  },
  dropKlic(klicId: string) {
    const { [klicId]: _dropped, ...klics } = snapshot.klics;
    offlineStore.update({ klics, listed: snapshot.listed.filter((id) => id !== klicId) });
  },
  reset() {
    offlineStore.update({ ...initial, usedBytes: snapshot.usedBytes });
  },
};
