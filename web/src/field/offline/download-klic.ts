import { type FieldKlicDetail, fieldKlicUrl, fieldMapUrl } from '../api/field-api';
import { download, forgetUrls, isKept, keep, keepJson } from './offline-cache';
import type { KlicOfflineRecord } from './offline-record';
import { klicFiles, staleUrls } from './sync-plan';

/** A download that the server refused; `status` 404 means the KLIC is no longer the worker's. */
export class DownloadRefused extends Error {
  readonly status: number;
  constructor(url: string, status: number) {
    super(`${url} answered ${status}`);
    this.status = status;
  }
}

async function fetchOk(url: string, signal: AbortSignal): Promise<Response> {
  const response = await download(url, signal);
  if (response.status !== 200) {
    await response.body?.cancel();
    throw new DownloadRefused(url, response.status);
  }
  return response;
}

/** Two at a time: quick on a good connection, without flooding a weak one. */
const parallelDownloads = 2;

/**
 * Puts one KLIC on the device: its detail, its map, the map's background raster and every document.
 * Files already kept are not fetched again (they never change). The detail and map are stored last, so
 * that the caches never name files that are not there; the files of an older delivery are removed.
 */
export async function downloadKlic(
  klicId: string,
  before: KlicOfflineRecord | undefined,
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
): Promise<KlicOfflineRecord> {
  const detailUrl = fieldKlicUrl(klicId);
  const detailText = await (await fetchOk(detailUrl, signal)).text();
  const detail = (JSON.parse(detailText) as { klic: FieldKlicDetail }).klic;

  const map = detail.currentDeliveryId ? await fetchMap(klicId, before, signal) : null;
  const files = klicFiles(detail.documents, map?.backgroundUrl ?? null);
  const missing = (await Promise.all(files.map(async (url) => ((await isKept(url)) ? null : url)))).filter(
    (url): url is string => url !== null,
  );
  let done = 0;
  if (missing.length > 0) onProgress(done, missing.length);
  const queue = [...missing];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      await keep(url, await fetchOk(url, signal), signal);
      done += 1;
      onProgress(done, missing.length);
    }
  };
  await Promise.all(Array.from({ length: parallelDownloads }, worker));
  signal.throwIfAborted();

  await keepJson(detailUrl, detailText, signal);
  if (map?.body) await keepJson(fieldMapUrl(klicId), map.body, signal, map.etag);
  const record: KlicOfflineRecord = {
    deliveryId: detail.currentDeliveryId,
    mapEtag: map?.etag ?? null,
    backgroundUrl: map?.backgroundUrl ?? null,
    data: map ? [detailUrl, fieldMapUrl(klicId)] : [detailUrl],
    files,
    checkedAt: Date.now(),
  };
  await forgetUrls(staleUrls(before, record));
  return record;
}

/** The map; `body` null when the kept copy is still current (same ETag), which is then not read again. */
async function fetchMap(klicId: string, before: KlicOfflineRecord | undefined, signal: AbortSignal) {
  const url = fieldMapUrl(klicId);
  const response = await fetchOk(url, signal);
  const etag = response.headers.get('etag');
  if (etag !== null && before?.mapEtag === etag && (await isKept(url))) {
    await response.body?.cancel();
    return { etag, body: null, backgroundUrl: before.backgroundUrl };
  }
  const body = await response.text();
  const payload = JSON.parse(body) as { background: { url: string } | null };
  return { etag, body, backgroundUrl: payload.background?.url ?? null };
}
