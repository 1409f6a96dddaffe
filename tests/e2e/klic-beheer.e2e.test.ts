import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klicSample, klicSampleFiles } from '../../server/infra/testing/klic-samples.ts';
import { launchChromium, screenshot } from './support/browser.ts';
import { demoLogin, logIn, newPage } from './support/pages.ts';
import { type RunningApp, startApp } from './support/running-app.ts';

/**
 * Klic Beheer from start to map (issue 5): a planner creates the project a Kadaster sample refers to
 * ("Graafmelding"), uploads the sample, finds it linked with its three EVs, handles them, gives the KLIC to a
 * field worker and opens its map with the themes of the delivery.
 */
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

async function chooseNieuwegein(page: Page) {
  await page.goto(`${app.url}/klic/projecten`);
  await page.getByTestId('project-add').or(page.getByTestId('projects-no-region')).first().waitFor();
  if (await page.getByTestId('projects-no-region').isVisible()) {
    await page.getByTestId('region-select').click();
    await page.getByRole('option', { name: 'Nieuwegein' }).click();
  }
}

describe('Klic Beheer in Chromium', () => {
  it('links an uploaded delivery to its project, handles its EVs, assigns a field worker and shows the map', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/inloggen`);
    const planner = demoLogin(app, 'workPlanner');
    await logIn(page, planner.email, planner.password);

    await chooseNieuwegein(page);
    await page.getByTestId('project-add').click();
    await page.getByTestId('project-number').fill('Graafmelding');
    await page.getByTestId('project-description').fill('Nieuwe aansluitingen Lekboulevard');
    await page.getByTestId('project-submit').click();
    const projectRow = page.locator('[data-testid="project-row"][data-number="Graafmelding"]');
    await projectRow.waitFor();

    await page.goto(`${app.url}/klic/uploaden`);
    await page.getByTestId('klic-upload-input').setInputFiles([
      {
        name: 'Levering_22G0027001_1.zip',
        mimeType: 'application/zip',
        buffer: readFileSync(klicSample(klicSampleFiles.graafmeldingComplete)),
      },
    ]);
    const outcome = page.getByTestId('klic-upload-row').getByTestId('klic-intake-outcome');
    await expect.poll(() => outcome.textContent(), { timeout: 60_000 }).toMatch(/22G0027001.*Graafmelding/);

    await chooseNieuwegein(page);
    await projectRow.waitFor();
    await expect.poll(async () => (await projectRow.locator('td').last().textContent())?.trim()).toBe('1');
    await projectRow.click();
    await screenshot(page, 'klic-beheer-projects');
    await page.getByTestId('project-manage-klics').click();

    const klicRow = page.locator('[data-testid="klic-manage-row"][data-meldnummer="22G0027001"]');
    await klicRow.waitFor();
    const cells = async () => (await klicRow.locator('td').allTextContents()).map((text) => text.trim());
    // Klic nummer, deelproject, levering, toelichting, veldmedewerkers, EV, EV afgehandeld, Verloopdatum …
    expect((await cells()).slice(1, 8)).toEqual(['22G0027001', '', 'Volledig · 1', '', '', 'Ja', 'Nee']);
    expect((await cells())[8]).toBe('16-12-2022');
    expect(await klicRow.locator('[data-expired]').count()).toBe(1);
    await screenshot(page, 'klic-beheer-klics');

    await klicRow.click();
    await page.getByTestId('klic-manage-handle-ev').click();
    const cards = page.locator('[data-testid^="ev-operator-"]');
    await expect.poll(() => cards.count()).toBe(3);
    const first = cards.first();
    await first
      .getByTestId('ev-instructions')
      .fill('Proefsleuf graven bij de gasleiding, toezichthouder aanwezig');
    await first.getByTestId('ev-contact-name').fill('J. de Vries');
    for (let index = 0; index < 3; index += 1) {
      await cards.nth(index).getByTestId('ev-set-handled').click();
      await expect.poll(() => cards.nth(index).getByTestId('ev-status').textContent()).toBe('Afgehandeld');
    }
    await page.reload();
    await expect
      .poll(() => cards.first().getByTestId('ev-instructions').inputValue())
      .toBe('Proefsleuf graven bij de gasleiding, toezichthouder aanwezig');
    await screenshot(page, 'klic-beheer-ev');

    await page.getByTestId('klic-melding-back').click();
    await klicRow.waitFor();
    await expect.poll(async () => (await cells())[7]).toBe('Ja');

    await klicRow.click();
    await page.getByTestId('klic-manage-assign').click();
    await page.getByTestId('klic-workers-select').click();
    await page.getByRole('option', { name: /Mo Monteur/ }).click();
    await page.keyboard.press('Tab');
    await page.getByTestId('klic-workers-submit').click();
    await expect.poll(async () => (await cells())[5]).toBe('Mo Monteur');

    await klicRow.click();
    await page.getByTestId('klic-manage-map').click();
    await page.locator('[data-testid="klic-map"][data-map-ready="true"]').waitFor({ timeout: 30_000 });
    const themes = await page
      .getByTestId('klic-map-theme')
      .evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-theme')));
    expect(themes).toEqual(expect.arrayContaining(['gasLageDruk', 'laagspanning', 'water', 'datatransport']));
    expect(await page.getByTestId('klic-map-operator').count()).toBeGreaterThan(3);
    await screenshot(page, 'klic-beheer-map');
  });
});
