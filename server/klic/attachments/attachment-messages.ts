import { defineReasonMessages } from '../../infra/i18n/reason-messages.ts';

export const attachmentMessages = defineReasonMessages({
  nl: {
    'klic.attachment_unsupported':
      'Dit bestand kan niet als eigen bijlage worden toegevoegd. Toegestaan zijn Word (.doc, .docx), PDF, TIF/TIFF en JPG/JPEG; de inhoud van het bestand moet bij dat soort passen.',
    'klic.attachment_too_large':
      'Dit bestand is groter dan {limit}. Verklein het bestand (bijvoorbeeld een foto met een lagere resolutie) en probeer het opnieuw.',
    'klic.attachment_empty': 'Dit bestand is leeg. Kies het bestand opnieuw of sla het eerst goed op.',
  },
  en: {
    'klic.attachment_unsupported':
      'This file cannot be added as an own attachment. Allowed are Word (.doc, .docx), PDF, TIF/TIFF and JPG/JPEG; the content of the file must match that kind.',
    'klic.attachment_too_large':
      'This file is larger than {limit}. Make it smaller (for example a photo at a lower resolution) and try again.',
    'klic.attachment_empty': 'This file is empty. Choose the file again or save it properly first.',
  },
});
