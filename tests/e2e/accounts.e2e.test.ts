import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.ts';
import { answerNotificationQuestion, demoLogin, logIn, newPage as newBrowserPage } from './support/pages.ts';
import { type RunningApp, startApp } from './support/running-app.ts';

/** User administration as a user admin does it (seeds 001/002), and what the invited colleague then sees. */
let app: RunningApp;
let browser: Browser;

const colleague = { email: 'collega.utrecht@demo.veldwerk.nl', firstName: 'Cor', lastName: 'Collega' };
const duplicateMessage =
  'Deze gebruiker bestaat al binnen het systeem. U kunt niet tweemaal hetzelfde e-mail adres gebruiken.';

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function adminOnUsersPage(): Promise<Page> {
  const page = await newBrowserPage(browser);
  await page.goto(`${app.url}/inloggen`);
  const admin = demoLogin(app, 'userAdmin');
  await logIn(page, admin.email, admin.password);
  await page.getByTestId('company-menu').click();
  await page.getByRole('menuitem', { name: 'Gebruikers' }).click();
  await page.getByTestId('users-table').waitFor();
  return page;
}

/** The link of the newest invitation to `to`, read as the admin from the outbox (what "Uitgaande e-mail" shows). */
async function invitationLink(adminPage: Page, to: string): Promise<string> {
  const link = await adminPage.evaluate(async (address) => {
    const list = (await (await fetch('/api/mail/outbox?page=1&pageSize=50')).json()) as {
      items: { id: string; to: string }[];
    };
    const mail = list.items.find((item) => item.to === address);
    if (!mail) return null;
    const full = (await (await fetch(`/api/mail/outbox/${mail.id}`)).json()) as { text: string | null };
    return /https?:\/\/\S+\/uitnodiging\/[^\s"<>]+/.exec(full.text ?? '')?.[0] ?? null;
  }, to);
  if (!link) throw new Error(`no invitation mail to ${to} in the outbox`);
  return link;
}

describe('user administration in Chromium', () => {
  it('lets the admin invite a field worker for Utrecht, who sets a password and sees only Utrecht', async () => {
    const page = await adminOnUsersPage();
    await page.getByTestId('users-add').click();
    await page.getByTestId('user-email').fill(colleague.email);
    await page.getByTestId('user-firstName').fill(colleague.firstName);
    await page.getByTestId('user-lastName').fill(colleague.lastName);
    expect(await page.getByTestId('user-username').inputValue()).toBe(colleague.email);
    expect(await page.getByTestId('user-right-fieldWorker').isChecked()).toBe(true);
    expect(await page.getByTestId('user-right-userAdmin').isChecked()).toBe(false);
    await page.getByTestId('user-regions').click();
    await page.getByRole('option', { name: 'Utrecht' }).click();
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('user-setup-invite').isChecked()).toBe(true);
    await page.getByTestId('user-form-submit').click();
    await page.getByTestId('user-form').waitFor({ state: 'detached' });

    const row = page.getByTestId('user-row').filter({ hasText: 'Cor Collega' });
    await expect.poll(() => row.textContent()).toContain('Verzonden');
    expect(await row.textContent()).toContain('Utrecht');
    expect(await row.textContent()).toContain('Monteur');
    await screenshot(page, 'accounts-users-list');

    const link = await invitationLink(page, colleague.email);
    expect(link.startsWith(`${app.url}/uitnodiging/`)).toBe(true);

    const invited = await newBrowserPage(browser);
    await invited.goto(link);
    await expect.poll(() => invited.getByRole('heading', { name: 'Welkom, Cor' }).isVisible()).toBe(true);
    expect(await invited.getByTestId('invitation-page').textContent()).toContain('Demo Grondwerken B.V.');
    const password = 'Fietsen Langs De Kromme Rijn 12';
    await invited.getByTestId('new-password').fill(password);
    await invited.getByTestId('new-password-repeat').fill(password);
    await invited.getByTestId('invitation-submit').click();
    await expect.poll(() => invited.getByTestId('user-name').textContent()).toBe('Cor Collega');
    // First login: the question about being informed (seed 001) comes before anything else.
    await answerNotificationQuestion(invited, 'Geen updates');
    await expect.poll(() => invited.getByTestId('notification-bell').isVisible()).toBe(true);

    const me = (await invited.evaluate(async () => (await fetch('/api/me')).json())) as {
      regions: { name: string }[];
    };
    expect(me.regions.map((region) => region.name)).toEqual(['Utrecht']);
    expect(await invited.getByTestId('region-select').filter({ visible: true }).inputValue()).toBe('Utrecht');
    await invited.getByTestId('company-menu').click();
    await invited.getByRole('menuitem', { name: 'Helpdesk' }).waitFor();
    expect(await invited.getByRole('menuitem').allTextContents()).toEqual(['Helpdesk']);
    await invited.keyboard.press('Escape');
    expect(await invited.getByRole('link', { name: 'Gebruikers' }).count()).toBe(0);
    expect(await invited.evaluate(async () => (await fetch('/api/users')).status)).toBe(403);
    await invited.goto(`${app.url}/mijn-bedrijf/gebruikers`);
    await expect.poll(() => invited.getByTestId('forbidden').isVisible()).toBe(true);

    // The link works once: opened again it says so and points to the login page.
    await invited.goto(link);
    await expect
      .poll(() => invited.getByTestId('invitation-problem').textContent())
      .toContain('Deze uitnodiging is al gebruikt');

    // Back at the admin: the invitation is confirmed.
    await page.reload();
    await expect.poll(() => row.textContent()).toContain('Bevestigd');
    await invited.context().close();
    await page.context().close();
  });

  it('refuses an e-mail address that exists with the sentence users know, and keeps what was typed', async () => {
    const page = await adminOnUsersPage();
    await page.getByTestId('users-add').click();
    await page.getByTestId('user-email').fill(demoLogin(app, 'fieldWorker').email);
    await page.getByTestId('user-username').fill('tweede.monteur');
    await page.getByTestId('user-firstName').fill('Tweede');
    await page.getByTestId('user-lastName').fill('Monteur');
    await page.getByTestId('user-phone').fill('06 1234 5678');
    await page.getByTestId('user-form-submit').click();
    await expect.poll(() => page.getByText(duplicateMessage, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByTestId('user-form').isVisible()).toBe(true);
    expect(await page.getByTestId('user-username').inputValue()).toBe('tweede.monteur');
    expect(await page.getByTestId('user-firstName').inputValue()).toBe('Tweede');
    expect(await page.getByTestId('user-phone').inputValue()).toBe('06 1234 5678');
    await screenshot(page, 'accounts-user-form-duplicate');
    await page.context().close();
  });

  it('shows the regions with their users, and the colleague among the users of Utrecht', async () => {
    const page = await adminOnUsersPage();
    await page.getByTestId('company-menu').click();
    await page.getByRole('menuitem', { name: 'Regio’s beheren' }).click();
    await page.getByTestId('regions-table').waitFor();
    const utrecht = page.getByTestId('region-row').filter({ hasText: 'Utrecht' });
    // Bea Beheer, Mo Monteur and the new colleague.
    expect(await utrecht.textContent()).toContain('3 gebruikers');
    await utrecht.click();
    await page.getByTestId('region-users-open').click();
    await expect.poll(() => page.getByTestId('region-users-assigned').textContent()).toContain('Cor Collega');
    await page.keyboard.press('Escape');
    await screenshot(page, 'accounts-regions');
    await page.context().close();
  });
});
