import { hostNotAllowed } from './download-errors.ts';

/** As the URL parser writes them in `hostname`; plain http is only ever allowed to these. */
const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Returns the parsed URL when it may be downloaded from, otherwise throws klic.download_host_not_allowed.
 *
 * An allowed host is `hostname` or `hostname:port` (IPv6 in brackets) and must equal the URL's host
 * exactly, compared case-insensitively after the URL parser has normalised it (IP notations, punycode,
 * the scheme's default port dropped): no suffixes, no other ports. The URL must be https, without user
 * name or password; http only to an allowed loopback host (tests run a local server).
 */
export function allowedDownloadUrl(link: string, allowedHosts: readonly string[], base?: URL): URL {
  const url = URL.parse(link, base?.href);
  if (url === null) throw hostNotAllowed('');
  const listed = allowedHosts.some((host) => host.trim().toLowerCase() === url.host);
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTNAMES.has(url.hostname));
  if (!listed || !secure || url.username !== '' || url.password !== '') throw hostNotAllowed(url.host);
  return url;
}
