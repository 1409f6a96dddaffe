import type { Actor } from './actor.ts';

/**
 * Remembers the actor of a session token for a few seconds, so that a burst of API calls does not
 * verify the session and load rights on every request. Changes to a user's rights or regions call
 * `invalidateUser`; other app instances see them within `ttlMs`.
 */
export type ActorCache = {
  get(token: string): Actor | undefined;
  set(token: string, actor: Actor, sessionExpiresAt: Date): void;
  invalidateToken(token: string): void;
  invalidateUser(userId: string): void;
};

export function createActorCache(options: { ttlMs: number; maxEntries: number }): ActorCache {
  const entries = new Map<string, { actor: Actor; expiresAt: number }>();
  return {
    get(token) {
      const entry = entries.get(token);
      if (!entry) return undefined;
      if (entry.expiresAt <= Date.now()) {
        entries.delete(token);
        return undefined;
      }
      return entry.actor;
    },
    set(token, actor, sessionExpiresAt) {
      if (entries.size >= options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      entries.set(token, {
        actor,
        expiresAt: Math.min(Date.now() + options.ttlMs, sessionExpiresAt.getTime()),
      });
    },
    invalidateToken(token) {
      entries.delete(token);
    },
    invalidateUser(userId) {
      for (const [token, entry] of entries) if (entry.actor.userId === userId) entries.delete(token);
    },
  };
}
