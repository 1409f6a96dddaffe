import { AppError } from '../../infra/errors/app-error.ts';
import { defineReasonMessages } from '../../infra/i18n/reason-messages.ts';

/** Why a mail with a KLIC notice could not be read, and what the sender can do about it. */
export const kadasterMailMessages = defineReasonMessages({
  nl: {
    'klic.mail_unreadable':
      'Deze e-mail kan niet worden gelezen: het bestand is leeg, beschadigd of geen e-mailbericht (.eml) of Outlook-bericht (.msg). Sla de mail van het Kadaster opnieuw op vanuit uw mailprogramma, of stuur hem door naar het Veldwerk-adres van uw organisatie.',
    'klic.mail_too_large':
      'Deze e-mail is groter dan {limit} en is niet gelezen. Stuur alleen de mail van het Kadaster door, zonder extra bijlagen.',
  },
  en: {
    'klic.mail_unreadable':
      'This e-mail cannot be read: the file is empty, damaged or not an e-mail message (.eml) or Outlook message (.msg). Save the Kadaster’s mail again from your mail program, or forward it to your organisation’s Veldwerk address.',
    'klic.mail_too_large':
      'This e-mail is larger than {limit} and was not read. Forward only the Kadaster’s mail, without extra attachments.',
  },
});

/** The error for bytes that are no mail we can read; `detail` goes to the log only. */
export function mailUnreadable(detail: string, cause?: unknown): AppError {
  return new AppError('VALIDATION_FAILED', { reason: 'klic.mail_unreadable', detail, cause });
}
