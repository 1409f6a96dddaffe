import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.ts';
import { demoLogin, logIn, newPage } from './support/pages.ts';
import { type RunningApp, startApp } from './support/running-app.ts';

/** "Waarschuwingen instellen" under Mijn bedrijf, and the warnings page of Klic Beheer. */
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

describe('KLIC warnings in Chromium', () => {
  it('keeps what was typed on a refusal, saves N and a recipient, and shows the warnings page', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/inloggen`);
    const planner = demoLogin(app, 'workPlanner');
    await logIn(page, planner.email, planner.password);
    await page.goto(`${app.url}/mijn-bedrijf/waarschuwingen`);

    const workdays = page.getByTestId('klic-warning-workdays');
    await workdays.fill('21');
    await page.getByTestId('klic-warning-recipients').click();
    await page.getByRole('option').first().click();
    await page.keyboard.press('Escape');
    await page.getByTestId('klic-warning-settings-save').click();
    await page.getByText('Vul een heel getal van 1 tot en met 20 in.').waitFor();
    expect(await workdays.inputValue()).toBe('21');
    expect(await page.locator('.mantine-MultiSelect-pill').count()).toBe(1);

    await workdays.fill('10');
    await page.getByTestId('klic-warning-settings-save').click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByTestId('klic-warning-workdays').inputValue()).toBe('10');
    expect(await page.locator('.mantine-MultiSelect-pill').count()).toBe(1);
    await screenshot(page, 'klic-warning-settings');

    await page
      .getByRole('link', { name: /^Waarschuwingen/ })
      .first()
      .click();
    await page.waitForURL(`${app.url}/klic/waarschuwingen`);
    await page.getByRole('group', { name: 'Aantallen per soort' }).waitFor();
    await screenshot(page, 'klic-warnings');
    // The menu item carries today's count, readable (its label once shrank to nothing in the flex row).
    const badge = page.getByTestId('klic-warnings-badge');
    expect(Number(await badge.textContent())).toBeGreaterThan(0);
    const label = await badge.locator('.mantine-Badge-label').boundingBox();
    expect(label?.width).toBeGreaterThan(4);
  });
});
