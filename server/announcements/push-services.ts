/**
 * The push services of the browsers Veldwerk supports (Chrome and other Chromium browsers, Edge,
 * Firefox, Safari). Only these are accepted as subscription endpoints: the push job posts to the
 * endpoint, and an arbitrary URL would let any member make the server call hosts of their choosing.
 */
const pushServiceDomains = [
  'fcm.googleapis.com',
  'android.googleapis.com',
  'push.services.mozilla.com',
  'notify.windows.com',
  'push.apple.com',
] as const;

export function isKnownPushService(endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '')
    return false;
  const host = url.hostname.toLowerCase();
  return pushServiceDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
