import type { Session } from '@/shared/session';

/**
 * Whether the server now names another user than the session last known on this device: then the data
 * the device keeps belong to someone else (a shared phone, a login in the office app) and must go
 * before the new user sees anything.
 */
export function isAnotherUser(lastKnown: Session | null, current: Session): boolean {
  return lastKnown !== null && lastKnown.user.id !== current.user.id;
}
