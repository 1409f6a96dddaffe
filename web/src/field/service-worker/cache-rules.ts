/**
 * Which requests of the field app are kept on the device, and where. The service worker routes by these
 * rules, and the offline sync (web/src/field/offline) fills the same caches (named in
 * web/src/shared/field-device) under the same keys.
 */

/**
 * Requests the service worker lets pass untouched: the offline sync's own downloads (it stores them itself,
 * not each large file twice) and the outbox's check of who the session belongs to (never a kept answer).
 */
export const offlineSyncHeader = 'x-veld-offline-sync';

/**
 * Set by the service worker on an answer it gave from the device because the server did not answer (in
 * time): when that answer was kept (an HTTP date).
 */
export const keptAtHeader = 'x-veld-kept-at';

/** The message the service worker sends the page after each data answer: `keptAt` null when it is fresh. */
export const keptAnswerMessage = 'veld-kept-answer';
export type KeptAnswerMessage = { type: typeof keptAnswerMessage; path: string; keptAt: string | null };

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
