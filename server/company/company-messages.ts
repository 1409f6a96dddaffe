import { defineReasonMessages } from '../infra/i18n/reason-messages.ts';

export const companyMessages = defineReasonMessages({
  nl: {
    'company.reason_exists':
      'De reden "{text}" staat al in deze lijst. Pas de bestaande reden aan of kies een andere tekst.',
    'company.reason_list_full':
      'Deze lijst heeft al het maximum van {max} redenen. Verwijder eerst een reden die niet meer gebruikt wordt.',
  },
  en: {
    'company.reason_exists':
      'The reason "{text}" is already on this list. Edit the existing reason or choose another text.',
    'company.reason_list_full':
      'This list already holds the maximum of {max} reasons. Remove a reason that is no longer used first.',
  },
});
