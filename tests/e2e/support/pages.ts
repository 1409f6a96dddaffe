import type { Browser, Page } from 'playwright-core';
import type { DemoLogin, RunningApp } from './running-app.ts';

/** What the e2e tests do again and again, as a Dutch user on a desk or phone would. */
export function demoLogin(app: RunningApp, right: string): DemoLogin {
  const login = app.demoLogins().find((candidate) => candidate.right === right);
  if (!login) throw new Error(`no demo login for ${right} in the start-up output`);
  return login;
}

export async function newPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  return context.newPage();
}

/** Fills and submits the login form (the page must show it). */
export async function submitLogin(page: Page, identifier: string, password: string): Promise<void> {
  await page.getByLabel('Gebruikersnaam of e-mailadres').fill(identifier);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/**
 * After a login: a user who has never answered the question about being informed (seed 001) gets the
 * blocking dialog; answer it so the test can go on. Deterministic: asks the server whether they answered.
 */
export async function answerNotificationQuestion(
  page: Page,
  answer: 'Informeer mij' | 'Geen updates',
): Promise<void> {
  await page.getByTestId('user-name').or(page.getByTestId('user-menu')).first().waitFor();
  const consent = (await page.evaluate(async () => (await fetch('/api/notifications/consent')).json())) as {
    choice: string | null;
  };
  if (consent.choice !== null) return;
  // The dialog's root element has no size of its own (Mantine); its content has the dialog role.
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: answer }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Logs in and answers the notification question with "Geen updates" when it is asked. */
export async function logIn(page: Page, identifier: string, password: string): Promise<void> {
  await submitLogin(page, identifier, password);
  await answerNotificationQuestion(page, 'Geen updates');
}
