import type { Language } from '@/shared/i18n';
import { fetchVapidPublicKey, registerSubscription, saveConsent } from '../api/notification-api';
import { pushSupported, subscribeBrowser } from './browser-push';

export type EnableOutcome = 'enabled' | 'notAllowed' | 'unsupported' | 'failed';

/** Subscribes this browser and binds the subscription to the logged-in user. */
export async function subscribeThisBrowser(): Promise<void> {
  const subscription = await subscribeBrowser(await fetchVapidPublicKey());
  await registerSubscription(subscription);
}

/**
 * "Informeer mij" or a click on the bell: stores the consent (rejects when that fails), then asks the
 * browser. The browser's question is asked first, still inside the click: some browsers ignore it later.
 */
export async function enableNotifications(language: Language): Promise<EnableOutcome> {
  if (!pushSupported()) {
    await saveConsent('informed', language);
    return 'unsupported';
  }
  const permission = Notification.requestPermission();
  await saveConsent('informed', language);
  if ((await permission) !== 'granted') return 'notAllowed';
  try {
    await subscribeThisBrowser();
    return 'enabled';
  } catch {
    return 'failed';
  }
}
