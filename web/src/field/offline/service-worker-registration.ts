import { listenForKeptAnswers } from './kept-answers';

let newVersion = false;
const listeners = new Set<() => void>();

export const newVersionStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: () => newVersion,
};

/**
 * Registers the field app's service worker (/veld/sw.js: the app and the worker's KLICs without a
 * connection). A new release takes control by itself; when that happens while the app is open, the
 * running page is older than its files, so the worker is offered a reload.
 */
export function registerFieldServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  listenForKeptAnswers(navigator.serviceWorker);
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) {
      newVersion = true;
      for (const listener of listeners) listener();
    }
    controlled = true;
  });
  const register = async () => {
    try {
      const registration = await navigator.serviceWorker.register('/veld/sw.js', { scope: '/veld/' });
      // An installed app can stay open for days: look for a new release whenever it comes to the front.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
      });
    } catch (error) {
      console.warn('The field app works only with a connection: its service worker did not register', error);
    }
  };
  // After the first load, so that installing does not compete with it.
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
