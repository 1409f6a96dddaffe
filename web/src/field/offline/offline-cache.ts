import { fieldDataCacheName, fieldFilesCacheName } from '@/shared/field-device';
import { cacheRuleFor, offlineSyncHeader } from '../service-worker/cache-rules';

/** The device keeps KLICs only where the browser offers the Cache API (a secure origin). */
export const canKeepOffline = () => typeof caches !== 'undefined';

function cacheNameOf(url: string): string {
  const rule = cacheRuleFor(new URL(url, window.location.origin).pathname, 'GET');
  if (!rule) throw new Error(`${url} is not kept on the device`);
  return rule === 'files' ? fieldFilesCacheName : fieldDataCacheName;
}

export async function isKept(url: string): Promise<boolean> {
  const cache = await caches.open(cacheNameOf(url));
  return (await cache.match(url)) !== undefined;
}

/**
 * Stores an answer under the key the service worker looks it up by. Not once the sync was stopped (a
 * logout waits for the running sync and then empties the caches: nothing may be stored after that).
 */
export async function keep(url: string, response: Response, signal: AbortSignal): Promise<void> {
  const cache = await caches.open(cacheNameOf(url));
  signal.throwIfAborted();
  await cache.put(url, response);
}

/** Stores JSON; dated now, so that the app can tell how old it is when it is used without a connection. */
export async function keepJson(
  url: string,
  body: string,
  signal: AbortSignal,
  etag: string | null = null,
): Promise<void> {
  const headers = new Headers({
    'content-type': 'application/json; charset=utf-8',
    date: new Date().toUTCString(),
  });
  if (etag) headers.set('etag', etag);
  await keep(url, new Response(body, { headers }), signal);
}

/** A download of the offline sync; the service worker lets it pass, it is stored here. */
export function download(url: string, signal: AbortSignal): Promise<Response> {
  return fetch(url, { credentials: 'same-origin', headers: { [offlineSyncHeader]: '1' }, signal });
}

export async function forgetUrls(urls: readonly string[]): Promise<void> {
  await Promise.all(urls.map(async (url) => (await caches.open(cacheNameOf(url))).delete(url)));
}

/** Everything of one KLIC: its detail, map, documents and raster all live below its API path. */
export async function forgetKlicEntries(klicId: string): Promise<void> {
  const path = `/api/field/klics/${encodeURIComponent(klicId)}`;
  await Promise.all(
    [fieldDataCacheName, fieldFilesCacheName].map(async (name) => {
      const cache = await caches.open(name);
      const keys = await cache.keys();
      await Promise.all(
        keys
          .filter((request) => {
            const { pathname } = new URL(request.url);
            return pathname === path || pathname.startsWith(`${path}/`);
          })
          .map((request) => cache.delete(request)),
      );
    }),
  );
}
