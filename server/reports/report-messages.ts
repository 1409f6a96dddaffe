import { defineReasonMessages } from '../infra/i18n/reason-messages.ts';

export const reportMessages = defineReasonMessages({
  nl: {
    'reports.period_reversed':
      'De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.',
    'reports.period_too_long':
      'Een rapportage beslaat hoogstens {years} jaar. Kies een kortere periode of download de jaren apart.',
    'reports.region_not_found':
      'Deze regio bestaat niet of u heeft er geen toegang toe. Kies een regio uit de lijst, of alle regio’s.',
  },
  en: {
    'reports.period_reversed':
      'The end date is before the start date. Choose an end date on or after the start date.',
    'reports.period_too_long':
      'A report covers at most {years} years. Choose a shorter period or download the years separately.',
    'reports.region_not_found':
      'This region does not exist or you have no access to it. Choose a region from the list, or all regions.',
  },
});
