import { Writable } from 'node:stream';
import nodemailer, { type SentMessageInfo, type Transporter } from 'nodemailer';
import pino from 'pino';
import { onTestFinished, vi } from 'vitest';
import { type IntakeMail, type SmtpIntakeServer, startSmtpIntakeServer } from './smtp-intake-server.ts';

export const intakeAddress = 'klic-4f2a@intake.veldwerk.test';
export const maxBytes = 4096;
/** A marker in every test mail's body: the log must never contain it. */
export const secretInBody = '0c5d-geheim';

export function aKadasterMail(
  body = `Download levering: https://service10.kadaster.nl/gds2/download/public/${secretInBody}`,
): Buffer {
  return Buffer.from(
    [
      'From: KLIC <noreply@kadaster.nl>',
      `To: ${intakeAddress}`,
      'Subject: KLIC complete levering 1: 22G003174/1 22G003174 Ref: 2024-017',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      body,
      '.a line that starts with a dot, and één ü',
      '',
    ].join('\r\n'),
  );
}

/**
 * Starts the intake listener on a free port with `intakeAddress` as its only known address, a
 * recording onMail, a captured log and a nodemailer transport pointed at it; closed after the test.
 */
export async function startTestIntake(
  overrides: {
    onMail?: (mail: IntakeMail) => Promise<void>;
    acceptsRecipient?: (address: string) => Promise<boolean>;
  } = {},
) {
  let logged = '';
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logged += String(chunk);
      done();
    },
  });
  const onMail = vi.fn(overrides.onMail ?? (async (_mail: IntakeMail) => {}));
  const server: SmtpIntakeServer = await startSmtpIntakeServer({
    host: '127.0.0.1',
    port: 0,
    maxBytes,
    logger: pino({ level: 'info' }, logStream),
    acceptsRecipient:
      overrides.acceptsRecipient ?? (async (address) => address.toLowerCase() === intakeAddress),
    onMail,
  });
  onTestFinished(() => server.close());
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: server.port,
    secure: false,
    ignoreTLS: true,
  });
  return { server, onMail, transport, port: server.port, logged: () => logged };
}

export function sendToIntake(
  transport: Transporter,
  to: string[],
  raw: Buffer = aKadasterMail(),
): Promise<SentMessageInfo> {
  return transport.sendMail({ envelope: { from: 'noreply@kadaster.nl', to }, raw });
}
