// The field app's service worker (/veld/sw.js, scope /veld/), built as a classic script by
// web/vite.field.config.ts with the precache list of the field build. The office app is outside its scope.
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim, type RouteMatchCallbackOptions, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import {
  type CacheRule,
  cacheRuleFor,
  dataCacheKey,
  dataCacheName,
  filesCacheName,
  offlineSyncHeader,
} from './cache-rules';
import type { PrecacheEntry } from './precache-entries';

declare const __VELD_PRECACHE__: PrecacheEntry[];
// Typed with the DOM library like the rest of the web code; a service worker adds skipWaiting.
declare const self: typeof globalThis & { skipWaiting(): Promise<void> };

// A new release takes over at once; the app offers a reload when it notices (new-version-toast.tsx).
self.addEventListener('install', () => void self.skipWaiting());
clientsClaim();

precacheAndRoute(__VELD_PRECACHE__);
cleanupOutdatedCaches();

// Every page of the field app is the app shell; the browser's router shows the page, also offline.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/veld/index.html'), { allowlist: [/^\/veld(\/|$)/] }),
);

/** Only complete answers are kept: never an error, a redirect or a 304 without a body. */
const onlyComplete = new CacheableResponsePlugin({ statuses: [200] });

/** A 401 means the session ended (logout elsewhere, revoked by the admin): the worker's data leave the device. */
const sessionEnd: WorkboxPlugin = {
  fetchDidSucceed: async ({ response }) => {
    if (response.status === 401)
      await Promise.all([caches.delete(dataCacheName), caches.delete(filesCacheName)]);
    return response;
  },
};

const dataKey: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => dataCacheKey(new URL(request.url)),
};

function matches(rule: CacheRule) {
  return ({ url, request }: RouteMatchCallbackOptions) =>
    url.origin === self.location.origin &&
    !request.headers.has(offlineSyncHeader) &&
    cacheRuleFor(url.pathname, request.method) === rule;
}

registerRoute(
  matches('data'),
  new NetworkFirst({
    cacheName: dataCacheName,
    // On a weak connection the kept answer is shown rather than a long wait.
    networkTimeoutSeconds: 4,
    plugins: [sessionEnd, onlyComplete, dataKey],
  }),
);

registerRoute(
  matches('kept'),
  new StaleWhileRevalidate({ cacheName: dataCacheName, plugins: [sessionEnd, onlyComplete, dataKey] }),
);

registerRoute(
  matches('files'),
  new CacheFirst({
    cacheName: filesCacheName,
    plugins: [sessionEnd, onlyComplete, new ExpirationPlugin({ maxEntries: 5000 })],
  }),
);
