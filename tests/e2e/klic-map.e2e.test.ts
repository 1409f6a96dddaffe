import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.ts';
import { cableTargets, type MapApiData } from './support/klic-map-targets.ts';
import { demoLogin, logIn, newPage } from './support/pages.ts';
import { type RunningApp, startApp } from './support/running-app.ts';

/** The map of the demo KLIC: layer panel, a theme switched off, a clicked cable's attributes in Dutch. */
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

describe('KLIC map in Chromium', () => {
  it('lists the themes and operators, switches a theme off and shows a clicked cable in Dutch', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/inloggen`);
    const planner = demoLogin(app, 'workPlanner');
    await logIn(page, planner.email, planner.password);
    const meldingen = (await page.evaluate(async () => (await fetch('/api/klic/meldingen')).json())) as {
      meldingen: Array<{ id: string; meldnummer: string }>;
    };
    const demo = meldingen.meldingen.find((melding) => melding.meldnummer === '26G0000101');
    expect(demo).toBeDefined();

    await page.goto(`${app.url}/klic/meldingen/${demo?.id}/kaart`);
    const map = page.locator('[data-testid="klic-map"][data-map-ready="true"]');
    await map.waitFor();
    expect(await page.getByTestId('klic-map-title').textContent()).toContain('26G0000101');

    const themes = page.getByTestId('klic-map-theme');
    expect(await themes.count()).toBeGreaterThan(1);
    expect(await page.getByTestId('klic-map-operator').count()).toBe(5);
    const firstTheme = themes.first();
    await firstTheme.uncheck();
    expect(await firstTheme.isChecked()).toBe(false);
    await firstTheme.check();

    // Click the demo's gas pipe where it lies farthest from any other object, at the point the map data and
    // the fitted view give: both its type and its theme read differently in Dutch than in the IMKL data.
    const box = await map.boundingBox();
    if (!box) throw new Error('the map has no size');
    const data = (await page.evaluate(
      async (id) => (await fetch(`/api/klic/meldingen/${id}/map`)).json(),
      demo?.id,
    )) as MapApiData;
    const cable = cableTargets(data, box).find((target) => target.type === 'OlieGasChemicalienPijpleiding');
    if (!cable) throw new Error('the demo KLIC has no gas pipe inside the map');
    expect(cable.clearance).toBeGreaterThan(8);
    await page.mouse.click(cable.x, cable.y);
    const panel = page.getByTestId('klic-map-feature');
    await panel.waitFor({ timeout: 5000 });
    const rows = Object.fromEntries(
      await panel
        .locator('tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]),
        ),
    ) as Record<string, string>;
    expect(rows['Soort object']).toBe('Olie-, gas- of chemicaliënleiding');
    expect(rows.Thema).toBe('Gas lage druk');
    expect(rows.Netbeheerder).toBeTruthy();
    expect(rows.Status).toMatch(/^(In gebruik|Gepland|Buiten gebruik)$/);
    await screenshot(page, 'klic-map');
  });
});
