import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.ts';
import { answerNotificationQuestion, demoLogin, submitLogin } from './support/pages.ts';
import { type AppBehindLink, newPhone, setPhoneOffline, startAppBehindLink } from './support/phone.ts';

/**
 * Issue 6, offline: the field app installs itself on the phone (manifest, service worker), keeps the
 * worker's KLIC with its map, background raster and documents, and opens all of it after a reload
 * without a connection. Logging out takes the worker's data off the phone. The office app stays outside.
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

// Scripts as strings: the tests are type-checked without the DOM's types.
const controlledByFieldWorker =
  "navigator.serviceWorker.controller?.scriptURL.endsWith('/veld/sw.js') ?? false";
const keptPaths = (cache: string) =>
  `caches.open('${cache}').then((c) => c.keys()).then((keys) => keys.map((r) => new URL(r.url).pathname))`;

type KlicOnServer = { id: string; documents: { url: string; kind: string }[]; background: string | null };

describe('the field app without a connection', () => {
  it('opens the KLIC list, the KLIC, its map and its documents after a reload offline', async () => {
    const phone = await newPhone(browser);
    const page = await phone.newPage();
    const worker = demoLogin(app.app, 'fieldWorker');
    await page.goto(`${app.url}/inloggen?naar=/veld/`);
    await submitLogin(page, worker.email, worker.password);

    const card = page.locator(`[data-testid="field-klic-card"][data-meldnummer="${meldnummer}"]`);
    const offlineState = card.getByTestId('field-klic-offline-state');
    await card.waitFor();
    await expect.poll(() => offlineState.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
    await expect.poll(() => page.evaluate<boolean>(controlledByFieldWorker)).toBe(true);
    expect(await page.getByTestId('field-offline-summary').textContent()).toMatch(
      /\d+ van \d+ KLIC.{0,2} offline beschikbaar op dit toestel/,
    );

    // What the server says the KLIC has: every document and the map's raster must be on the phone.
    const klic = await page.evaluate(async (number): Promise<KlicOnServer> => {
      const list = (await (await fetch('/api/field/klics')).json()) as {
        klics: { id: string; meldnummer: string }[];
      };
      const id = list.klics.find((candidate) => candidate.meldnummer === number)?.id ?? '';
      const detail = (await (await fetch(`/api/field/klics/${id}`)).json()) as {
        klic: { documents: { url: string; kind: string }[] };
      };
      const map = (await (await fetch(`/api/field/klics/${id}/map`)).json()) as {
        background: { url: string } | null;
      };
      return { id, documents: detail.klic.documents, background: map.background?.url ?? null };
    }, meldnummer);
    expect(klic.documents.some((document) => document.kind === 'letter')).toBe(true);
    expect(klic.background).not.toBeNull();
    const files = [...klic.documents.map((document) => document.url), klic.background ?? ''];
    expect(await page.evaluate<string[]>(keptPaths('veld-files'))).toEqual(expect.arrayContaining(files));
    expect(await page.evaluate<string[]>(keptPaths('veld-data'))).toEqual(
      expect.arrayContaining([
        '/api/field/klics',
        `/api/field/klics/${klic.id}`,
        `/api/field/klics/${klic.id}/map`,
      ]),
    );

    // The list kept on the phone is dated long ago: without a connection the app says how old it is.
    await page.evaluate(`caches.open('veld-data').then(async (cache) => {
      const kept = await cache.match('/api/field/klics');
      const headers = new Headers(kept.headers);
      headers.set('date', 'Mon, 03 Mar 2025 08:00:00 GMT');
      await cache.put('/api/field/klics', new Response(await kept.text(), { headers }));
    })`);
    await setPhoneOffline(phone, app, true);
    await page.reload();
    await page.getByTestId('field-offline').waitFor();
    await expect.poll(() => offlineState.getAttribute('data-state')).toBe('ready');
    await expect
      .poll(() => page.getByTestId('field-kept-age').textContent())
      .toBe('Gegevens van 03-03 09:00 — mogelijk niet actueel');
    await screenshot(page, 'field-offline-list');

    await card.click();
    await expect.poll(() => page.getByTestId('field-klic-title').textContent()).toContain(meldnummer);
    await page.getByTestId('field-open-map').click();
    await page.getByTestId('field-map').waitFor();
    expect(await page.getByTestId('field-map-title').textContent()).toContain(meldnummer);
    await screenshot(page, 'field-offline-map');

    // The raster and the documents come from the phone (the server cannot be reached).
    const fromPhone = await page.evaluate(
      async (urls) =>
        Promise.all(
          urls.map(async (url) => {
            const response = await fetch(url);
            const bytes = new Uint8Array(await response.arrayBuffer());
            return {
              status: response.status,
              type: response.headers.get('content-type'),
              start: String.fromCharCode(...bytes.slice(1, 4)),
            };
          }),
        ),
      [klic.background ?? '', klic.documents.find((document) => document.kind === 'letter')?.url ?? ''],
    );
    expect(fromPhone).toEqual([
      { status: 200, type: 'image/png', start: 'PNG' },
      { status: 200, type: 'application/pdf', start: 'PDF' },
    ]);
    await page.goBack();
    await page.getByTestId('field-open-documents').click();
    await expect.poll(() => page.getByTestId('field-document').count()).toBe(klic.documents.length);

    // Back online, the worker logs out: their KLICs leave the phone, the app itself stays installed.
    await setPhoneOffline(phone, app, false);
    await page.getByTestId('field-offline').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByTestId('field-logout').click();
    // Asked first: what leaves the phone.
    expect(await page.getByTestId('field-logout-klics').textContent()).toMatch(
      /^\d+ KLIC.{0,2} (wordt|worden) van dit toestel verwijderd\.$/,
    );
    // A logout the server did not confirm changes nothing on the phone.
    await phone.route('**/api/auth/sign-out', (route) => route.fulfill({ status: 500, body: '{}' }));
    await page.getByTestId('field-logout-confirm').click();
    expect(await page.getByTestId('field-logout-failed').textContent()).toBe(
      'Uitloggen is niet gelukt; probeer het opnieuw.',
    );
    expect(await page.evaluate<string[]>('caches.keys()')).toContain('veld-files');
    await phone.unroute('**/api/auth/sign-out');
    await page.getByTestId('field-logout-confirm').click();
    await page.getByTestId('field-login').waitFor();
    await expect.poll(() => page.evaluate<string[]>('caches.keys()')).not.toContain('veld-files');
    const caches = await page.evaluate<string[]>('caches.keys()');
    expect(caches).not.toContain('veld-data');
    expect(caches.some((name) => name.startsWith('workbox-precache'))).toBe(true);
    expect(await page.evaluate<string | null>("localStorage.getItem('veldwerk.field.offline')")).toBeNull();
    expect(await page.evaluate<string | null>("localStorage.getItem('veldwerk.field.session')")).toBeNull();

    // Installable: Chromium finds the manifest with its icons and the service worker. (Asked last: a
    // DevTools session of its own upsets the network emulation of the offline steps.)
    const cdp = await phone.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // Playwright's browser contexts are incognito windows, where Chromium never offers to install.
    expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);

    // The office app is not the field app's: its pages are not served by this service worker.
    await page.goto(`${app.url}/inloggen`);
    expect(await page.evaluate<boolean>(controlledByFieldWorker)).toBe(false);
    await phone.close();
  });

  it("takes the worker's data off the phone at the office app's logout and when another user logs in", async () => {
    const phone = await newPhone(browser);
    const page = await phone.newPage();
    const worker = demoLogin(app.app, 'fieldWorker');
    const keptOnPhone = async () => {
      await page
        .locator(`[data-testid="field-klic-card"][data-meldnummer="${meldnummer}"]`)
        .getByTestId('field-klic-offline-state')
        .and(page.locator('[data-state="ready"]'))
        .waitFor({ timeout: 60_000 });
      expect(await page.evaluate<string[]>('caches.keys()')).toEqual(
        expect.arrayContaining(['veld-data', 'veld-files']),
      );
    };
    const fieldDataGone = async () => {
      await expect.poll(() => page.evaluate<string[]>('caches.keys()')).not.toContain('veld-files');
      expect(await page.evaluate<string[]>('caches.keys()')).not.toContain('veld-data');
      expect(await page.evaluate<string | null>("localStorage.getItem('veldwerk.field.offline')")).toBeNull();
    };

    await page.goto(`${app.url}/inloggen?naar=/veld/`);
    await submitLogin(page, worker.email, worker.password);
    await keptOnPhone();
    await page.goto(`${app.url}/`);
    await answerNotificationQuestion(page, 'Geen updates');
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/inloggen/);
    await fieldDataGone();
    expect(await page.evaluate<string | null>("localStorage.getItem('veldwerk.field.session')")).toBeNull();

    // The worker again; then the planner logs in on the same phone without the worker logging out.
    await page.goto(`${app.url}/inloggen?naar=/veld/`);
    await submitLogin(page, worker.email, worker.password);
    await keptOnPhone();
    await phone.clearCookies();
    await page.goto(`${app.url}/inloggen?naar=/veld/`);
    const planner = demoLogin(app.app, 'workPlanner');
    await submitLogin(page, planner.email, planner.password);
    await page.getByTestId('field-no-access').waitFor();
    await fieldDataGone();
    const remembered = await page.evaluate<string | null>("localStorage.getItem('veldwerk.field.session')");
    expect((JSON.parse(remembered ?? '{}') as { user?: { email: string } }).user?.email).toBe(planner.email);
    await phone.close();
  });
});
