import { inspect } from 'node:util';
import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../infra/errors/app-error.ts';
import { reasonMessage } from '../../infra/i18n/reason-messages.ts';
import { type ImapMailboxConfig, pollImapMailbox } from './imap-poller.ts';
import { aFreePort, type DovecotTestServer, startDovecot, withTestMailbox } from './imap-test-server.ts';

const maxBytes = 8192;
let dovecot: DovecotTestServer;
let config: ImapMailboxConfig;

function aMail(subject: string, body = `Body of ${subject}\r\n`): Buffer {
  return Buffer.from(`From: KLIC <noreply@kadaster.nl>\r\nSubject: ${subject}\r\n\r\n${body}`);
}

/** Puts messages into a folder the way a mail server would, through IMAP APPEND. */
const withMailbox = <T>(work: (client: ImapFlow) => Promise<T>) => withTestMailbox(dovecot, work);

async function fill(folder: string, messages: Array<{ raw: Buffer; seen?: boolean }>): Promise<void> {
  await withMailbox(async (client) => {
    if (folder !== 'INBOX') await client.mailboxCreate(folder);
    for (const message of messages) await client.append(folder, message.raw, message.seen ? ['\\Seen'] : []);
  });
}

async function seenFlags(folder: string): Promise<boolean[]> {
  return withMailbox(async (client) => {
    const lock = await client.getMailboxLock(folder);
    try {
      const messages = await client.fetchAll('1:*', { uid: true, flags: true });
      return messages.sort((a, b) => a.uid - b.uid).map((message) => message.flags?.has('\\Seen') ?? false);
    } finally {
      lock.release();
    }
  });
}

async function pollError(overrides: Partial<ImapMailboxConfig>): Promise<AppError> {
  const error = await pollImapMailbox({ ...config, ...overrides }, async () => {}).catch(
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  dovecot = await startDovecot();
  config = {
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    // The test server speaks plain IMAP on loopback; real mailboxes must offer STARTTLS (tested below).
    requireStartTls: false,
    user: dovecot.user,
    password: dovecot.password,
    maxBytes,
  };
}, 20_000);

afterAll(async () => {
  await dovecot?.stop();
});

describe('pollImapMailbox', () => {
  it('hands every unseen message over byte for byte in UID order, marks it seen and skips seen ones', async () => {
    const first = aMail('KLIC-ontvangstbevestiging: 22G003174/1 22G003174 Ref: A');
    const base64 = Buffer.from(
      'From: KLIC <noreply@kadaster.nl>\r\nSubject: levering\r\nMIME-Version: 1.0\r\n' +
        'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n' +
        `${Buffer.from('Download levering: één link\r\n').toString('base64')}\r\n`,
    );
    await fill('INBOX', [{ raw: first }, { raw: aMail('already read'), seen: true }, { raw: base64 }]);
    const onMail = vi.fn(async (_raw: Buffer) => {});

    expect(await pollImapMailbox(config, onMail)).toEqual({ handled: 2, failed: 0 });

    expect(onMail.mock.calls.map(([raw]) => [raw.equals(first), raw.equals(base64)])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(await seenFlags('INBOX')).toEqual([true, true, true]);
    expect(await pollImapMailbox(config, onMail)).toEqual({ handled: 0, failed: 0 });
    expect(onMail).toHaveBeenCalledTimes(2);
  });

  it('leaves a message unseen when it could not be handled, for the next poll', async () => {
    await fill('Failing', [{ raw: aMail('one') }, { raw: aMail('two') }]);
    const mailbox = { ...config, mailbox: 'Failing' };
    const failSecond = vi.fn(async (raw: Buffer) => {
      if (raw.includes('two')) throw new Error('database down');
    });

    expect(await pollImapMailbox(mailbox, failSecond)).toEqual({ handled: 1, failed: 1 });
    expect(await seenFlags('Failing')).toEqual([true, false]);

    const onMail = vi.fn(async (_raw: Buffer) => {});
    expect(await pollImapMailbox(mailbox, onMail)).toEqual({ handled: 1, failed: 0 });
    expect(onMail.mock.calls[0]?.[0].toString()).toContain('Subject: two');
  });

  it('marks a message over the size limit seen without handing it over, and reports it', async () => {
    await fill('Large', [{ raw: aMail('huge', 'x'.repeat(maxBytes)) }, { raw: aMail('small') }]);
    const onMail = vi.fn(async (_raw: Buffer) => {});
    const onRejected = vi.fn();

    const result = await pollImapMailbox({ ...config, mailbox: 'Large' }, onMail, onRejected);

    expect(result).toEqual({ handled: 1, failed: 1 });
    expect(onRejected).toHaveBeenCalledExactlyOnceWith(expect.any(Number), 'klic.imap_message_too_large');
    expect(onMail).toHaveBeenCalledOnce();
    expect(onMail.mock.calls[0]?.[0].toString()).toContain('Subject: small');
    expect(await seenFlags('Large')).toEqual([true, true]);
  });

  it('says the login failed for a wrong password, without the password', async () => {
    const error = await pollError({ password: 'wrong-secret-password' });

    expect(error.reason).toBe('klic.imap_login_failed');
    expect(error.status).toBe(422);
    expect(error.params).toEqual({ host: dovecot.host, user: dovecot.user });
    expect(inspect(error, { depth: 10, showHidden: true })).not.toContain('wrong-secret-password');
    expect(reasonMessage('nl', 'klic.imap_login_failed', error.params)).toContain(dovecot.user);
  });

  it('says the server is unreachable when nothing listens on the port', async () => {
    const port = await aFreePort();
    const error = await pollError({ port });

    expect(error.reason).toBe('klic.imap_unreachable');
    expect(error.status).toBe(503);
    expect(reasonMessage('en', 'klic.imap_unreachable', error.params)).toContain(`port ${port}`);
  });

  it('says the server is unreachable when it does not speak TLS where TLS was asked for', async () => {
    const error = await pollError({ secure: true });

    expect(error.reason).toBe('klic.imap_unreachable');
  });

  it('says the folder does not exist', async () => {
    const error = await pollError({ mailbox: 'Nowhere' });

    expect(error.reason).toBe('klic.imap_mailbox_missing');
    expect(reasonMessage('nl', 'klic.imap_mailbox_missing', error.params)).toContain('Nowhere');
  });

  it('refuses to log in over a connection without STARTTLS unless told so, and takes nothing', async () => {
    const onMail = vi.fn(async (_raw: Buffer) => {});
    const refused = await pollImapMailbox({ ...config, requireStartTls: true }, onMail).catch(
      (error) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(refused.reason).toBe('klic.imap_unreachable');
    expect(inspect(refused, { depth: 10 })).not.toContain(dovecot.password);
    expect(onMail).not.toHaveBeenCalled();
  });
});
