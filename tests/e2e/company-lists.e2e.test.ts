import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.ts';
import { demoLogin, logIn, newPage } from './support/pages.ts';
import { type RunningApp, startApp } from './support/running-app.ts';

/** "Mijn bedrijf": a reason list kept by a planner, Status klics, and the helpdesk a field worker finds. */
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

async function loggedIn(right: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${app.url}/inloggen`);
  const login = demoLogin(app, right);
  await logIn(page, login.email, login.password);
  return page;
}

const reasonTexts = (page: Page) =>
  page.getByTestId('reason-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-text')));

describe('Mijn bedrijf in Chromium', () => {
  it('lets a planner add, edit, move and remove reasons, refusing a duplicate', async () => {
    const page = await loggedIn('workPlanner');
    await page.getByTestId('company-menu').click();
    await page.getByRole('menuitem', { name: 'Redenen voor afbreken schouw' }).click();
    await page.getByRole('heading', { name: 'Redenen voor afbreken schouw' }).waitFor();
    await expect.poll(() => reasonTexts(page)).toEqual(['Klant niet aanwezig', 'Locatie niet bereikbaar']);

    await page.getByTestId('reason-new').fill('Geen toegang');
    await page.getByTestId('reason-add').click();
    await page.locator('[data-testid="reason-row"][data-text="Geen toegang"]').waitFor();
    await page.getByTestId('reason-new').fill('klant NIET aanwezig');
    await page.getByTestId('reason-add').click();
    await page.getByText('Deze reden staat al in de lijst.').waitFor();

    await page.getByRole('button', { name: 'Reden "Geen toegang" omhoog' }).click();
    await expect
      .poll(() => reasonTexts(page))
      .toEqual(['Klant niet aanwezig', 'Geen toegang', 'Locatie niet bereikbaar']);
    await page.getByRole('button', { name: 'Reden "Locatie niet bereikbaar" wijzigen' }).click();
    await page.getByTestId('reason-edit-text').fill('Locatie afgesloten');
    await page.getByTestId('reason-save').click();
    await expect
      .poll(() => reasonTexts(page))
      .toEqual(['Klant niet aanwezig', 'Geen toegang', 'Locatie afgesloten']);
    await screenshot(page, 'company-reason-list');
    await page.getByRole('button', { name: 'Reden "Geen toegang" verwijderen' }).click();
    await page.getByTestId('confirm-action').click();
    await expect.poll(() => reasonTexts(page)).toEqual(['Klant niet aanwezig', 'Locatie afgesloten']);
  });

  it('shows a planner every KLIC on Status klics, opening into the melding', async () => {
    const page = await loggedIn('workPlanner');
    await page.goto(`${app.url}/mijn-bedrijf/status-klics`);
    const row = page.getByTestId('klic-status-row').first();
    await row.waitFor();
    expect(await row.getByTestId('badge-state').textContent()).toMatch(/Aangevraagd|Deellevering|Compleet/);
    await screenshot(page, 'company-status-klics');
    const meldnummer = await row.getAttribute('data-meldnummer');
    await row.getByRole('link', { name: `Melding ${meldnummer} openen` }).click();
    await page.waitForURL(/\/klic\/meldingen\/[0-9a-f-]{36}$/);
  });

  it('has a user admin change the helpdesk, which a field worker then finds with links to call and mail', async () => {
    const admin = await loggedIn('userAdmin');
    await admin.goto(`${app.url}/mijn-bedrijf/helpdesk`);
    expect(await admin.getByTestId('helpdesk-card').textContent()).toContain('Servicedesk Demo Aannemer');
    await admin.getByTestId('helpdesk-edit').click();
    await admin.getByTestId('helpdesk-name').fill('Servicedesk Werkvoorbereiding');
    await admin.getByTestId('helpdesk-phone').fill('bel ons');
    await admin.getByTestId('helpdesk-save').click();
    await admin.getByText('Vul een telefoonnummer in met 6 tot 15 cijfers', { exact: false }).waitFor();
    await admin.getByTestId('helpdesk-phone').fill('0343 593 587');
    await admin.getByTestId('helpdesk-email').fill('support@example.nl');
    await admin.getByTestId('helpdesk-save').click();
    await admin.getByTestId('helpdesk-card').waitFor();

    const worker = await loggedIn('fieldWorker');
    await worker.getByTestId('company-menu').click();
    await worker.getByRole('menuitem', { name: 'Helpdesk' }).click();
    const card = worker.getByTestId('helpdesk-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('Servicedesk Werkvoorbereiding');
    expect(await worker.getByTestId('helpdesk-phone-link').getAttribute('href')).toBe('tel:0343593587');
    expect(await worker.getByTestId('helpdesk-email-link').getAttribute('href')).toBe(
      'mailto:support@example.nl',
    );
    expect(await worker.getByTestId('helpdesk-edit').count()).toBe(0);
    await screenshot(worker, 'company-helpdesk');
  });
});
