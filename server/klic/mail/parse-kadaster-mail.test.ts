import { describe, expect, it } from 'vitest';
import {
  composeMail,
  kadasterNotice,
  kadasterReceipt,
  noticeFacts,
  noticeHtml,
  noticeSubject,
  noticeText,
  receiptPdf,
} from './kadaster-test-mails.ts';
import { parseKadasterMail } from './parse-kadaster-mail.ts';

const { meldnummer, ordernummer, positienummer, referentie, downloadUrl } = noticeFacts;

describe('parseKadasterMail on the Kadaster’s own mails', () => {
  it('reads a complete delivery notice: numbers, reference, delivery number and link', async () => {
    const mail = await parseKadasterMail(await kadasterNotice());
    expect(mail).toMatchObject({
      kind: 'deliveryNotice',
      subject: noticeSubject(),
      from: 'KLIC@kadaster.nl',
      sentAt: new Date('2024-03-05T08:30:30Z'),
      meldnummer,
      ordernummer,
      positienummer,
      referentie,
      deliveryNumber: 2,
      complete: true,
      downloadUrl,
      attachments: [],
    });
  });

  it('reads a partial delivery (deellevering) as not complete', async () => {
    const raw = await kadasterNotice({
      subject: noticeSubject(noticeFacts, 1, false),
      html: noticeHtml(noticeFacts, false),
    });
    expect(await parseKadasterMail(raw)).toMatchObject({
      kind: 'deliveryNotice',
      deliveryNumber: 1,
      complete: false,
    });
  });

  it('reads a receipt with its PDF and without a download link', async () => {
    const mail = await parseKadasterMail(await kadasterReceipt());
    expect(mail).toMatchObject({ kind: 'receipt', meldnummer, ordernummer, positienummer, referentie });
    expect(mail).toMatchObject({ deliveryNumber: null, complete: null, downloadUrl: null });
    expect(mail.attachments).toEqual([
      { fileName: receiptPdf.filename, contentType: 'application/pdf', content: receiptPdf.content },
    ]);
  });

  it.each(['quoted-printable', 'base64'] as const)('reads a %s encoded body', async (textEncoding) => {
    const raw = await kadasterNotice({ textEncoding });
    expect(raw.toString('latin1')).toContain(`Content-Transfer-Encoding: ${textEncoding}`);
    expect(await parseKadasterMail(raw)).toMatchObject({ kind: 'deliveryNotice', meldnummer, downloadUrl });
  });

  it('takes the link from the plain text when there is no HTML (Outlook’s text rendering)', async () => {
    const raw = await kadasterNotice({ html: undefined, text: noticeText() });
    expect(await parseKadasterMail(raw)).toMatchObject({
      kind: 'deliveryNotice',
      meldnummer,
      referentie,
      downloadUrl,
    });
  });

  it('reads a notice without a link (safety area: fetch by hand) with downloadUrl null', async () => {
    const raw = await kadasterNotice({ html: noticeHtml(noticeFacts, true, null) });
    expect(await parseKadasterMail(raw)).toMatchObject({
      kind: 'deliveryNotice',
      meldnummer,
      downloadUrl: null,
    });
  });

  it('falls back to the body’s Klantreferentie when the subject’s "Ref:" is empty', async () => {
    const raw = await kadasterNotice({
      subject: `KLIC complete levering 3: ${ordernummer}/0000000010 ${meldnummer} Ref:`,
    });
    const mail = await parseKadasterMail(raw);
    expect(mail).toMatchObject({ deliveryNumber: 3, positienummer: '0000000010', referentie: referentie });
  });

  it('accepts the 6-digit meldnummers of 2022 and earlier', async () => {
    const old = { ...noticeFacts, meldnummer: '22O000518' };
    const raw = await kadasterNotice({ subject: noticeSubject(old, 1, false), html: noticeHtml(old, false) });
    expect(await parseKadasterMail(raw)).toMatchObject({ meldnummer: '22O000518', complete: false });
  });

  it('answers other for a mail that is not from the Kadaster', async () => {
    const raw = await composeMail({
      from: 'Leverancier <info@leverancier.nl>',
      subject: 'Uw offerte 2024-118',
      html: '<p>Zie <a href="https://leverancier.nl/offerte">de offerte</a>. Meldnummer: 24G0123456</p>',
    });
    expect(await parseKadasterMail(raw)).toMatchObject({
      kind: 'other',
      subject: 'Uw offerte 2024-118',
      from: 'info@leverancier.nl',
      meldnummer: null,
      downloadUrl: null,
    });
  });
});
