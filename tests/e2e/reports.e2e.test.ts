import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.ts';
import { demoLogin, logIn, newPage } from './support/pages.ts';
import { type RunningApp, startApp } from './support/running-app.ts';

/** Rapportages: the demo KLICs counted in chart and table, the Excel download with the same numbers, open EVs. */
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

describe('Rapportages in Chromium', () => {
  it('shows the demo KLICs by arrival in a chart and a table, downloads them as Excel, and lists the open EV', async () => {
    const page = await newPage(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${app.url}/inloggen`);
    const planner = demoLogin(app, 'workPlanner');
    await logIn(page, planner.email, planner.password);
    // The charts arrive with the page itself, not with the start of the app.
    expect(scripts.some((url) => url.includes('reports-page'))).toBe(false);

    await page.getByRole('link', { name: 'Rapportages' }).first().click();
    await page.waitForURL('**/rapportages');
    await page.locator('label', { hasText: 'Ontvangstdatum' }).click();
    const periods = page.getByTestId('klic-status-periods');
    await expect.poll(async () => (await periods.locator('tfoot td').last().textContent())?.trim()).toBe('2');
    await page.locator('.recharts-bar-rectangle path').first().waitFor();
    expect(scripts.some((url) => url.includes('reports-page'))).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-klic-status').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^Klics_per_status_\d{2}-\d{2}-\d{4}_tm_\d{2}-\d{2}-\d{4}\.xlsx$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const perRegion = workbook.getWorksheet('Per regio');
    const totals: number[] = [];
    perRegion?.eachRow((row, index) => {
      if (index > 1) totals.push(Number(row.getCell(7).value));
    });
    expect(totals.reduce((sum, value) => sum + value, 0)).toBe(2);
    await screenshot(page, 'reports-klic-status');

    await page.getByRole('tab', { name: 'Open EV’s' }).click();
    const evs = page.getByTestId('open-evs-table');
    await evs.waitFor();
    expect(await evs.textContent()).toContain('P-2026-001');
    await screenshot(page, 'reports-open-evs');
  });
});
