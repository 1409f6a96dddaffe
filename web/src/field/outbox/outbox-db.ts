import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { OutboxEntry, OutboxStore } from './outbox-types';

interface OutboxDb extends DBSchema {
  entries: { key: string; value: OutboxEntry };
}

/** Its own database, so that other parts of the field app can change theirs without touching the outbox. */
const databaseName = 'veldwerk-field-outbox';

let opened: Promise<IDBPDatabase<OutboxDb>> | null = null;

function database(): Promise<IDBPDatabase<OutboxDb>> {
  opened ??= openDB<OutboxDb>(databaseName, 1, {
    upgrade(db) {
      db.createObjectStore('entries', { keyPath: 'id' });
    },
  }).catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}

/** The outbox in IndexedDB: it survives reloads and closing the app; photos are kept as Blobs. */
export const indexedDbOutboxStore: OutboxStore = {
  async all() {
    return (await database()).getAll('entries');
  },
  async add(entry) {
    await (await database()).add('entries', entry);
  },
  async update(entry) {
    const tx = (await database()).transaction('entries', 'readwrite');
    const present = (await tx.store.getKey(entry.id)) !== undefined;
    if (present) await tx.store.put(entry);
    await tx.done;
    return present;
  },
  async change(id, edit) {
    const tx = (await database()).transaction('entries', 'readwrite');
    const entry = await tx.store.get(id);
    // No other await in between: the transaction stays open from the read to the write.
    if (entry) await tx.store.put(edit(entry));
    await tx.done;
    return entry !== undefined;
  },
  async delete(id) {
    await (await database()).delete('entries', id);
  },
};
