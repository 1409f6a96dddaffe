import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freePort } from '../../../scripts/lib/free-port.ts';
import { startNetworkLink } from './network-link.ts';
import { submitLogin } from './pages.ts';
import { type DemoLogin, type RunningApp, startApp } from './running-app.ts';

/** A field worker's phone: its size, touch, Dutch locale and a fixed position in Nieuwegein. */
export const nieuwegein = { latitude: 52.0297, longitude: 5.0894, accuracy: 8 };

export type AppBehindLink = {
  app: RunningApp;
  /** The address the browser uses: through the network link. */
  url: string;
  link: Awaited<ReturnType<typeof startNetworkLink>>;
  stop(): Promise<void>;
};

/** Starts Veldwerk behind a network link that tests can cut (offline) or slow down. */
export async function startAppBehindLink(env: Record<string, string> = {}): Promise<AppBehindLink> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const app = await startApp({ PUBLIC_URL: url, ...env });
  const link = await startNetworkLink(Number(new URL(app.url).port), port);
  return {
    app,
    url,
    link,
    async stop() {
      await link.close();
      await app.stop();
    },
  };
}

export async function newPhone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    permissions: ['geolocation'],
    geolocation: nieuwegein,
    serviceWorkers: 'allow',
  });
}

/** Logs in on the office app's login page, which sends the worker on to the field app. */
export async function logInOnPhone(page: Page, url: string, worker: DemoLogin): Promise<void> {
  await page.goto(`${url}/inloggen?naar=/veld/`);
  await submitLogin(page, worker.email, worker.password);
  await page.waitForURL(`${url}/veld/**`);
}

/** No signal: the phone says it is offline and nothing reaches the server, not even the service worker. */
export async function setPhoneOffline(
  phone: BrowserContext,
  app: AppBehindLink,
  offline: boolean,
): Promise<void> {
  app.link.setOffline(offline);
  await phone.setOffline(offline);
}
