import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.ts';
import { aCameraPhoto } from './support/camera-photo.ts';
import { demoLogin, logIn, newPage } from './support/pages.ts';
import {
  type AppBehindLink,
  logInOnPhone,
  newPhone,
  setPhoneOffline,
  startAppBehindLink,
} from './support/phone.ts';

/**
 * Issue 6 from the field to the office: a field worker on a phone opens the demo KLIC, loses the connection,
 * records a proefsleuf with a photo, reloads the app without a connection, gets the connection back and the
 * planner finds the registration, its photo and its PDF under "Preventie rapporten".
 */
let app: AppBehindLink;
let browser: Browser;
const meldnummer = '26G0000101';

beforeAll(async () => {
  app = await startAppBehindLink();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the field app on a phone, with and without a connection', () => {
  it('keeps a proefsleuf with a photo recorded offline and delivers it once; the planner sees it and its PDF', async () => {
    const phone = await newPhone(browser);
    const page = await phone.newPage();
    await logInOnPhone(page, app.url, demoLogin(app.app, 'fieldWorker'));

    const card = page.locator(`[data-testid="field-klic-card"][data-meldnummer="${meldnummer}"]`);
    await card.waitFor();
    await card.getByTestId('field-klic-offline-state').and(page.locator('[data-state="ready"]')).waitFor({
      timeout: 60_000,
    });
    await card.click();
    await page.getByTestId('field-ev-banner').first().waitFor();
    await screenshot(page, 'field-klic');

    await setPhoneOffline(phone, app, true);
    await page.getByTestId('field-register-proefsleuf').click();
    await page.getByTestId('field-reg-depth').fill('120');
    await page.getByTestId('field-reg-found').fill('Laagspanningskabel, 30 cm ondieper dan getekend');
    await page.getByTestId('field-reg-gps').click();
    const photo = await aCameraPhoto(page, 'jpeg');
    expect(photo.length).toBeGreaterThan(1024 * 1024);
    await page
      .getByTestId('field-reg-photo-input')
      .setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByTestId('field-reg-photo').first().waitFor();
    await page.getByTestId('field-reg-save').click();
    await expect.poll(() => page.getByTestId('field-outbox-count').textContent()).toBe('1');
    await screenshot(page, 'field-waiting');

    // Without a connection the app opens again after a reload, with the registration still waiting.
    await page.reload();
    await page.getByTestId('field-offline').waitFor();
    await expect.poll(() => page.getByTestId('field-outbox-count').textContent()).toBe('1');

    await setPhoneOffline(phone, app, false);
    await page.getByTestId('field-outbox-count').waitFor({ state: 'detached', timeout: 60_000 });
    await page.getByTestId('field-registration-item').first().waitFor();

    // The planner: the registration with its Dutch details and the photo, and the PDF with the photo in it.
    const planner = await newPage(browser);
    await planner.goto(`${app.url}/inloggen`);
    const plannerLogin = demoLogin(app.app, 'workPlanner');
    await logIn(planner, plannerLogin.email, plannerLogin.password);
    const meldingId = await planner.evaluate(async (number) => {
      const response = await fetch('/api/klic/meldingen');
      const body = (await response.json()) as { meldingen?: { id: string; meldnummer: string }[] };
      return body.meldingen?.find((melding) => melding.meldnummer === number)?.id ?? null;
    }, meldnummer);
    expect(meldingId).not.toBeNull();
    await planner.goto(`${app.url}/klic/meldingen/${meldingId}?tab=preventie`);
    const row = planner.locator('[data-testid="registration-row"][data-kind="proefsleuf"]');
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.textContent()).toContain('Diepte (cm): 120');
    await row.getByTestId('registration-photos').locator('img').first().waitFor();
    await screenshot(planner, 'field-planner-registration');

    const pdf = await planner.evaluate(async (id) => {
      const response = await fetch(`/api/klic/meldingen/${id}/prevention-report.pdf`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        text: new TextDecoder('latin1').decode(bytes),
      };
    }, meldingId);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.text.startsWith('%PDF')).toBe(true);
    expect(pdf.text).toContain('/Subtype /Image');
    await phone.close();
    await planner.context().close();
  });
});
