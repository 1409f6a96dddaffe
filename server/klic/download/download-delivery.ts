import type { Readable } from 'node:stream';
import { downloadExpired, downloadFailed, downloadTooLarge } from './download-errors.ts';
import { allowedDownloadUrl } from './download-url.ts';
import { fetchFollowingRedirects } from './follow-redirects.ts';
import { startStallWatchdog } from './stall-watchdog.ts';
import { openZipBody } from './zip-body.ts';

export type DownloadOptions = {
  /** Hosts the link and every redirect may point to; the setting KLIC_DOWNLOAD_HOSTS. */
  allowedHosts: readonly string[];
  /** The whole download, redirects included. */
  timeoutMs: number;
  /** Without a single byte for this long the download is given up; default 30 s (at most timeoutMs). */
  stallTimeoutMs?: number;
  maxBytes: number;
  fetch?: typeof fetch;
  /**
   * Where the bytes go, e.g. `(body) => blobStore.put(key, body, { maxBytes })`. It must read the stream
   * to its end, and store nothing when the stream fails (as BlobStore.put does): a download that breaks
   * off, stalls or grows too large fails the stream while the destination is reading it.
   */
  destination: (body: Readable) => Promise<{ size: number; sha256: string }>;
};

export type DownloadedFile = { size: number; sha256: string };

const DEFAULT_STALL_TIMEOUT_MS = 30_000;

/**
 * Fetches a KLIC delivery ZIP from the "Download levering" link in a Kadaster mail and hands it to the
 * destination. The destination is only called once the answer looks right (allowed host, status 200,
 * Content-Length within the limit, starts like a ZIP), so earlier failures leave nothing behind.
 * Failures are AppErrors with a klic.download_* reason; isRetryableDownloadError says which may pass.
 */
export async function downloadDelivery(link: string, options: DownloadOptions): Promise<DownloadedFile> {
  const start = allowedDownloadUrl(link, options.allowedHosts);
  const stalled = new AbortController();
  const signal = AbortSignal.any([AbortSignal.timeout(options.timeoutMs), stalled.signal]);
  const stallMs = Math.min(options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS, options.timeoutMs);
  const watchdog = startStallWatchdog(stallMs, () => stalled.abort());
  try {
    const response = await fetchFollowingRedirects(
      options.fetch ?? fetch,
      start,
      options.allowedHosts,
      signal,
    );
    watchdog.kick();
    assertDeliveryResponse(response, options.maxBytes);
    const body = await openZipBody(response.body, {
      maxBytes: options.maxBytes,
      signal,
      onProgress: watchdog.kick,
    });
    const { size, sha256 } = await options.destination(body);
    return { size, sha256 };
  } finally {
    watchdog.stop();
    // Closes the connection of an answer that was refused or read only in part; harmless after success.
    stalled.abort();
  }
}

function assertDeliveryResponse(response: Response, maxBytes: number): void {
  // The Kadaster answers 404 or 410 once the link's 20 working days are over.
  if (response.status === 404 || response.status === 410) throw downloadExpired(response.status);
  if (response.status !== 200) throw downloadFailed(response.status);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw downloadTooLarge(maxBytes);
}
