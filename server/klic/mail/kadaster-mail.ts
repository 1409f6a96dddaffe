/** A file attached to a mail, e.g. the Kadaster's Ontvangstbevestiging_<meldnummer>.pdf. */
export type MailAttachment = { fileName: string; contentType: string; content: Buffer };

/**
 * What a mail says about a KLIC-melding. `subject`, `from` and `sentAt` describe the mail as it was received
 * (possibly a forward); the other fields come from the Kadaster's mail found in it, and `attachments` are
 * those of that Kadaster mail (of the received mail when it is not one).
 */
export type KadasterMail = {
  kind: 'receipt' | 'deliveryNotice' | 'other';
  subject: string;
  from: string | null;
  sentAt: Date | null;
  /** e.g. 22G0027001: two-digit year, G | O | C, 6 or 7 digits. */
  meldnummer: string | null;
  /** e.g. 9807215110. */
  ordernummer: string | null;
  /** As written after the slash of the ordernummer, e.g. 10. */
  positienummer: string | null;
  /** The text after "Ref:" in the subject, or the Klantreferentie in the body. */
  referentie: string | null;
  /** The n of "complete levering n" / "deellevering n". */
  deliveryNumber: number | null;
  /** true for a complete delivery, false for a partial one (deellevering). */
  complete: boolean | null;
  /** The "Download levering" link (https only; which hosts are trusted is decided later). */
  downloadUrl: string | null;
  attachments: MailAttachment[];
};

/** What the Kadaster's wording tells; everything but the envelope and the attachments. */
export type KadasterFacts = Omit<KadasterMail, 'subject' | 'from' | 'sentAt' | 'attachments'>;

/** A mail as read from an .eml or .msg file, before anything Kadaster-specific is looked for. */
export type ReadMail = {
  subject: string;
  from: string | null;
  sentAt: Date | null;
  text: string;
  html: string;
  attachments: MailAttachment[];
};
