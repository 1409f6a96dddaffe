import { findDownloadLink } from './find-download-link.ts';
import type { KadasterFacts, ReadMail } from './kadaster-mail.ts';

const meldnummer = String.raw`\d{2}[GOC]\d{6,7}`;

/**
 * The Kadaster's subjects, wherever they stand (after FW:/Doorst:/RE: prefixes, or on the "Onderwerp:" or
 * "Subject:" line of a forward quoted in the body):
 * "KLIC-ontvangstbevestiging: 9807215110/10 22G0027001 Ref: Graafmelding",
 * "KLIC complete levering 1: 9807215110/10 22G0027001 Ref: Graafmelding" and "KLIC deellevering 1: …".
 */
const kadasterSubject = new RegExp(
  String.raw`KLIC[ \t-]*(?:(ontvangstbevestiging)|(complete)[ \t]+levering[ \t]+(\d{1,4})|deellevering[ \t]+(\d{1,4}))` +
    String.raw`[ \t]*:[ \t]*(\d{1,20})[ \t]*\/[ \t]*(\d{1,10})[ \t]+(${meldnummer})\b(?:[ \t]+Ref:([^\r\n]*))?`,
  'i',
);

// The Kadaster's body wording, for forwards whose subject and quoted header were rewritten.
const receiptWording = /bevestigen wij de ontvangst van uw KLIC-melding/i;
const noticeWording = /Er staat een (complete levering|deellevering) voor u klaar/i;
const bodyMeldnummer = new RegExp(String.raw`meldnummer:?[ \t]+(${meldnummer})\b`, 'i');
const bodyOrdernummer =
  /ordernummer(?::|[ \t]+van[ \t]+de[ \t]+KLIC-melding[ \t]+is)[ \t]*(\d{1,20})[ \t]*\/[ \t]*(\d{1,10})/i;
const bodyReferentie = /klantreferentie(?::|[ \t]+is)[ \t]*([^\r\n]*)/i;

const notKadaster: KadasterFacts = {
  kind: 'other',
  meldnummer: null,
  ordernummer: null,
  positienummer: null,
  referentie: null,
  deliveryNumber: null,
  complete: null,
  downloadUrl: null,
};

/** Whether a mail is the Kadaster's receipt or delivery notice (itself or forwarded inline), and its facts. */
export function classifyKadasterMail(mail: ReadMail): KadasterFacts {
  const subject = kadasterSubject.exec(mail.subject) ?? kadasterSubject.exec(mail.text);
  const body = factsFromBody(mail.text);
  if (subject) {
    const [, receipt, complete, completeNumber, partialNumber, order, position, number, reference] = subject;
    const kind = receipt ? 'receipt' : 'deliveryNotice';
    return {
      kind,
      meldnummer: number?.toUpperCase() ?? null,
      ordernummer: order ?? null,
      positienummer: position ?? null,
      referentie: nonEmpty(reference) ?? body.referentie,
      deliveryNumber: receipt ? null : Number(completeNumber ?? partialNumber),
      complete: receipt ? null : complete !== undefined,
      downloadUrl: receipt ? null : findDownloadLink(mail.html, mail.text),
    };
  }
  const notice = noticeWording.exec(mail.text);
  const kind = receiptWording.test(mail.text) ? 'receipt' : notice ? 'deliveryNotice' : 'other';
  // Without the subject, the wording alone is not enough: a colleague may quote it. Require a meldnummer.
  if (kind === 'other' || body.meldnummer === null) return notKadaster;
  const isNotice = kind === 'deliveryNotice';
  return {
    kind,
    ...body,
    deliveryNumber: null,
    complete: isNotice ? /complete/i.test(notice?.[1] ?? '') : null,
    downloadUrl: isNotice ? findDownloadLink(mail.html, mail.text) : null,
  };
}

function factsFromBody(text: string) {
  const order = bodyOrdernummer.exec(text);
  return {
    meldnummer: bodyMeldnummer.exec(text)?.[1]?.toUpperCase() ?? null,
    ordernummer: order?.[1] ?? null,
    positienummer: order?.[2] ?? null,
    // The receipt ends the sentence with a full stop: "De (door u) opgegeven klantreferentie is Graafmelding."
    referentie: nonEmpty(bodyReferentie.exec(text)?.[1]?.replace(/\.\s*$/, '')),
  };
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
