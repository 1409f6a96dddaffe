import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.ts';
import { demoLogin, logIn, newPage } from './support/pages.ts';
import { type RunningApp, startApp } from './support/running-app.ts';

/** "Klic projecten – Nieuwegein": the demo project with its KLIC, and a new project that collects the KLIC waiting for it. */
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

describe('Klic projecten in Chromium', () => {
  it('lists the region’s projects with their KLICs, and a new project takes in the KLIC waiting for its number', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/inloggen`);
    const planner = demoLogin(app, 'workPlanner');
    await logIn(page, planner.email, planner.password);
    await page.goto(`${app.url}/klic/projecten`);
    if (await page.getByTestId('projects-no-region').isVisible()) {
      await page.getByTestId('region-select').click();
      await page.getByRole('option', { name: 'Nieuwegein' }).click();
    }
    const demoProject = page.locator('[data-testid="project-row"][data-number="P-2026-001"]');
    await demoProject.waitFor();
    expect(await demoProject.textContent()).toContain('Vervanging gasleiding Nieuwegein-Zuid');
    expect((await demoProject.locator('td').last().textContent())?.trim()).toBe('1');

    await page.getByTestId('project-add').click();
    await page.getByTestId('project-number').fill('P-2026-002');
    await page.getByTestId('project-description').fill('Glasvezel Galecop');
    await page.getByTestId('project-submit').click();
    const added = page.locator('[data-testid="project-row"][data-number="P-2026-002"]');
    await added.waitFor();
    await expect.poll(async () => (await added.locator('td').last().textContent())?.trim()).toBe('1');
    await screenshot(page, 'klic-projects');
  });
});
