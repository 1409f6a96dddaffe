import type { SubscriptionJson } from '../api/types';
import { base64UrlToBytes, sameBytes } from './base64url';

const workerUrl = '/push-sw.js';

/** What this browser can do and has done about push notifications for this site. */
export type PushState =
  | { supported: false }
  | { supported: true; permission: NotificationPermission; subscribed: boolean };

/** Internet Explorer and Safari on an iPhone (outside the home screen) cannot receive push messages. */
export function pushSupported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

export async function readPushState(): Promise<PushState> {
  if (!pushSupported()) return { supported: false };
  const registration = await navigator.serviceWorker.getRegistration('/');
  const subscription = await registration?.pushManager.getSubscription();
  return { supported: true, permission: Notification.permission, subscribed: Boolean(subscription) };
}

/**
 * The browser's subscription for this site, made with the server's key. One made with another key (a
 * reinstalled server) can never receive our messages and is replaced.
 */
export async function subscribeBrowser(publicKey: string): Promise<SubscriptionJson> {
  await navigator.serviceWorker.register(workerUrl, { scope: '/' });
  const registration = await navigator.serviceWorker.ready;
  const key = base64UrlToBytes(publicKey);
  let subscription = await registration.pushManager.getSubscription();
  if (subscription && !sameBytes(subscription.options.applicationServerKey, key)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: key,
  });
  const json = subscription.toJSON();
  if (!json.endpoint || !json.keys?.p256dh || !json.keys.auth)
    throw new Error('incomplete push subscription');
  return { endpoint: json.endpoint, keys: { p256dh: json.keys.p256dh, auth: json.keys.auth } };
}
