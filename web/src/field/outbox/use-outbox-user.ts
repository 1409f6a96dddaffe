import { useEffect } from 'react';
import { setOutboxUser } from './outbox-live';

/** The field app's session tells the outbox who is logged in; null while nobody is. */
export function useOutboxUser(userId: string | null): void {
  useEffect(() => setOutboxUser(userId), [userId]);
}
