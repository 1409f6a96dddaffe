import { describe, expect, it } from 'vitest';
import {
  composeMail,
  forwardedAsAttachment,
  kadasterNotice,
  kadasterReceipt,
  noticeFacts,
  noticeHtml,
  noticeSubject,
  noticeText,
  receiptHtml,
  receiptPdf,
  receiptSubject,
} from './kadaster-test-mails.ts';
import { parseKadasterMail } from './parse-kadaster-mail.ts';

const { meldnummer, ordernummer, positienummer, referentie, downloadUrl } = noticeFacts;

describe('parseKadasterMail on forwarded mails', () => {
  it('recognises the subject behind any number of forward and reply prefixes', async () => {
    const subject = `FW: Fwd: re: Doorst: TR: ${noticeSubject()}`;
    const mail = await parseKadasterMail(await kadasterNotice({ from: 'jan@bouw.nl', subject }));
    expect(mail).toMatchObject({
      kind: 'deliveryNotice',
      subject,
      from: 'jan@bouw.nl',
      meldnummer,
      deliveryNumber: 2,
    });
  });

  it('reads an Outlook forward in Dutch (Van:/Verzonden:/Aan:/Onderwerp:) from the quoted header', async () => {
    const quoted = [
      'Hoi Piet, kun jij deze inplannen?',
      '',
      'Van: KLIC <KLIC@kadaster.nl>',
      'Verzonden: dinsdag 5 maart 2024 09:30',
      'Aan: Planning <planning@bouw.nl>',
      `Onderwerp: ${noticeSubject(noticeFacts, 4, false)}`,
      '',
      noticeText(noticeFacts, false),
    ].join('\r\n');
    const raw = await composeMail({ from: 'jan@bouw.nl', subject: 'Doorst: klic Dorpsstraat', text: quoted });
    const mail = await parseKadasterMail(raw);
    expect(mail).toMatchObject({
      kind: 'deliveryNotice',
      subject: 'Doorst: klic Dorpsstraat',
      from: 'jan@bouw.nl',
    });
    expect(mail).toMatchObject({
      meldnummer,
      ordernummer,
      positienummer,
      referentie,
      deliveryNumber: 4,
      complete: false,
    });
    expect(mail.downloadUrl).toBe(downloadUrl);
  });

  it('reads an Outlook forward in HTML ("-----Original Message-----") and takes the link from the href', async () => {
    const html = [
      '<div>Ter info</div><div style="border-top:solid #E1E1E1 1.0pt">-----Original Message-----<br>',
      '<b>From:</b> KLIC &lt;KLIC@kadaster.nl&gt;<br><b>Sent:</b> Tuesday, March 5, 2024 9:30 AM<br>',
      `<b>Subject:</b> ${noticeSubject()}</div>`,
      noticeHtml(),
    ].join('\n');
    const raw = await composeMail({ from: 'jan@bouw.nl', subject: 'ter info', html });
    const mail = await parseKadasterMail(raw);
    expect(mail).toMatchObject({
      kind: 'deliveryNotice',
      meldnummer,
      referentie,
      deliveryNumber: 2,
      complete: true,
    });
    expect(mail.downloadUrl).toBe(downloadUrl);
  });

  it('reads a Gmail forward ("---------- Forwarded message ---------") of a receipt with its PDF', async () => {
    const header = [
      '---------- Forwarded message ---------',
      'From: KLIC <KLIC@kadaster.nl>',
      'Date: Tue, 5 Mar 2024 at 09:30',
      `Subject: ${receiptSubject()}`,
      'To: <planning@bouw.nl>',
    ];
    const raw = await composeMail({
      from: 'jan.bouw@gmail.com',
      subject: 'Fwd: bevestiging klic Dorpsstraat',
      html: `<div dir="ltr"><br><div class="gmail_quote">${header.join('<br>')}<br><br>${receiptHtml()}</div></div>`,
      attachments: [receiptPdf],
    });
    const mail = await parseKadasterMail(raw);
    expect(mail).toMatchObject({ kind: 'receipt', meldnummer, ordernummer, positienummer, referentie });
    expect(mail.attachments.map((attachment) => attachment.fileName)).toEqual([receiptPdf.filename]);
  });

  it('follows a Kadaster mail attached as .eml; the envelope stays that of the forward', async () => {
    const mail = await parseKadasterMail(await forwardedAsAttachment(await kadasterReceipt()));
    expect(mail).toMatchObject({
      kind: 'receipt',
      subject: 'Fwd: zie bijlage (1)',
      from: 'collega1@bouw.nl',
    });
    expect(mail).toMatchObject({ meldnummer, referentie });
    expect(mail.attachments.map((attachment) => attachment.fileName)).toEqual([receiptPdf.filename]);
  });

  it('follows an attached mail that is marked inline, too', async () => {
    const raw = await composeMail({
      from: 'jan@bouw.nl',
      subject: 'kijk even',
      text: 'zie onder',
      attachments: [
        { content: await kadasterNotice(), contentType: 'message/rfc822', contentDisposition: 'inline' },
      ],
    });
    expect(await parseKadasterMail(raw)).toMatchObject({ kind: 'deliveryNotice', meldnummer, downloadUrl });
  });

  it('prefers the attached original over an empty forward with the Kadaster’s subject', async () => {
    const raw = await composeMail({
      from: 'jan@bouw.nl',
      subject: `FW: ${noticeSubject()}`,
      text: '',
      attachments: [{ filename: 'KLIC.eml', content: await kadasterNotice(), contentType: 'message/rfc822' }],
    });
    expect(await parseKadasterMail(raw)).toMatchObject({ kind: 'deliveryNotice', meldnummer, downloadUrl });
  });

  it('reads a notice quoted in a reworded forward from the Kadaster’s wording alone', async () => {
    const html = `<p>Kun jij dit oppakken?</p>${noticeHtml()}`;
    const raw = await composeMail({ from: 'jan@bouw.nl', subject: 'graag inplannen', html });
    expect(await parseKadasterMail(raw)).toMatchObject({
      kind: 'deliveryNotice',
      meldnummer,
      referentie,
      deliveryNumber: null,
      complete: true,
      downloadUrl,
    });
  });

  it('does not take a colleague’s sentence without a meldnummer for a Kadaster mail', async () => {
    const text = 'Er staat een deellevering voor u klaar, zegt Piet.';
    const raw = await composeMail({ from: 'jan@bouw.nl', subject: 'KLIC', text });
    expect(await parseKadasterMail(raw)).toMatchObject({ kind: 'other', meldnummer: null });
  });
});
