import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type TestSmtpServer = {
  port: number;
  url: string;
  received: ParsedMail[];
  /** Mails received for this address. */
  receivedFor(address: string): ParsedMail[];
  close(): Promise<void>;
};

/** SMTP replies the server gives to RCPT TO for the given recipient addresses, such as 550 or 451. */
export type RecipientReplies = Record<string, { responseCode: number; message: string }>;

/** A plain-text SMTP server on loopback for tests; every mail it accepts is parsed into `received`. */
export async function startTestSmtpServer(
  options: { port?: number; recipientReplies?: RecipientReplies } = {},
): Promise<TestSmtpServer> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      const reply = options.recipientReplies?.[address.address];
      if (!reply) return callback();
      callback(Object.assign(new Error(reply.message), { responseCode: reply.responseCode }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const bound = server.server.address();
  if (bound === null || typeof bound === 'string') throw new Error('SMTP test server has no port');
  return {
    port: bound.port,
    url: `smtp://127.0.0.1:${bound.port}`,
    received,
    receivedFor: (address) => received.filter((mail) => recipients(mail).includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((entry) => entry.address ?? ''));
}
