import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  aKadasterMail,
  intakeAddress,
  secretInBody,
  sendToIntake,
  startTestIntake,
} from './smtp-test-intake.ts';

describe('startSmtpIntakeServer', () => {
  it('passes an accepted mail on byte for byte, with its recipients and the sender address', async () => {
    const { onMail, transport, logged } = await startTestIntake();
    const raw = aKadasterMail();

    const info = await sendToIntake(transport, [intakeAddress], raw);

    expect(info.response).toMatch(/^250 /);
    expect(onMail).toHaveBeenCalledOnce();
    const mail = onMail.mock.calls[0]?.[0];
    expect(mail?.recipients).toEqual([intakeAddress]);
    expect(mail?.remoteAddress).toBe('127.0.0.1');
    expect(mail?.raw.equals(raw)).toBe(true);
    expect(logged()).toContain('accepted mail');
    expect(logged()).not.toContain(secretInBody);
  });

  it('refuses an unknown recipient with 550 and passes nothing on', async () => {
    const { onMail, transport } = await startTestIntake();

    await expect(sendToIntake(transport, ['nobody@intake.veldwerk.test'])).rejects.toMatchObject({
      responseCode: 550,
      response: expect.stringContaining('not a Veldwerk KLIC intake address'),
    });
    expect(onMail).not.toHaveBeenCalled();
  });

  it('passes a mail on for its known recipients only', async () => {
    const { onMail, transport } = await startTestIntake();

    const info = await sendToIntake(transport, ['stranger@example.com', intakeAddress]);

    expect(info.accepted).toEqual([intakeAddress]);
    expect(info.rejected).toEqual(['stranger@example.com']);
    expect(onMail.mock.calls[0]?.[0].recipients).toEqual([intakeAddress]);
  });

  it('answers 451 when the mail cannot be stored, so the sender tries again', async () => {
    const { transport, logged } = await startTestIntake({
      onMail: () => Promise.reject(new Error('disk full')),
    });

    await expect(sendToIntake(transport, [intakeAddress])).rejects.toMatchObject({ responseCode: 451 });
    expect(logged()).toContain('disk full');
    expect(logged()).not.toContain(secretInBody);
  });

  it('answers 451 when the recipient cannot be checked, and passes nothing on', async () => {
    const { onMail, transport } = await startTestIntake({
      acceptsRecipient: () => Promise.reject(new Error('db down')),
    });

    await expect(sendToIntake(transport, [intakeAddress])).rejects.toMatchObject({ responseCode: 451 });
    expect(onMail).not.toHaveBeenCalled();
  });

  it('takes mails from two senders at the same time', async () => {
    const { onMail, transport } = await startTestIntake();

    await Promise.all([sendToIntake(transport, [intakeAddress]), sendToIntake(transport, [intakeAddress])]);

    expect(onMail).toHaveBeenCalledTimes(2);
  });

  it('closes cleanly and then refuses connections', async () => {
    const { server, port } = await startTestIntake();

    await server.close();

    const refused = new Promise((_, reject) => connect({ host: '127.0.0.1', port }).once('error', reject));
    await expect(refused).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
