/**
 * Which requests of the field app are kept on the device, and where. The service worker routes by these
 * rules, and the offline sync (web/src/field/offline) fills the same caches under the same keys.
 */
export const dataCacheName = 'veld-data';
export const filesCacheName = 'veld-files';

/**
 * Sent by the offline sync on its own downloads: it stores them itself, so the service worker lets them
 * pass instead of storing each (large) file a second time.
 */
export const offlineSyncHeader = 'x-veld-offline-sync';

/**
 * 'data' is asked from the server first (it changes); 'kept' is answered from the device at once and
 * refreshed behind it (a KLIC's map changes only with a new delivery, and the offline sync fetches that
 * one as soon as the list names it); 'files' never change once stored. 'data' and 'kept' share a cache.
 */
export type CacheRule = 'data' | 'kept' | 'files';

const rules: ReadonlyArray<readonly [RegExp, CacheRule]> = [
  [/^\/api\/field\/klics\/[^/]+\/(files|attachments)\/[^/]+$/, 'files'],
  [/^\/api\/field\/registrations\/[^/]+\/photos\/[^/]+$/, 'files'],
  [/^\/api\/field\/klics\/[^/]+\/map$/, 'kept'],
  [/^\/api\/field\/klics(\/[^/]+)?$/, 'data'],
  [/^\/api\/field\/registrations$/, 'data'],
  [/^\/api\/reason-lists\/[^/]+$/, 'data'],
  [/^\/api\/me$/, 'data'],
];

/** The rule for a same-origin request, or null when it always goes to the network (and is never kept). */
export function cacheRuleFor(pathname: string, method: string): CacheRule | null {
  if (method !== 'GET') return null;
  return rules.find(([pattern]) => pattern.test(pathname))?.[1] ?? null;
}

/**
 * The registrations that arrived are asked with `?since=`; one entry (the last answer) is kept, not one
 * per moment asked.
 */
export function dataCacheKey(url: URL): string {
  return url.pathname === '/api/field/registrations' ? `${url.origin}${url.pathname}` : url.href;
}
