import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import {
  aPlanner,
  getJson,
  intakesOf,
  meldingenOf,
  type PlannerSession,
} from '../intake/testing/klic-intake-testkit.ts';
import { type DovecotTestServer, startDovecot, withTestMailbox } from '../mail/imap-test-server.ts';
import { composeMail, kadasterReceipt, noticeFacts } from '../mail/kadaster-test-mails.ts';
import { pollMailboxes } from './poll-mailboxes.ts';
import { createSecretBox } from './secret-box.ts';

// The organisation's own mailbox, polled over IMAP against a real Dovecot.

let t: TestApp;
let dovecot: DovecotTestServer;

beforeAll(async () => {
  dovecot = await startDovecot();
  t = await createTestApp();
}, 30_000);
afterAll(async () => {
  await t?.close();
  await dovecot?.stop();
});

const poll = () => pollMailboxes(t.klic.deps, createSecretBox(t.klic.wiring.secret));

async function useMailbox(planner: PlannerSession, password: string, enabled = true) {
  const response = await t.app.inject({
    method: 'PUT',
    url: '/api/klic/mail-settings/imap',
    headers: { cookie: planner.cookie, origin: testPublicUrl },
    payload: { enabled, host: dovecot.host, port: dovecot.port, secure: false, user: dovecot.user, password },
  });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.json().imap.passwordSet).toBe(true);
}

/** The mailbox as another mail client sees it: append mail, or read which ones are seen. */
const withMailbox = <T>(work: (client: ImapFlow) => Promise<T>) => withTestMailbox(dovecot, work);

function inInbox<T>(work: (client: ImapFlow) => Promise<T>): Promise<T> {
  return withMailbox(async (client) => {
    const lock = await client.getMailboxLock('INBOX');
    try {
      return await work(client);
    } finally {
      lock.release();
    }
  });
}

const unseenCount = () => inInbox(async (client) => ((await client.search({ seen: false })) || []).length);

const settingsOf = async (planner: PlannerSession) =>
  (await getJson(t, planner.cookie, '/api/klic/mail-settings')).json().imap;

describe('polling the IMAP mailbox', () => {
  it('takes an unseen Kadaster mail in as an intake (source imap), skips read mail, and marks it read', async () => {
    const planner = await aPlanner(t);
    await useMailbox(planner, dovecot.password);
    const alreadyRead = await composeMail({ from: 'jan@bouw.nl', subject: 'Al gelezen', text: 'Oud.' });
    await withMailbox(async (client) => {
      await client.append('INBOX', alreadyRead, ['\\Seen']);
      await client.append('INBOX', await kadasterReceipt(), []);
    });

    await poll();
    expect(await intakesOf(t, planner)).toEqual([
      expect.objectContaining({
        source: 'imap',
        kind: 'mail',
        status: 'queued',
        fileName: expect.stringMatching(/^IMAP INBOX .*\.eml$/),
      }),
    ]);
    expect(await unseenCount()).toBe(0);
    expect(await settingsOf(planner)).toMatchObject({ lastPolledAt: expect.any(String), lastError: null });

    await t.klic.runQueuedIntakes();
    expect(await intakesOf(t, planner)).toEqual([
      expect.objectContaining({ source: 'imap', status: 'done', outcome: 'receipt' }),
    ]);
    expect(await meldingenOf(t, planner)).toEqual([
      expect.objectContaining({ meldnummer: noticeFacts.meldnummer, state: 'requested' }),
    ]);

    await poll();
    expect(await intakesOf(t, planner)).toHaveLength(1);

    // Switched off, the mailbox is no longer polled (the next test reuses it for another organisation).
    await useMailbox(planner, dovecot.password, false);
    await withMailbox((client) => client.append('INBOX', alreadyRead, []));
    await poll();
    expect(await intakesOf(t, planner)).toHaveLength(1);
    expect(await unseenCount()).toBe(1);
    await inInbox((client) => client.messageFlagsAdd({ seen: false }, ['\\Seen']));
  });

  it('shows a wrong password as a Dutch sentence on the settings, takes nothing and leaves the mail unread', async () => {
    const planner = await aPlanner(t);
    await useMailbox(planner, 'een-verkeerd-wachtwoord');
    await withMailbox(async (client) => {
      await client.append('INBOX', await kadasterReceipt(), []);
    });

    await poll();
    expect((await settingsOf(planner)).lastError).toBe(
      `Inloggen op de mailserver ${dovecot.host} als ${dovecot.user} is mislukt. Controleer de gebruikersnaam en ` +
        'het wachtwoord van de KLIC-mailbox in de instellingen; bij sommige mailproviders is een apart app-wachtwoord nodig.',
    );
    expect(await intakesOf(t, planner)).toEqual([]);
    expect(await unseenCount()).toBe(1);

    // Setting the right password clears the error; the next round takes the waiting mail in.
    await useMailbox(planner, dovecot.password);
    expect((await settingsOf(planner)).lastError).toBeNull();
    await poll();
    expect(await intakesOf(t, planner)).toEqual([expect.objectContaining({ source: 'imap' })]);
  });
});
