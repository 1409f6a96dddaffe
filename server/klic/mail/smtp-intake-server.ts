import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import {
  SMTPServer,
  type SMTPServerDataStream,
  type SMTPServerError,
  type SMTPServerSession,
} from 'smtp-server';

export interface IntakeMail {
  /** The accepted envelope recipients (RCPT TO) as the sender wrote them; unknown ones are never here. */
  recipients: string[];
  /** The message exactly as received (after SMTP dot-unstuffing). */
  raw: Buffer;
  remoteAddress: string;
}

export interface SmtpIntakeServerOptions {
  host: string;
  /** 0 picks a free port; the chosen one is in the result. */
  port: number;
  maxBytes: number;
  logger: Logger;
  acceptsRecipient(address: string): Promise<boolean>;
  /** Resolves once the mail is safely stored; a rejection makes the sender try again later (451). */
  onMail(mail: IntakeMail): Promise<void>;
  /** With a key and certificate, STARTTLS is offered; without, the listener speaks plain SMTP only. */
  tls?: { key: string | Buffer; cert: string | Buffer };
}

export interface SmtpIntakeServer {
  port: number;
  close(): Promise<void>;
}

// An intake address receives Kadaster mail and forwards, not bulk mail: a few clients and a few
// recipients per message are plenty, and the limits keep one sender from tying up the listener.
const maxClients = 50;
const maxRecipients = 20;
const closeTimeoutMs = 5_000;

function smtpError(responseCode: number, message: string): SMTPServerError {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * The inbound SMTP listener of the KLIC intake (MX-like: no authentication). It accepts mail only
 * for the addresses `acceptsRecipient` knows, refuses mail over `maxBytes`, and hands each
 * accepted message to `onMail` before answering 250, so a mail is never acknowledged unstored.
 */
export async function startSmtpIntakeServer(options: SmtpIntakeServerOptions): Promise<SmtpIntakeServer> {
  const logger = options.logger.child({ component: 'klic-smtp-intake' });

  const onRcptTo = (
    address: { address: string },
    session: SMTPServerSession,
    callback: (err?: Error) => void,
  ) => {
    options.acceptsRecipient(address.address).then(
      (known) => {
        if (known) return callback();
        logger.info(
          { session: session.id, recipient: address.address },
          'refused mail for an unknown address',
        );
        callback(
          smtpError(
            550,
            `No mailbox here by the name ${address.address}: not a Veldwerk KLIC intake address`,
          ),
        );
      },
      (error: unknown) => {
        logger.error({ session: session.id, err: error }, 'could not check an intake address');
        callback(smtpError(451, 'Temporary failure checking the recipient, please try again later'));
      },
    );
  };

  const onData = (
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    callback: (err?: Error | null, message?: string) => void,
  ) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => {
      // Past the limit the rest is read and dropped, so memory stays bounded by maxBytes.
      if (!stream.sizeExceeded) chunks.push(chunk);
    });
    stream.on('end', () => {
      const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
      const context = { session: session.id, remoteAddress: session.remoteAddress, recipients };
      if (stream.sizeExceeded) {
        logger.info({ ...context, bytes: stream.byteLength }, 'refused mail over the size limit');
        return callback(
          smtpError(552, `Message exceeds fixed maximum message size of ${options.maxBytes} bytes`),
        );
      }
      const raw = Buffer.concat(chunks);
      options.onMail({ recipients, raw, remoteAddress: session.remoteAddress }).then(
        () => {
          logger.info({ ...context, bytes: raw.length }, 'accepted mail');
          callback(null, 'OK: message accepted for KLIC intake');
        },
        (error: unknown) => {
          logger.error({ ...context, err: error }, 'could not take in an accepted mail');
          callback(smtpError(451, 'Temporary failure storing the message, please try again later'));
        },
      );
    });
  };

  const server = new SMTPServer({
    banner: 'Veldwerk KLIC-intake',
    size: options.maxBytes,
    maxClients,
    maxRecipients,
    closeTimeout: closeTimeoutMs,
    disableReverseLookup: true,
    logger: false,
    disabledCommands: options.tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    ...(options.tls ? { key: options.tls.key, cert: options.tls.cert } : {}),
    onRcptTo,
    onData,
  });
  // Client sockets that reset or time out end up here; they must not take the process down.
  server.on('error', (error) => logger.warn({ err: error }, 'SMTP connection error'));

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  logger.info({ host: options.host, port }, 'KLIC SMTP intake listening');

  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
