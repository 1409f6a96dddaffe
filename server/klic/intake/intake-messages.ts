import { defineReasonMessages } from '../../infra/i18n/reason-messages.ts';

export const intakeMessages = defineReasonMessages({
  nl: {
    'klic.upload_unsupported':
      'Dit bestand is geen KLIC-levering (.zip) en geen e-mail van het Kadaster (.eml of .msg). Kies de levering of de mail zelf.',
    'klic.upload_too_large':
      'Dit bestand is groter dan {limit}. Een KLIC-levering is bijna altijd kleiner; controleer of u het juiste bestand kiest.',
    'klic.mail_not_kadaster':
      'Deze e-mail is geen ontvangstbevestiging of leveringsbericht van het Kadaster. Stuur de mail van het Kadaster zelf door (of als bijlage).',
    'klic.notice_without_link':
      'In dit leveringsbericht staat geen downloadlink. Download de levering bij het Kadaster en upload het ZIP-bestand hier.',
    'klic.receipt_without_meldnummer':
      'In deze ontvangstbevestiging staat geen KLIC-meldnummer. Upload de levering zodra die binnen is.',
    'klic.intake_failed':
      'Het verwerken is na meerdere pogingen niet gelukt. Probeer het later opnieuw of meld code {intakeId} bij de helpdesk.',
  },
  en: {
    'klic.upload_unsupported':
      'This file is neither a KLIC delivery (.zip) nor a Kadaster e-mail (.eml or .msg). Choose the delivery or the mail itself.',
    'klic.upload_too_large':
      'This file is larger than {limit}. A KLIC delivery is almost always smaller; check that you chose the right file.',
    'klic.mail_not_kadaster':
      'This e-mail is not a receipt or delivery notice from the Kadaster. Forward the Kadaster mail itself (or as an attachment).',
    'klic.notice_without_link':
      'This delivery notice holds no download link. Download the delivery from the Kadaster and upload the ZIP file here.',
    'klic.receipt_without_meldnummer':
      'This receipt holds no KLIC meldnummer. Upload the delivery once it has arrived.',
    'klic.intake_failed':
      'Processing failed after several attempts. Try again later or report code {intakeId} to the helpdesk.',
  },
});
