import { connectionFailed, downloadFailed } from './download-errors.ts';
import { allowedDownloadUrl } from './download-url.ts';

export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * GETs the URL and follows redirects by hand, so that every target passes the same host check as the
 * link itself (fetch's own redirect handling would go anywhere). Returns the first non-redirect answer.
 */
export async function fetchFollowingRedirects(
  fetchFn: typeof fetch,
  start: URL,
  allowedHosts: readonly string[],
  signal: AbortSignal,
): Promise<Response> {
  let url = start;
  for (let redirects = 0; ; redirects++) {
    const response = await fetchFn(url, { redirect: 'manual', signal }).catch((error: unknown) => {
      throw connectionFailed(error, signal);
    });
    if (!REDIRECT_STATUSES.has(response.status)) return response;
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get('location');
    if (location === null || redirects === MAX_REDIRECTS) throw downloadFailed(response.status);
    url = allowedDownloadUrl(location, allowedHosts, url);
  }
}
