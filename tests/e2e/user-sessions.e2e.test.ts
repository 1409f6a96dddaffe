import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.ts';
import { answerNotificationQuestion, demoLogin, logIn, newPage, submitLogin } from './support/pages.ts';
import { nieuwegein } from './support/phone.ts';
import { type RunningApp, startApp } from './support/running-app.ts';

/**
 * Issue 6: a field worker logs in once on their phone and stays logged in; the user admin sees the
 * phone under "Apparaten en sessies" and logs it out from there.
 */
let app: RunningApp;
let browser: Browser;

const androidChrome =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const thirtyDays = 30 * 24 * 60 * 60;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function aPhone() {
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    userAgent: androidChrome,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    permissions: ['geolocation'],
    geolocation: nieuwegein,
  });
  return { phone, page: await phone.newPage() };
}

async function adminOnUsersPage(): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${app.url}/inloggen`);
  const admin = demoLogin(app, 'userAdmin');
  await logIn(page, admin.email, admin.password);
  await page.getByTestId('company-menu').click();
  await page.getByRole('menuitem', { name: 'Gebruikers' }).click();
  await page.getByTestId('users-table').waitFor();
  return page;
}

async function openSessionsOf(page: Page, name: string) {
  await page.getByTestId('user-row').filter({ hasText: name }).click();
  await page.getByTestId('user-sessions-open').click();
  const drawer = page.getByTestId('user-sessions-drawer');
  await drawer.getByTestId('user-session').or(drawer.getByTestId('user-sessions-empty')).first().waitFor();
  return drawer;
}

const meStatus = (page: Page) => page.evaluate(async () => (await fetch('/api/me')).status);

describe('devices and sessions', () => {
  it('keeps the field worker logged in on the phone until the admin ends that session', async () => {
    const { phone, page: phonePage } = await aPhone();
    const worker = demoLogin(app, 'fieldWorker');
    // The login page of the office app sends the worker on to the field app (which may reload itself).
    await phonePage.goto(`${app.url}/inloggen?naar=/veld/`);
    await submitLogin(phonePage, worker.email, worker.password);
    await expect.poll(() => new URL(phonePage.url()).pathname, { timeout: 15_000 }).toMatch(/^\/veld\//);
    const cookie = (await phone.cookies()).find((c) => c.name.endsWith('veldwerk.session_token'));
    // A persistent cookie (not one that ends with the browser) for the whole SESSION_MAX_AGE_DAYS.
    expect(cookie?.expires ?? -1).toBeGreaterThan(Date.now() / 1000 + thirtyDays - 3600);

    await phonePage.goto(`${app.url}/`);
    await answerNotificationQuestion(phonePage, 'Geen updates');
    const fieldAppButton = phonePage.getByTestId('home-open-field-app');
    await fieldAppButton.waitFor();
    expect(await fieldAppButton.getAttribute('href')).toBe('/veld/');
    await screenshot(phonePage, 'home-field-app');
    expect(await meStatus(phonePage)).toBe(200);

    const page = await adminOnUsersPage();
    const drawer = await openSessionsOf(page, 'Mo Monteur');
    const card = drawer.getByTestId('user-session').filter({ hasText: 'Chrome op Android' });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Laatst actief\d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
    await screenshot(page, 'user-sessions');

    await card.getByTestId('user-session-end').click();
    await page.getByTestId('confirm-action').click();
    await drawer.getByTestId('user-sessions-empty').waitFor();
    expect(await meStatus(phonePage)).toBe(401);
    await phone.close();
  });

  it('marks the admin’s own current session, which cannot be ended from here', async () => {
    const page = await adminOnUsersPage();
    const drawer = await openSessionsOf(page, 'Bea Beheer');
    const own = drawer.getByTestId('user-session').filter({ has: page.getByTestId('user-session-current') });
    await own.waitFor();
    expect(await own.getByTestId('user-session-end').count()).toBe(0);
    await screenshot(page, 'user-sessions-own');
    expect(await meStatus(page)).toBe(200);
  });
});
