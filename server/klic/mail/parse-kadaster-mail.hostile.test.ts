import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../infra/errors/app-error.ts';
import { reasonMessage } from '../../infra/i18n/reason-messages.ts';
import {
  composeMail,
  forwardedAsAttachment,
  kadasterNotice,
  noticeFacts,
  noticeHtml,
} from './kadaster-test-mails.ts';
import { defaultMaxMailBytes, maxAttachedMailDepth, parseKadasterMail } from './parse-kadaster-mail.ts';

async function refusal(input: Buffer, options?: Parameters<typeof parseKadasterMail>[1]): Promise<AppError> {
  const error = await parseKadasterMail(input, options).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const unreadable = { code: 'VALIDATION_FAILED', reason: 'klic.mail_unreadable' };
const compoundFileMagic = Buffer.from('d0cf11e0a1b11ae1', 'hex');

describe('parseKadasterMail on hostile input', () => {
  it('refuses an empty file as unreadable, with a sentence in Dutch and English', async () => {
    expect(await refusal(Buffer.alloc(0))).toMatchObject(unreadable);
    expect(reasonMessage('nl', 'klic.mail_unreadable')).toContain('kan niet worden gelezen');
    expect(reasonMessage('en', 'klic.mail_unreadable')).toContain('cannot be read');
  });

  it('refuses random bytes, plain text and a fake compound file as unreadable', async () => {
    const random = Buffer.from(fc.sample(fc.integer({ min: 0, max: 255 }), { numRuns: 4096, seed: 42 }));
    expect(await refusal(random)).toMatchObject(unreadable);
    expect(await refusal(Buffer.from('Hallo, dit is geen e-mail.\nMaar wel tekst.'))).toMatchObject(
      unreadable,
    );
    expect(await refusal(Buffer.concat([compoundFileMagic, random]))).toMatchObject(unreadable);
  });

  it('refuses a mail above the limit before reading it', async () => {
    const tooLarge = await refusal(Buffer.alloc(defaultMaxMailBytes + 1));
    expect(tooLarge).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      reason: 'klic.mail_too_large',
      params: { limit: '25 MB' },
    });
    expect(reasonMessage('nl', 'klic.mail_too_large', tooLarge.params)).toContain('groter dan 25 MB');
    const small = await refusal(await kadasterNotice(), { maxBytes: 1000, fileName: 'klic.eml' });
    expect(small).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', params: { limit: '1 kB' } });
  });

  it('reads a mail without a subject as other', async () => {
    const raw = Buffer.from('From: jan@bouw.nl\r\nDate: Tue, 5 Mar 2024 09:30:00 +0100\r\n\r\nhallo');
    expect(await parseKadasterMail(raw)).toMatchObject({ kind: 'other', subject: '', from: 'jan@bouw.nl' });
  });

  it(`follows attached mails ${maxAttachedMailDepth} deep and no deeper`, async () => {
    const notice = await kadasterNotice();
    const deepest = await parseKadasterMail(await forwardedAsAttachment(notice, maxAttachedMailDepth));
    expect(deepest).toMatchObject({ kind: 'deliveryNotice', meldnummer: noticeFacts.meldnummer });
    const tooDeep = await parseKadasterMail(await forwardedAsAttachment(notice, maxAttachedMailDepth + 1));
    expect(tooDeep).toMatchObject({
      kind: 'other',
      subject: `Fwd: zie bijlage (${maxAttachedMailDepth + 1})`,
    });
    expect(await parseKadasterMail(await forwardedAsAttachment(notice, 40))).toMatchObject({ kind: 'other' });
  });

  it('treats an attached file that only looks like a mail as an ordinary attachment', async () => {
    const fakeMsg = Buffer.concat([compoundFileMagic, Buffer.alloc(600, 7)]);
    const raw = await kadasterNotice({ attachments: [{ filename: 'KLIC.msg', content: fakeMsg }] });
    const mail = await parseKadasterMail(raw);
    expect(mail).toMatchObject({ kind: 'deliveryNotice', meldnummer: noticeFacts.meldnummer });
    expect(mail.attachments.map((attachment) => attachment.fileName)).toEqual(['KLIC.msg']);
  });

  it.each([
    'javascript:alert(document.cookie)',
    'java&#x73;cript:alert(1)',
    'ftp://ftp.kadaster.nl/gds2/download/public/3f2b8a6e',
    'http://service10.kadaster.nl/gds2/download/public/3f2b8a6e',
    'data:text/html,<script>alert(1)</script>',
  ])('ignores a "Download levering" link to %s', async (link) => {
    const raw = await kadasterNotice({ html: noticeHtml(noticeFacts, true, link) });
    expect(await parseKadasterMail(raw)).toMatchObject({ kind: 'deliveryNotice', downloadUrl: null });
  });

  it('does not stall on 17 MB of unclosed anchors', async () => {
    const html = `${noticeHtml(noticeFacts, true, null)}${'<a href="x">'.repeat(1_400_000)}`;
    const started = Date.now();
    const mail = await parseKadasterMail(await composeMail({ subject: 'x', html, textEncoding: 'base64' }));
    expect(mail).toMatchObject({ kind: 'deliveryNotice', downloadUrl: null });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('answers any bytes with a result or an AppError, never another exception', async () => {
    const anyMail = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc
        .string({ maxLength: 3000 })
        .map((body) => new TextEncoder().encode(`From: a@b.nl\r\nSubject: x\r\n${body}`)),
    );
    await fc.assert(
      fc.asyncProperty(anyMail, async (bytes) => {
        const outcome = await parseKadasterMail(Buffer.from(bytes)).catch((error: unknown) => error);
        expect(outcome instanceof AppError || (outcome as { kind?: string }).kind !== undefined).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
