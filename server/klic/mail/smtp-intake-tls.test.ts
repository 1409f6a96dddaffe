import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startSmtpIntakeServer } from './smtp-intake-server.ts';
import { aKadasterMail, intakeAddress, maxBytes } from './smtp-test-intake.ts';

/** A throw-away self-signed certificate (openssl comes with Debian's ssl-cert and dovecot-core). */
function aSelfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'veldwerk-smtp-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the SMTP intake with a certificate', () => {
  const closing: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const close of closing) await close();
  });

  it('offers STARTTLS and takes a mail over TLS', async () => {
    const onMail = vi.fn(async () => {});
    const server = await startSmtpIntakeServer({
      host: '127.0.0.1',
      port: 0,
      maxBytes,
      logger: pino({ level: 'silent' }),
      acceptsRecipient: async (address) => address === intakeAddress,
      onMail,
      tls: aSelfSignedCertificate(),
    });
    closing.push(server.close);
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: server.port,
      secure: false,
      requireTLS: true,
      tls: { rejectUnauthorized: false },
    });

    await transport.sendMail({
      envelope: { from: 'noreply@kadaster.nl', to: [intakeAddress] },
      raw: aKadasterMail(),
    });

    expect(onMail).toHaveBeenCalledOnce();
  });
});
