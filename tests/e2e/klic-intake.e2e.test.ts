import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klicSample, klicSampleFiles } from '../../server/infra/testing/klic-samples.ts';
import { launchChromium, screenshot } from './support/browser.ts';
import { demoLogin, logIn, newPage } from './support/pages.ts';
import { type RunningApp, startApp } from './support/running-app.ts';

/**
 * A work planner takes KLIC deliveries in (issue 4): drops a Kadaster sample ZIP on "Klics uploaden", sees
 * it processed, finds it under "Ongekoppelde klics" (no project with its reference) and moves it to the demo
 * project; the demo's own unlinked oriëntatieverzoek is there too.
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

async function plannerPage(path: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${app.url}/inloggen`);
  const planner = demoLogin(app, 'workPlanner');
  await logIn(page, planner.email, planner.password);
  await page.goto(`${app.url}${path}`);
  return page;
}

describe('KLIC intake in Chromium', () => {
  it('uploads a delivery with progress, shows the outcome, and moves the unlinked KLIC to a project', async () => {
    const page = await plannerPage('/klic/uploaden');
    await page.getByTestId('klic-upload-input').setInputFiles([
      {
        name: 'Levering_22O000518_1.zip',
        mimeType: 'application/zip',
        buffer: readFileSync(klicSample(klicSampleFiles.orientatieSmall)),
      },
      { name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('geen klic') },
    ]);
    const rows = page.getByTestId('klic-upload-row');
    const zipRow = rows.filter({ hasText: 'Levering_22O000518_1.zip' });
    const outcome = zipRow.getByTestId('klic-intake-outcome');
    await expect.poll(() => outcome.textContent(), { timeout: 30_000 }).toMatch(/22O000518.*opgeslagen/);
    expect(await outcome.getAttribute('data-tone')).not.toBe('error');
    expect(await rows.filter({ hasText: 'notities.txt' }).getAttribute('data-phase')).toBe('refused');
    await screenshot(page, 'klic-upload');

    await page.goto(`${app.url}/klic/ongekoppeld`);
    const row = page.locator('[data-testid="klic-unlinked-row"][data-meldnummer="22O000518"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Voorbeeldbestand KAT');
    expect(
      await page.locator('[data-testid="klic-unlinked-row"][data-meldnummer="26O0000102"]').count(),
    ).toBe(1);
    await screenshot(page, 'klic-unlinked');

    await row.getByTestId('klic-move-open').click();
    await page.getByTestId('klic-move-project').fill('P-2026');
    await page.getByRole('option', { name: /P-2026-001/ }).click();
    await page.getByTestId('klic-move-subproject').fill('Fase 2');
    await page.getByTestId('klic-move-submit').click();
    await page.getByTestId('klic-move-modal').waitFor({ state: 'detached' });
    await expect.poll(() => row.count()).toBe(0);

    const moved = await page.evaluate(async () => {
      const response = await fetch('/api/klic/meldingen?filter=all');
      return (
        (await response.json()) as {
          meldingen: { meldnummer: string; projectNumber: string; subProject: string }[];
        }
      ).meldingen.find((melding) => melding.meldnummer === '22O000518');
    });
    expect(moved).toMatchObject({ projectNumber: 'P-2026-001', subProject: 'Fase 2' });
  });

  it('shows the intake address on "KLIC e-mail" and keeps typed IMAP settings after a refusal', async () => {
    const page = await plannerPage('/klic/email');
    await expect
      .poll(() => page.getByTestId('klic-intake-address').textContent())
      .toMatch(/^klic-[0-9a-f]{12}@localhost$/);
    await page.getByTestId('klic-imap-enabled').check({ force: true });
    await page.getByTestId('klic-imap-host').fill('imap mail.example.nl');
    await page.getByTestId('klic-imap-port').fill('993');
    await page.getByTestId('klic-imap-user').fill('planning@example.nl');
    await page.getByTestId('klic-imap-password').fill('geheim-wachtwoord');
    await page.getByTestId('klic-imap-save').click();
    await expect
      .poll(() => page.getByTestId('klic-imap-form').textContent())
      .toContain('Deze waarde klopt niet');
    expect(await page.getByTestId('klic-imap-host').inputValue()).toBe('imap mail.example.nl');
    expect(await page.getByTestId('klic-imap-user').inputValue()).toBe('planning@example.nl');
    await screenshot(page, 'klic-email');
  });
});
