import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.ts';
import { aCameraPhoto } from './support/camera-photo.ts';
import { demoLogin } from './support/pages.ts';
import {
  type AppBehindLink,
  logInOnPhone,
  newPhone,
  setPhoneOffline,
  startAppBehindLink,
} from './support/phone.ts';

/**
 * Registrations through the outbox on a phone: a proefsleuf with a GPS position and a large photo that
 * the phone compresses, seen waiting and then arrived; then a graafschade saved without a connection that
 * waits (badge 1) and arrives exactly once when the connection returns.
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

type Arrived = { id: string; idempotencyKey: string; kind: string; meldingId: string; photoCount: number };

async function arrivedRegistrations(page: Page): Promise<Arrived[]> {
  return page.evaluate(async () => {
    const response = await fetch('/api/field/registrations', { cache: 'no-store' });
    return ((await response.json()) as { registrations: Arrived[] }).registrations;
  });
}

/** The registration buttons live on the KLIC page. */
async function openForm(page: Page, kind: string): Promise<void> {
  await page.getByTestId(`field-register-${kind}`).click();
  await page.getByTestId(`field-registration-form-${kind}`).waitFor();
}

describe('registrations through the outbox', () => {
  it('sends a proefsleuf with a compressed photo, and a graafschade saved offline exactly once', async () => {
    const phone = await newPhone(browser);
    await phone.setGeolocation({ latitude: 52.03, longitude: 5.09, accuracy: 5 });
    const page = await phone.newPage();
    await logInOnPhone(page, app.url, demoLogin(app.app, 'fieldWorker'));
    await page.locator(`[data-testid="field-klic-card"][data-meldnummer="${meldnummer}"]`).click();
    await page.getByTestId('field-klic-title').waitFor();
    const klicUrl = page.url();
    const klicId = decodeURIComponent(klicUrl.split('/klics/')[1] ?? '');

    // A proefsleuf with GPS and a photo of 3000 × 2000 px; the photo's upload is held until seen waiting.
    await openForm(page, 'proefsleuf');
    await page.getByTestId('field-reg-depth').fill('120');
    await page.getByTestId('field-reg-found').fill('Gasleiding PE 110 mm');
    await page.getByTestId('field-reg-gps').click();
    await expect.poll(() => page.getByTestId('field-reg-location').textContent()).toContain('± 5 m');
    const photo = await aCameraPhoto(page, 'png');
    expect(photo.length).toBeGreaterThan(2 * 1024 * 1024);
    await page
      .getByTestId('field-reg-photo-input')
      .setInputFiles({ name: 'IMG_0001.png', mimeType: 'image/png', buffer: photo });
    await page.locator('[data-testid="field-reg-photo"][data-status="ready"]').waitFor({ timeout: 30_000 });
    await screenshot(page, 'field-registration-form');

    const uploads: Buffer[] = [];
    let releaseUpload: () => void = () => {};
    const uploadHeld = new Promise<void>((resolve) => {
      releaseUpload = resolve;
    });
    await page.route('**/api/field/registrations/*/photos?*', async (route: Route) => {
      uploads.push(route.request().postDataBuffer() ?? Buffer.alloc(0));
      await uploadHeld;
      await route.continue();
    });
    await page.getByTestId('field-reg-save').click();
    await page.waitForURL(klicUrl);
    await expect.poll(() => page.getByTestId('field-saved-notice').textContent()).toContain('Opgeslagen');
    await expect.poll(() => page.getByTestId('field-outbox-count').textContent()).toBe('1');
    const items = page.getByTestId('field-registration-item');
    await expect.poll(() => items.first().textContent()).toContain('Proefsleuf');
    expect(await items.first().getAttribute('data-state')).toBe('waiting');
    expect(await items.first().textContent()).toContain('Wacht op verzending');

    await page.getByTestId('field-outbox-link').click();
    const waiting = page.getByTestId('field-outbox-item');
    await expect.poll(() => waiting.textContent()).toContain('Foto’s: 0 van 1 verstuurd');
    expect(await waiting.textContent()).toContain('Proefsleuf');
    expect(await waiting.textContent()).toContain(meldnummer);
    await screenshot(page, 'field-registration-waiting');
    await expect.poll(() => uploads.length).toBe(1);
    const sent = uploads[0] ?? Buffer.alloc(0);
    expect(sent.length).toBeLessThanOrEqual(1024 * 1024);
    expect([...sent.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

    releaseUpload();
    await page.getByTestId('field-outbox-empty').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('field-outbox-count').count()).toBe(0);
    const afterFirst = await arrivedRegistrations(page);
    expect(afterFirst.filter((registration) => registration.meldingId === klicId)).toEqual([
      expect.objectContaining({ kind: 'proefsleuf', photoCount: 1 }),
    ]);
    await page.unroute('**/api/field/registrations/*/photos?*');
    await page.goBack();
    await page.getByTestId('field-klic-title').waitFor();
    await page.locator('[data-testid="field-registration-item"][data-state="arrived"]').waitFor();
    expect(await items.count()).toBe(1);
    await expect.poll(() => items.first().textContent()).toContain('1 foto');

    // Without a connection: a graafschade waits, also after the sender tried.
    await setPhoneOffline(phone, app, true);
    await page.getByTestId('field-offline').waitFor();
    await openForm(page, 'graafschade');
    await page.getByTestId('field-reg-save').click();
    await expect
      .poll(() => page.getByTestId('field-reg-problem').textContent())
      .toContain('gemarkeerde velden');
    await page.getByTestId('field-reg-hit').fill('Laagspanningskabel');
    await page.getByTestId('field-reg-operator').selectOption({ index: 1 });
    await page.getByTestId('field-reg-reported-no').check();
    await page.getByTestId('field-reg-gps').click();
    await page.getByTestId('field-reg-location').waitFor();
    await page.getByTestId('field-reg-save').click();
    await page.waitForURL(klicUrl);
    await expect
      .poll(() => page.getByTestId('field-saved-notice').textContent())
      .toContain('wacht op verbinding');
    await expect.poll(() => page.getByTestId('field-outbox-count').textContent()).toBe('1');
    await expect.poll(() => items.first().getAttribute('data-state')).toBe('waiting');
    expect(await items.first().textContent()).toContain('Graafschade');
    await screenshot(page, 'field-registration-klic-waiting');
    await page.getByTestId('field-outbox-link').click();
    await page.getByTestId('field-outbox-send').click();
    await expect.poll(() => page.getByTestId('field-outbox-item').textContent()).toContain('niet bereikbaar');
    expect(await page.getByTestId('field-outbox-count').textContent()).toBe('1');
    await screenshot(page, 'field-registration-offline');

    // The connection returns: it arrives, exactly once.
    await setPhoneOffline(phone, app, false);
    await page.getByTestId('field-outbox-count').waitFor({ state: 'detached', timeout: 30_000 });
    const ours = (await arrivedRegistrations(page)).filter(
      (registration) => registration.meldingId === klicId,
    );
    expect(ours.map((registration) => registration.kind).sort()).toEqual(['graafschade', 'proefsleuf']);
    expect(new Set(ours.map((registration) => registration.idempotencyKey)).size).toBe(2);

    await page.goBack();
    await page.getByTestId('field-klic-title').waitFor();
    await expect
      .poll(() => page.locator('[data-testid="field-registration-item"][data-state="arrived"]').count())
      .toBe(2);
    expect(await items.count()).toBe(2);

    // Aborting the execution, with a reason of the organisation's list, goes through the outbox as well.
    await page.getByTestId('field-abort').click();
    await page.getByTestId('field-abort-execution').check();
    await page.getByTestId('field-abort-reason').selectOption({ label: 'Weersomstandigheden' });
    await page.getByTestId('field-abort-note').fill('Onweer');
    await page.getByTestId('field-abort-save').click();
    await page.waitForURL(klicUrl);
    await page.getByTestId('field-saved-notice').waitFor();
    await page.getByTestId('field-outbox-count').waitFor({ state: 'detached', timeout: 30_000 });
    await phone.close();
  });
});
