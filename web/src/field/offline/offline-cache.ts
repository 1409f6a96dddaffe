import {
  cacheRuleFor,
  dataCacheName,
  filesCacheName,
  offlineSyncHeader,
} from '../service-worker/cache-rules';

/** The device keeps KLICs only where the browser offers the Cache API (a secure origin). */
export const canKeepOffline = () => typeof caches !== 'undefined';

function cacheNameOf(url: string): string {
  const rule = cacheRuleFor(new URL(url, window.location.origin).pathname, 'GET');
  if (!rule) throw new Error(`${url} is not kept on the device`);
  return rule === 'files' ? filesCacheName : dataCacheName;
}

export async function isKept(url: string): Promise<boolean> {
  const cache = await caches.open(cacheNameOf(url));
  return (await cache.match(url)) !== undefined;
}

/** Stores an answer under the key the service worker looks it up by. */
export async function keep(url: string, response: Response): Promise<void> {
  await (await caches.open(cacheNameOf(url))).put(url, response);
}

export async function keepJson(url: string, body: string, etag: string | null = null): Promise<void> {
  const headers = new Headers({ 'content-type': 'application/json; charset=utf-8' });
  if (etag) headers.set('etag', etag);
  await keep(url, new Response(body, { headers }));
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
    [dataCacheName, filesCacheName].map(async (name) => {
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

export async function forgetAllEntries(): Promise<void> {
  await Promise.all([caches.delete(dataCacheName), caches.delete(filesCacheName)]);
}
