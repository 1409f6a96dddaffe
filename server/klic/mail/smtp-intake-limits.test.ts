import { describe, expect, it } from 'vitest';
import { openSmtpConversation } from './smtp-test-conversation.ts';
import {
  aKadasterMail,
  intakeAddress,
  maxBytes,
  secretInBody,
  sendToIntake,
  startTestIntake,
} from './smtp-test-intake.ts';

describe('the limits of the SMTP intake', () => {
  it('answers 552 to a mail that declares a size over the limit', async () => {
    const { onMail, transport } = await startTestIntake();

    const sending = sendToIntake(transport, [intakeAddress], aKadasterMail('x'.repeat(maxBytes)));

    await expect(sending).rejects.toMatchObject({ responseCode: 552 });
    expect(onMail).not.toHaveBeenCalled();
  });

  it('answers 552 to an undeclared mail over the limit while it streams in, and passes nothing on', async () => {
    const { onMail, port, logged } = await startTestIntake();
    const smtp = await openSmtpConversation(port);
    await smtp.reply();
    await smtp.send('EHLO test.example');
    await smtp.send('MAIL FROM:<noreply@kadaster.nl>');
    expect((await smtp.send(`RCPT TO:<${intakeAddress}>`))[0]).toMatch(/^250/);
    expect((await smtp.send('DATA'))[0]).toMatch(/^354/);

    smtp.write(Buffer.concat([aKadasterMail('x'.repeat(maxBytes)), Buffer.from('.\r\n')]));

    expect((await smtp.reply())[0]).toMatch(/^552 .*maximum message size/);
    // The session goes on: the client may send the next mail.
    expect((await smtp.send('MAIL FROM:<noreply@kadaster.nl>'))[0]).toMatch(/^250/);
    smtp.end();
    expect(onMail).not.toHaveBeenCalled();
    expect(logged()).toContain('over the size limit');
    expect(logged()).not.toContain(secretInBody);
  });

  it('accepts a mail of exactly the size limit', async () => {
    const { onMail, transport } = await startTestIntake();
    const raw = aKadasterMail('y'.repeat(maxBytes - aKadasterMail('').length));
    expect(raw.length).toBe(maxBytes);

    await sendToIntake(transport, [intakeAddress], raw);

    expect(onMail.mock.calls[0]?.[0].raw.equals(raw)).toBe(true);
  });

  it('limits the recipients of one message to 20', async () => {
    const { port } = await startTestIntake({ acceptsRecipient: async () => true });
    const smtp = await openSmtpConversation(port);
    await smtp.reply();
    await smtp.send('EHLO test.example');
    await smtp.send('MAIL FROM:<noreply@kadaster.nl>');

    const codes: string[] = [];
    for (let index = 0; index < 21; index++) {
      codes.push((await smtp.send(`RCPT TO:<intake-${index}@intake.veldwerk.test>`))[0]?.slice(0, 3) ?? '');
    }
    smtp.end();

    expect(codes.slice(0, 20).every((code) => code === '250')).toBe(true);
    expect(codes[20]).toBe('452');
  });

  it('greets with its banner and offers neither AUTH nor STARTTLS', async () => {
    const { port } = await startTestIntake();
    const smtp = await openSmtpConversation(port);

    expect((await smtp.reply())[0]).toContain('Veldwerk KLIC-intake');
    const capabilities = (await smtp.send('EHLO test.example')).join('\n');
    smtp.end();

    expect(capabilities).toContain(`SIZE ${maxBytes}`);
    expect(capabilities).not.toMatch(/AUTH|STARTTLS/);
  });

  it('refuses AUTH, as an inbound listener has no accounts', async () => {
    const { port } = await startTestIntake();
    const smtp = await openSmtpConversation(port);
    await smtp.reply();
    await smtp.send('EHLO test.example');

    expect((await smtp.send('AUTH PLAIN AGFsaWNlAHNlY3JldA=='))[0]).toMatch(/^5\d\d/);
    smtp.end();
  });
});
