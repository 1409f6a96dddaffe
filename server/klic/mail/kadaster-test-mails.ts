import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';

// Mails in the Kadaster's wording (after the sample .msg files, not copied from them) for the tests.

export const kadasterSender = 'KLIC <KLIC@kadaster.nl>';
export const noticeFacts = {
  meldnummer: '24G0123456',
  ordernummer: '9807312345',
  positienummer: '10',
  referentie: 'Dorpsstraat 12 fase 2',
  downloadUrl: 'https://service10.kadaster.nl/gds2/download/public/3f2b8a6e-1c4d-4e8f-9a0b-7c6d5e4f3a2b',
};
export const noticeSubject = (facts = noticeFacts, n = 2, complete = true) =>
  `KLIC ${complete ? 'complete levering' : 'deellevering'} ${n}: ${facts.ordernummer}/${facts.positienummer} ` +
  `${facts.meldnummer} Ref: ${facts.referentie}`;
export const receiptSubject = (facts = noticeFacts) =>
  `KLIC-ontvangstbevestiging: ${facts.ordernummer}/${facts.positienummer} ${facts.meldnummer} Ref: ${facts.referentie}`;

export function noticeHtml(
  facts = noticeFacts,
  complete = true,
  link: string | null = facts.downloadUrl,
): string {
  const button = link === null ? '' : `<td><a href="${link}" style="color:#fff">Download levering</a></td>`;
  return [
    '<html><head><style>td { padding: 4px; }</style></head><body>',
    '<p>Beste klant,</p>',
    `<p>Er staat een ${complete ? 'complete levering' : 'deellevering'} voor u klaar.</p>`,
    '<p>Gegevens over uw KLIC-melding:</p>',
    `<ul><li>Meldnummer: ${facts.meldnummer}</li><li>Ordernummer: ${facts.ordernummer}/${facts.positienummer}</li>`,
    `<li>Klantreferentie: ${facts.referentie}</li></ul>`,
    '<p><b>Downloaden binnen 20 werkdagen</b> Download de KLIC-levering binnen 20 werkdagen.</p>',
    `<table><tr><td><img src="https://content.mailplus.nl/cta_lt.png"></td>${button}</tr></table>`,
    '<p>Met vriendelijke groet,<br>Kadaster Klantenservice</p></body></html>',
  ].join('\n');
}

/** Outlook's plain-text rendering of the same notice, as in the sample .msg files. */
export function noticeText(facts = noticeFacts, complete = true): string {
  return [
    'Beste klant,',
    `Er staat een ${complete ? 'complete levering' : 'deellevering'} voor u klaar.`,
    'Gegevens over uw KLIC-melding:',
    `*\tMeldnummer: ${facts.meldnummer} `,
    `*\tOrdernummer: ${facts.ordernummer}/${facts.positienummer} `,
    `*\tKlantreferentie: ${facts.referentie} `,
    `  <https://content.mailplus.nl/cta_lt.png> \tDownload levering <${facts.downloadUrl}> \t`,
    `1.\tKopieer deze link: ${facts.downloadUrl}`,
  ].join('\n');
}

export function receiptHtml(facts = noticeFacts): string {
  return [
    '<p>Beste klant,</p>',
    '<p>Hierbij bevestigen wij de ontvangst van uw KLIC-melding. Wij zijn deze op dit moment voor u aan het verwerken.</p>',
    `<ul><li>KLIC-melding met meldnummer ${facts.meldnummer}.</li>`,
    `<li>Het ordernummer van de KLIC-melding is ${facts.ordernummer}/${facts.positienummer}.</li>`,
    `<li>De (door u) opgegeven klantreferentie is ${facts.referentie}.</li></ul>`,
    '<p>Bijlage<br>In de bijlage vindt u de samenvatting van uw KLIC-melding.</p>',
  ].join('\n');
}

export const receiptPdf = {
  filename: `Ontvangstbevestiging_${noticeFacts.meldnummer}.pdf`,
  content: Buffer.from('%PDF-1.4\n% test receipt\n%%EOF\n'),
  contentType: 'application/pdf',
};

export function composeMail(options: Mail.Options): Promise<Buffer> {
  return new MailComposer({ date: new Date('2024-03-05T08:30:30Z'), ...options }).compile().build();
}

export const kadasterNotice = (options: Mail.Options = {}) =>
  composeMail({
    from: kadasterSender,
    to: 'planning@bouw.nl',
    subject: noticeSubject(),
    html: noticeHtml(),
    ...options,
  });

export const kadasterReceipt = (options: Mail.Options = {}) =>
  composeMail({
    from: kadasterSender,
    to: 'planning@bouw.nl',
    subject: receiptSubject(),
    html: receiptHtml(),
    attachments: [receiptPdf],
    ...options,
  });

/** `inner` forwarded as an attached .eml (as Thunderbird and Gmail do), `depth` times over. */
export async function forwardedAsAttachment(inner: Buffer, depth = 1): Promise<Buffer> {
  let mail = inner;
  for (let level = 1; level <= depth; level++) {
    mail = await composeMail({
      from: `Collega ${level} <collega${level}@bouw.nl>`,
      to: 'klic@veldwerk.example',
      subject: `Fwd: zie bijlage (${level})`,
      text: 'Zie de doorgestuurde mail in de bijlage.',
      attachments: [
        {
          filename: 'doorgestuurd.eml',
          content: mail,
          contentType: 'message/rfc822',
          contentDisposition: 'attachment',
        },
      ],
    });
  }
  return mail;
}
