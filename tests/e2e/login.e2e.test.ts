import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.ts';
import {
  answerNotificationQuestion,
  demoLogin,
  logIn,
  newPage as newBrowserPage,
  submitLogin,
} from './support/pages.ts';
import { type RunningApp, startApp } from './support/running-app.ts';

/** The thin real flow through the house: a user of the demo organisation logs in and finds their way. */
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('logging in to Veldwerk in Chromium', () => {
  it('sends a visitor to the login page, explains a wrong password in Dutch and keeps the username', async () => {
    const page = await newBrowserPage(browser);
    await page.goto(`${app.url}/mijn-bedrijf/uitgaande-email`);
    await page.waitForURL(/\/inloggen/);
    await screenshot(page, 'login-page');
    const admin = demoLogin(app, 'userAdmin');
    await submitLogin(page, admin.email, 'niet-het-wachtwoord');
    await expect
      .poll(() => page.getByTestId('login-error').textContent())
      .toContain('De gebruikersnaam of het wachtwoord klopt niet');
    expect(await page.getByLabel('Gebruikersnaam of e-mailadres').inputValue()).toBe(admin.email);
    await screenshot(page, 'login-wrong-password');
    await page.context().close();
  });

  it('lets the user admin in, shows their name, organisation and regions, and the outbox under Mijn bedrijf', async () => {
    const page = await newBrowserPage(browser);
    await page.goto(`${app.url}/mijn-bedrijf/uitgaande-email`);
    await page.waitForURL(/\/inloggen/);
    const admin = demoLogin(app, 'userAdmin');
    await submitLogin(page, admin.email, admin.password);
    // The first login asks once whether the user wants to be informed, and nothing else can be done first.
    const question = page.getByRole('dialog');
    await question.getByRole('button', { name: 'Informeer mij' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await question.isVisible()).toBe(true);
    await screenshot(page, 'notification-question');
    await answerNotificationQuestion(page, 'Geen updates');
    // Who chose no updates sees the orange bell, to subscribe later.
    await expect.poll(() => page.getByTestId('notification-bell').isVisible()).toBe(true);
    // Back to the page the visitor asked for.
    await page.waitForURL(/\/mijn-bedrijf\/uitgaande-email/);
    await expect.poll(() => page.getByTestId('user-name').textContent()).toBe('Bea Beheer');
    expect(await page.getByTestId('organisation-name').textContent()).toContain('Demo Grondwerken B.V.');
    await expect.poll(() => page.getByText('Er staat nog geen uitgaande e-mail.').isVisible()).toBe(true);
    await screenshot(page, 'outbox-page');

    await page.goto(`${app.url}/`);
    await expect.poll(() => page.getByRole('heading', { name: 'Welkom, Bea Beheer' }).isVisible()).toBe(true);
    await page.getByTestId('region-select').filter({ visible: true }).click();
    const regionOptions = await page.getByRole('option').allTextContents();
    expect(regionOptions).toEqual(['Nieuwegein', 'Utrecht']);
    await page.keyboard.press('Escape');
    await page.getByTestId('company-menu').click();
    await expect.poll(() => page.getByRole('menuitem', { name: 'Uitgaande e-mail' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await screenshot(page, 'start-page');
    await page.context().close();
  });

  it('switches to English and back, and logs out', async () => {
    const page = await newBrowserPage(browser);
    await page.goto(`${app.url}/inloggen`);
    const planner = demoLogin(app, 'workPlanner');
    await logIn(page, planner.email, planner.password);
    await expect.poll(() => page.getByTestId('user-name').textContent()).toBe('Pieter Planner');
    await page.getByTestId('user-menu').click();
    await page.getByTestId('language-en').click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Welcome, Pieter Planner' }).isVisible())
      .toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByTestId('user-menu').click();
    await page.getByTestId('language-nl').click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Welkom, Pieter Planner' }).isVisible())
      .toBe(true);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/inloggen/);
    const me = await page.evaluate(async () => (await fetch('/api/me')).status);
    expect(me).toBe(401);
    await page.context().close();
  });

  it('shows a field worker on a phone only their region and no outbox, and the API refuses it with 403', async () => {
    const page = await newBrowserPage(browser, { width: 390, height: 844 });
    await page.goto(`${app.url}/inloggen`);
    await screenshot(page, 'login-page-phone');
    const fieldWorker = demoLogin(app, 'fieldWorker');
    await logIn(page, fieldWorker.email, fieldWorker.password);
    await expect.poll(() => page.getByRole('heading', { name: 'Welkom, Mo Monteur' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Uitgaande e-mail' }).count()).toBe(0);
    const me = (await page.evaluate(async () => (await fetch('/api/me')).json())) as {
      regions: { name: string }[];
    };
    expect(me.regions.map((region) => region.name)).toEqual(['Utrecht']);
    const outbox = await page.evaluate(async () => (await fetch('/api/mail/outbox')).status);
    expect(outbox).toBe(403);
    await page.goto(`${app.url}/mijn-bedrijf/uitgaande-email`);
    await expect.poll(() => page.getByTestId('forbidden').isVisible()).toBe(true);
    await screenshot(page, 'start-page-phone');
    await page.context().close();
  });
});
