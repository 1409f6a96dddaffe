import { useSyncExternalStore } from 'react';
import { type OutboxSnapshot, outboxSnapshot, subscribeOutbox } from './outbox-live';

/** What waits in the outbox and how sending goes; updates as entries arrive (also from other tabs). */
export function useOutbox(): OutboxSnapshot {
  return useSyncExternalStore(subscribeOutbox, outboxSnapshot);
}
