// The field app's service worker (/veld/sw.js, scope /veld/), built as a classic script by
// web/vite.field.config.ts with the precache list of the field build. The office app is outside its scope.
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim, type RouteMatchCallbackOptions, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
// Relative: this file is built without the app's '@' alias (web/vite.field.config.ts).
import { fieldDataCacheName, fieldFilesCacheName } from '../../shared/field-device/field-device-keys';
import {
  type CacheRule,
  cacheRuleFor,
  dataCacheKey,
  type KeptAnswerMessage,
  keptAnswerMessage,
  keptAtHeader,
  offlineSyncHeader,
} from './cache-rules';
import type { PrecacheEntry } from './precache-entries';

declare const __VELD_PRECACHE__: PrecacheEntry[];
// Typed with the DOM library like the rest of the web code; a service worker adds these.
declare const self: typeof globalThis & {
  skipWaiting(): Promise<void>;
  clients: { get(id: string): Promise<{ postMessage(message: KeptAnswerMessage): void } | undefined> };
};

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
      await Promise.all([caches.delete(fieldDataCacheName), caches.delete(fieldFilesCacheName)]);
    return response;
  },
};

const dataKey: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => dataCacheKey(new URL(request.url)),
};

/**
 * Tells the page whether a data answer came from the device because the server did not answer (in time),
 * and since when it was kept there, so that the page can say the data may be out of date.
 */
const keptAnswer: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    const keptAt = cachedResponse?.headers.get('date');
    if (!cachedResponse || !keptAt) return cachedResponse;
    const headers = new Headers(cachedResponse.headers);
    headers.set(keptAtHeader, keptAt);
    const { status, statusText } = cachedResponse;
    return new Response(cachedResponse.body, { status, statusText, headers });
  },
  handlerDidRespond: async ({ request, response, event }) => {
    const clientId = (event as Event & { clientId?: string }).clientId;
    const client = clientId ? await self.clients.get(clientId) : undefined;
    client?.postMessage({
      type: keptAnswerMessage,
      path: new URL(request.url).pathname,
      keptAt: response?.headers.get(keptAtHeader) ?? null,
    });
  },
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
    cacheName: fieldDataCacheName,
    // On a weak connection the kept answer is shown rather than a long wait.
    networkTimeoutSeconds: 4,
    plugins: [sessionEnd, onlyComplete, dataKey, keptAnswer],
  }),
);

registerRoute(
  matches('kept'),
  new StaleWhileRevalidate({ cacheName: fieldDataCacheName, plugins: [sessionEnd, onlyComplete, dataKey] }),
);

registerRoute(
  matches('files'),
  new CacheFirst({
    cacheName: fieldFilesCacheName,
    plugins: [sessionEnd, onlyComplete, new ExpirationPlugin({ maxEntries: 5000 })],
  }),
);
