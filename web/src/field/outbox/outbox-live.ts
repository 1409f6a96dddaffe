import { currentLanguage } from '@/shared/i18n';
import { indexedDbOutboxStore } from './outbox-db';
import { createOutboxSender, idleStatus, type SenderStatus } from './outbox-sender';
import {
  type NewOutboxEntry,
  newEntry,
  type OutboxEntry,
  oldestFirst,
  sendableEntries,
} from './outbox-types';

export type OutboxSnapshot = {
  /** Oldest first. */
  entries: OutboxEntry[];
  loaded: boolean;
  /** IndexedDB cannot be used in this browser (e.g. blocked storage): nothing can be saved for later. */
  unavailable: boolean;
  status: SenderStatus;
  /** Counts entries that arrived, so that lists of what arrived know when to ask the server again. */
  delivered: number;
  /** The entry saved last in this tab and whether the phone had a connection then (for "Opgeslagen; …"). */
  lastAdded: { id: string; online: boolean } | null;
};

const store = indexedDbOutboxStore;
const timerIntervalMs = 30_000;
/** Tells the app's other tabs that the outbox changed (only one of them sends). */
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('veldwerk-field-outbox') : null;

let snapshot: OutboxSnapshot = {
  entries: [],
  loaded: false,
  unavailable: false,
  status: idleStatus,
  delivered: 0,
  lastAdded: null,
};
const listeners = new Set<() => void>();
let refreshes = 0;
let sender: ReturnType<typeof createOutboxSender> | null = null;
/** The worker logged in in this tab, as the field app's session knows them. */
let user: string | null = null;

function publish(next: Partial<OutboxSnapshot>): void {
  snapshot = { ...snapshot, ...next };
  for (const listener of listeners) listener();
}

export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const outboxSnapshot = (): OutboxSnapshot => snapshot;

/** Reads the outbox again; of overlapping reads only the last one started counts. */
async function refresh(): Promise<void> {
  const mine = ++refreshes;
  try {
    const entries = oldestFirst(await store.all());
    if (mine === refreshes) publish({ entries, loaded: true, unavailable: false });
  } catch {
    if (mine === refreshes) publish({ loaded: true, unavailable: true });
  }
}

function changed(): Promise<void> {
  channel?.postMessage('changed');
  return refresh();
}

channel?.addEventListener('message', (event) => {
  if (event.data === 'delivered') publish({ delivered: snapshot.delivered + 1 });
  void refresh();
});

function exclusive(task: () => Promise<void>): Promise<void> {
  if (typeof navigator.locks?.request !== 'function') return task();
  return navigator.locks.request('veldwerk-field-outbox-sender', task).then(() => undefined);
}

/** Starts sending: now, whenever the connection returns and every 30 s while something waits. */
export function startOutboxSender(): void {
  if (sender) return;
  const started = createOutboxSender({
    store,
    userId: () => user,
    fetch: (input, init) => fetch(input, init),
    headers: () => ({ 'Accept-Language': currentLanguage() }),
    now: () => new Date(),
    onChange: () => void changed(),
    onDelivered: () => {
      publish({ delivered: snapshot.delivered + 1 });
      channel?.postMessage('delivered');
    },
    exclusive,
    onStatus: (status) => publish({ status }),
  });
  sender = started;
  window.addEventListener('online', () => void started.request());
  window.setInterval(() => {
    if (sendableEntries(snapshot.entries, user).length > 0) void started.request(true);
  }, timerIntervalMs);
  void refresh().then(() => started.request());
}

/**
 * Tells the sender who is logged in in this tab (null: nobody). Only that worker's entries are sent;
 * a worker who logs in gets theirs sent at once.
 */
export function setOutboxUser(userId: string | null): void {
  if (userId === user) return;
  user = userId;
  if (userId !== null) void sender?.request();
}

/** Keeps what the worker saved on the device and sends it as soon as possible. */
export async function addToOutbox(entry: NewOutboxEntry): Promise<void> {
  const added = newEntry(entry, new Date());
  await store.add(added);
  await changed();
  publish({ lastAdded: { id: added.id, online: navigator.onLine } });
  void sender?.request();
}

export function sendOutboxNow(): void {
  void sender?.request();
}

/** A refused entry goes out again (e.g. after the planner gave the KLIC back). */
export async function retryOutboxEntry(id: string): Promise<void> {
  await store.change(id, (entry) => ({ ...entry, stopped: false }));
  await changed();
  void sender?.request();
}

export async function removeFromOutbox(id: string): Promise<void> {
  await store.delete(id);
  await changed();
}
