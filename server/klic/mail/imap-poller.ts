import { ImapFlow } from 'imapflow';
import { imapReasons, toImapError } from './imap-errors.ts';

export interface ImapMailboxConfig {
  host: string;
  port: number;
  /** true: TLS from the first byte (usually port 993); false: STARTTLS when the server offers it. */
  secure: boolean;
  user: string;
  password: string;
  /** The folder to read; INBOX when not given. */
  mailbox?: string;
  tls?: { rejectUnauthorized?: boolean };
  /** Without `secure`: refuse to log in unless STARTTLS protects the password (the default). */
  requireStartTls?: boolean;
  maxBytes: number;
}

export interface ImapPollResult {
  /** Messages that onMail took in and that are now marked \Seen. */
  handled: number;
  /** Messages that onMail refused (left unseen for the next poll) or that were too large (marked seen). */
  failed: number;
}

export type ImapRejectionReason = (typeof imapReasons)['messageTooLarge'];

const connectionTimeoutMs = 30_000;
const socketTimeoutMs = 120_000;

/**
 * One round over an organisation's KLIC mailbox: every unseen message, in UID order, goes to
 * `onMail` and is marked \Seen only once `onMail` resolved, so a failure leaves it for the next
 * round. A message over `maxBytes` is not downloaded but marked \Seen and reported to `onRejected`,
 * so it is not tried again forever. Connecting or signing in fails with an AppError whose reason
 * says what to fix (klic.imap_login_failed, klic.imap_unreachable, klic.imap_mailbox_missing).
 */
export async function pollImapMailbox(
  config: ImapMailboxConfig,
  onMail: (raw: Buffer) => Promise<void>,
  onRejected?: (uid: number, reason: ImapRejectionReason) => void,
): Promise<ImapPollResult> {
  const mailbox = config.mailbox ?? 'INBOX';
  const target = { host: config.host, port: config.port, user: config.user, mailbox };
  const client = new ImapFlow({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.secure ? {} : { doSTARTTLS: config.requireStartTls ?? true }),
    auth: { user: config.user, pass: config.password },
    ...(config.tls ? { tls: config.tls } : {}),
    // The library's own log would carry protocol lines; the caller logs the result instead.
    logger: false,
    disableAutoIdle: true,
    // BINARY fetches decode the transfer encoding; the intake needs the message exactly as stored.
    disableBinary: true,
    connectionTimeout: connectionTimeoutMs,
    socketTimeout: socketTimeoutMs,
    // A server that sends more than it announced cannot make us buffer an unbounded literal.
    maxLiteralSize: config.maxBytes + 1,
    maxResponseSize: config.maxBytes + 1024 * 1024,
  });
  // Without a listener a dropped connection would be an unhandled 'error' event; the failing
  // command rejects on its own and is turned into an AppError below.
  client.on('error', () => {});

  try {
    await client.connect();
  } catch (error) {
    client.close();
    throw toImapError(error, target);
  }

  try {
    const lock = await client.getMailboxLock(mailbox);
    try {
      return await handleUnseenMessages(client, config.maxBytes, onMail, onRejected);
    } finally {
      lock.release();
    }
  } catch (error) {
    throw toImapError(error, target);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

async function handleUnseenMessages(
  client: ImapFlow,
  maxBytes: number,
  onMail: (raw: Buffer) => Promise<void>,
  onRejected: ((uid: number, reason: ImapRejectionReason) => void) | undefined,
): Promise<ImapPollResult> {
  const result: ImapPollResult = { handled: 0, failed: 0 };
  const unseen = (await client.search({ seen: false }, { uid: true })) || [];
  if (unseen.length === 0) return result;
  const sizes = new Map<number, number>();
  for (const message of await client.fetchAll(unseen, { uid: true, size: true }, { uid: true })) {
    sizes.set(message.uid, message.size ?? 0);
  }

  for (const uid of [...unseen].sort((a, b) => a - b)) {
    const source = await fetchSource(client, uid, sizes.get(uid) ?? 0, maxBytes);
    if (source === 'gone') continue;
    if (source === 'too_large') {
      // Marked seen so that it is not fetched again every round; the caller tells the user.
      await client.messageFlagsAdd(uid, ['\\Seen'], { uid: true });
      result.failed++;
      onRejected?.(uid, imapReasons.messageTooLarge);
      continue;
    }
    try {
      await onMail(source);
    } catch {
      result.failed++;
      continue;
    }
    await client.messageFlagsAdd(uid, ['\\Seen'], { uid: true });
    result.handled++;
  }
  return result;
}

/** The message as stored; 'too_large' by its announced or its real size; 'gone' when expunged meanwhile. */
async function fetchSource(
  client: ImapFlow,
  uid: number,
  announcedSize: number,
  maxBytes: number,
): Promise<Buffer | 'too_large' | 'gone'> {
  if (announcedSize > maxBytes) return 'too_large';
  const message = await client.fetchOne(uid, { source: true }, { uid: true });
  if (message === false || message.source === undefined) return 'gone';
  return message.source.length > maxBytes ? 'too_large' : message.source;
}
