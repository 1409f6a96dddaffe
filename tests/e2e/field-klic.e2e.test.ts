import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.ts';
import { cableTargets, type MapApiData } from './support/klic-map-targets.ts';
import { demoLogin, submitLogin } from './support/pages.ts';
import { newPhone } from './support/phone.ts';
import { type RunningApp, startApp } from './support/running-app.ts';

/**
 * The field worker's KLIC on a phone: the EV banner (and a vibration), damage numbers, the documents,
 * the map with the own position, a tapped cable's attributes, follow mode, and removing the KLIC.
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

/**
 * Logs in as the demo field worker and opens the demo KLIC. Waits for the card rather than the URL: the
 * field app's service worker may take over (and reload) the first page, which aborts a URL wait.
 */
async function openDemoKlic(page: Page): Promise<void> {
  const worker = demoLogin(app, 'fieldWorker');
  await page.goto(`${app.url}/inloggen?naar=/veld/`);
  await submitLogin(page, worker.email, worker.password);
  await page.locator('[data-testid="field-klic-card"][data-meldnummer="26G0000101"]').click();
  await page.getByTestId('field-open-map').waitFor();
}

/**
 * Whether the own position's blue dot (#1c7ed6) is drawn in the middle of the map. Browser code as a
 * string: the tests are type-checked without the DOM's types.
 */
const dotInTheMiddle = (page: Page) =>
  page.evaluate<boolean>(`[...document.querySelectorAll('[data-testid="field-map"] canvas')].some((canvas) => {
    const context = canvas.width > 0 && canvas.getContext('2d');
    if (!context) return false;
    const [r, g, b] = context.getImageData(canvas.width / 2, canvas.height / 2, 1, 1).data;
    return Math.abs(r - 28) < 20 && Math.abs(g - 126) < 20 && Math.abs(b - 214) < 20;
  })`);

/** Records the phone's vibrations in window.vibrations. */
const recordVibrations = `window.vibrations = [];
  navigator.vibrate = (pattern) => { window.vibrations.push(pattern); return true; };`;

describe('a KLIC in the field app', () => {
  it('says so on the map when the phone may not use the location', async () => {
    const phone = await newPhone(browser);
    await phone.clearPermissions();
    const page = await phone.newPage();
    await openDemoKlic(page);
    await page.getByTestId('field-open-map').click();
    const position = page.locator('[data-testid="field-position"][data-status="denied"]');
    await position.waitFor();
    expect(await position.textContent()).toContain('De app mag uw locatie niet gebruiken');
    expect(await page.getByTestId('field-locate').isDisabled()).toBe(true);
    await phone.close();
  });

  it('shows the EV, the damage numbers, the documents and the map with the own position', async () => {
    const phone = await newPhone(browser);
    await phone.addInitScript(recordVibrations);
    const page = await phone.newPage();
    await openDemoKlic(page);
    const klicId = page.url().split('/').at(-1) as string;

    const banner = page.getByTestId('field-ev-banner').first();
    await banner.waitFor();
    expect(await banner.getAttribute('data-status')).toBe('open');
    expect(await banner.textContent()).toContain('Eis voorzorgsmaatregel');
    expect(await page.evaluate('window.vibrations')).toEqual([[200, 100, 200]]);
    expect(await page.getByTestId('field-klic-project').textContent()).toBe('P-2026-001 · Fase 1');
    const calls = page.getByTestId('field-damage-call');
    expect(await calls.count()).toBeGreaterThan(0);
    expect(await calls.first().getAttribute('href')).toMatch(/^tel:\+?\d+$/);
    const callBox = await calls.first().boundingBox();
    expect(callBox?.height).toBeGreaterThanOrEqual(44);
    await screenshot(page, 'field-klic');

    await page.getByTestId('field-open-documents').click();
    const letter = page.locator('[data-testid="field-document"][data-kind="letter"]');
    await letter.waitFor();
    expect(await letter.textContent()).toContain('LI_26G0000101_1.pdf');
    expect(await letter.getAttribute('target')).toBe('_blank');
    const href = (await letter.getAttribute('href')) as string;
    const file = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type') };
    }, href);
    expect(file).toEqual({ status: 200, type: 'application/pdf' });
    await page.goBack();

    await page.getByTestId('field-open-map').click();
    const map = page.locator('[data-testid="field-map"][data-map-ready="true"]');
    await map.waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="field-map"][data-position]').waitFor();
    const position = page.getByTestId('field-position');
    expect(await position.getAttribute('data-status')).toBe('located');
    expect(await position.textContent()).toBe('Uw positie ± 8 m');
    expect(await page.getByTestId('klic-map-export').count()).toBe(0);
    await screenshot(page, 'field-map-klic');

    // Tap a cable clear of the buttons on the right and the position line at the bottom.
    const box = await map.boundingBox();
    if (!box) throw new Error('the map has no size');
    const data = (await page.evaluate(
      async (id) => (await fetch(`/api/field/klics/${id}/map`)).json(),
      klicId,
    )) as MapApiData;
    const cable = cableTargets(data, box).find(
      (target) => target.x < box.x + box.width - 80 && target.y < box.y + box.height - 80,
    );
    if (!cable) throw new Error('the demo KLIC has no cable clear of the map buttons');
    await page.touchscreen.tap(cable.x, cable.y);
    const panel = page.getByTestId('klic-map-feature');
    await panel.waitFor({ timeout: 5000 });
    expect(await panel.locator('th', { hasText: 'Soort object' }).count()).toBe(1);
    await panel.getByRole('button', { name: 'Kenmerken sluiten' }).click();

    // The layers in a bottom sheet, with the office map's toggles.
    await page.getByTestId('field-map-layers').click();
    const theme = page.getByTestId('klic-map-theme').first();
    await theme.waitFor();
    await theme.uncheck();
    expect(await theme.isChecked()).toBe(false);
    await theme.check();
    await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // Measuring with taps: two points give a distance.
    await page.getByTestId('field-measure').click();
    await page.touchscreen.tap(box.x + 60, box.y + box.height / 2);
    await page.touchscreen.tap(box.x + 260, box.y + box.height / 2);
    await expect
      .poll(() => page.getByTestId('field-map-length').textContent())
      .toMatch(/^Afstand: \d+,\d\d m$/);
    await page.getByTestId('field-measure').click();

    // "Centre on me" brings the blue dot to the middle; follow mode ends when the map is panned by hand.
    await page.getByTestId('field-locate').click();
    await expect.poll(() => dotInTheMiddle(page), { timeout: 5000 }).toBe(true);
    await screenshot(page, 'field-map-position');
    const follow = page.getByTestId('field-follow');
    await follow.click();
    expect(await follow.getAttribute('aria-pressed')).toBe('true');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2 - 60, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('false');

    await page.getByTestId('field-map-back').click();
    await page.getByTestId('field-remove').click();
    await page.getByTestId('field-remove-confirm').click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/veld\/?$/);
    await page.getByTestId('field-klic-card').first().or(page.getByText('Er zijn nog geen KLIC’s')).waitFor();
    expect(await page.locator('[data-meldnummer="26G0000101"]').count()).toBe(0);
    await phone.close();
  });
});
