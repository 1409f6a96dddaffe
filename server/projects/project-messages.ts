import { defineReasonMessages } from '../infra/i18n/reason-messages.ts';

export const projectMessages = defineReasonMessages({
  nl: {
    'projects.has_klics':
      'Aan dit project zijn {count} KLIC-melding(en) gekoppeld. Kies of u ze wilt ontkoppelen; ze komen dan bij de ongekoppelde KLICs.',
  },
  en: {
    'projects.has_klics':
      'This project has {count} linked KLIC notification(s). Choose to unlink them; they then appear among the unlinked KLICs.',
  },
});
